/** The population pyramid of the subject: age bands × sex, Belgians and non-Belgians (Statbel, counts). */
import { formatCount, formatPercent } from '../domain/format.js';
import { describePeriod } from '../domain/period.js';
import { type AreaFacts, areaKey } from '../indicators/area-facts.js';
import type { Catalog } from '../indicators/catalog.js';
import { POPULATION_DATASET_ID } from '../indicators/dataset.js';
import type { FactFilter } from '../indicators/fact-table.js';
import type { AreaRef, PyramidBlock, SourceRef } from './model.js';

export const PYRAMID_GROUPING = 'age_5y';

export function pyramidBlock(
  catalog: Catalog,
  facts: AreaFacts,
  subject: AreaRef,
  year: number,
  source: SourceRef,
): PyramidBlock | null {
  if (subject.level === 'group') return null;
  const period = facts
    .periods(POPULATION_DATASET_ID)
    .filter((p) => Number(p.slice(0, 4)) <= year)
    .at(-1);
  const grouping = catalog.groupings.get(PYRAMID_GROUPING);
  if (!period || !grouping) return null;
  const table = facts.table(POPULATION_DATASET_ID, period, areaKey(subject.level, subject.nis));
  if ('missing' in table) return null;
  const count = (sex: string, nationality: string, filter: FactFilter) =>
    table.sum({ geslacht: sex, nationaliteit: nationality }, filter);
  const bands = grouping.categories.map((c) => ({
    label: c.label,
    belgianMen: count('M', 'BEL', c.filter),
    belgianWomen: count('F', 'BEL', c.filter),
    foreignMen: count('M', 'ETR', c.filter),
    foreignWomen: count('F', 'ETR', c.filter),
  }));
  const foreign = bands.reduce((t, b) => t + b.foreignMen + b.foreignWomen, 0);
  const total = bands.reduce((t, b) => t + b.belgianMen + b.belgianWomen, foreign);
  const young = (b: (typeof bands)[number]) => /^(0|5|10|15)–/.test(b.label);
  const youngForeign = bands.filter(young).reduce((t, b) => t + b.foreignMen + b.foreignWomen, 0);
  const summary =
    total === 0
      ? `Voor ${subject.label} zijn er geen inwoners geteld.`
      : `${subject.label} telt ${formatCount(total)} inwoners, van wie ${formatCount(foreign)} niet-Belgen` +
        (foreign > 0
          ? `; ${formatPercent(youngForeign / foreign)} van de niet-Belgen is jonger dan 20 jaar.`
          : '.');
  return {
    kind: 'pyramid',
    id: 'bevolkingspiramide',
    title: 'Bevolkingspiramide: Belgen en niet-Belgen naar leeftijd en geslacht',
    summary,
    source,
    period,
    periodLabel: describePeriod(period),
    bands,
  };
}
