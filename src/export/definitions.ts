/**
 * Per indicator of a report: what it counts and where it comes from. The report itself carries title,
 * definition, labels and source; the catalog (when given) adds the reference-date rule, the update
 * frequency, the small-number rule and the full breakdown text.
 */

import type { Catalog } from '../indicators/catalog.js';
import { describeIndicator } from '../indicators/catalog-describe.js';
import { UNIT_NL } from '../render/tidy/tidy-records.js';
import type { Report, Section } from '../report/model.js';
import { contractDays } from '../sources/contracts/contract-days.js';

export interface ExportContext {
  /** The catalog the report was built with (same version): adds what the report model does not carry. */
  readonly catalog?: Catalog;
  /** Per contract the day its stock figures describe; default: read from catalog/contracts. */
  readonly contractDays?: ReadonlyMap<string, string>;
}

export const DEFINITION_COLUMNS = [
  ['indicator', 'Indicator (id)', 28],
  ['titel', 'Titel', 32],
  ['thema', 'Thema', 18],
  ['definitie', 'Definitie', 60],
  ['teller', 'Teller', 24],
  ['noemer', 'Noemer', 24],
  ['eenheid', 'Eenheid', 18],
  ['uitsplitsing', 'Uitsplitsing', 24],
  ['periode', 'Periode in dit rapport', 24],
  ['referentiedatum', 'Referentiedatum', 24],
  ['bijwerking', 'Bijwerking', 14],
  ['bron', 'Bron', 40],
  ['uitgever', 'Uitgever', 32],
  ['url', 'Website', 30],
  ['licentie', 'Licentie', 32],
  ['kleine_aantallen', 'Kleine aantallen', 36],
  ['demo', 'Demonstratiedata in dit rapport', 14],
] as const;

export type DefinitionRow = Record<(typeof DEFINITION_COLUMNS)[number][0], string | null>;

export interface Definitions {
  readonly rows: readonly DefinitionRow[];
  /** Said above the table: a missing or different catalog. */
  readonly note: string | null;
  /** The report's own chapter on definitions (intro, then texts such as "zo gebruik je deze cijfers"). */
  readonly intro: string | null;
  readonly texts: readonly string[];
}

/** The chapter shown as the definitions sheet: one of definitions and plain text only. */
export function isDefinitionsSection(section: Section): boolean {
  return (
    section.blocks.some((b) => b.kind === 'definitions') &&
    section.blocks.every((b) => b.kind === 'definitions' || b.kind === 'text')
  );
}

export function reportDefinitions(report: Report, ctx: ExportContext = {}): Definitions {
  const { catalog } = ctx;
  const days = catalog ? (ctx.contractDays ?? contractDays()) : new Map<string, string>();
  const note = !catalog
    ? `Referentiedatum, bijwerking en de regel voor kleine aantallen staan in cijfersjabloon ${report.catalog.version}.`
    : catalog.version !== report.catalog.version
      ? `Let op: dit rapport gebruikte cijfersjabloon ${report.catalog.version}; referentiedatum, bijwerking ` +
        `en de regel voor kleine aantallen komen uit cijfersjabloon ${catalog.version}.`
      : null;
  const seen = new Set<string>();
  const rows = report.sections.flatMap((section) =>
    section.blocks.flatMap((block): DefinitionRow[] => {
      if (block.kind !== 'table' || seen.has(block.indicatorId)) return [];
      seen.add(block.indicatorId);
      const spec = catalog?.indicator(block.indicatorId);
      const described = catalog && spec ? describeIndicator(catalog, spec, days) : undefined;
      return [
        {
          indicator: block.indicatorId,
          titel: block.title,
          thema: section.title,
          definitie: block.definition,
          teller: block.countLabel,
          noemer: block.relativeLabel,
          eenheid: described?.unitLabel ?? UNIT_NL[block.unit],
          uitsplitsing: described?.breakdown ?? block.breakdownTitle,
          periode: block.periodLabel,
          referentiedatum: described?.referenceDateRule ?? null,
          bijwerking: described?.updateFrequency ?? null,
          bron: block.source.name,
          uitgever: block.source.publisher,
          url: block.source.url,
          licentie: block.source.licence,
          kleine_aantallen: described?.disclosureRule ?? null,
          demo: block.demo ? 'ja' : 'nee',
        },
      ];
    }),
  );
  const chapter = report.sections.find(isDefinitionsSection);
  const texts = (chapter?.blocks ?? []).flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  return { rows, note, intro: chapter?.intro ?? null, texts };
}
