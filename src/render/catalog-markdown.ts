/** The figures template as a Markdown document (for AgII's review, or to print). */
import type { IndicatorDescription } from '../indicators/catalog-describe.js';

export function renderCatalogMarkdown(version: string, items: readonly IndicatorDescription[]): string {
  const lines = [`# Cijfersjabloon ${version}`, '', `${items.length} indicatoren.`, ''];
  let theme = '';
  for (const d of items) {
    if (d.theme.id !== theme) {
      theme = d.theme.id;
      lines.push(`## ${d.theme.title}`, '');
    }
    lines.push(
      `### ${d.title} (\`${d.id}\`)`,
      '',
      d.definition,
      '',
      `- Teller: ${d.numerator}`,
      `- Noemer: ${d.denominator ?? '—'}`,
      `- Eenheid: ${d.unitLabel}`,
      `- Uitsplitsing: ${d.breakdown ?? '—'}`,
      `- Bron: ${d.source.publisher}, ${d.source.name}${d.openData ? ' (open data)' : ' (datacontract; geen open data)'}`,
      `- Referentiedatum: ${d.referenceDateRule}`,
      `- Bijwerking: ${d.updateFrequency}`,
      `- Kleine aantallen: ${d.disclosureRule}`,
      `- Gebieden: ${d.areaLevels.join(', ')}; indelingen ${d.divisions.join(' en ')}`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
