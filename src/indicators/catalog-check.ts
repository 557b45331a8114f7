/** Cross-checks of a catalog that a per-file schema cannot see: datasets, dimensions, groupings. */

import type { Grouping } from './catalog.js';
import {
  type CatalogFilter,
  type IndicatorSpec,
  PYRAMID_BLOCK_ID,
  type ReportConfig,
} from './catalog-schema.js';
import type { Dataset } from './dataset.js';

export function checkIndicator(
  where: string,
  ind: IndicatorSpec,
  datasets: ReadonlyMap<string, Dataset>,
  groupings: ReadonlyMap<string, Grouping>,
  hasSource: (dataset: string) => boolean,
): string[] {
  const problems: string[] = [];
  const dataset = (id: string): Dataset | undefined => {
    const d = datasets.get(id);
    if (!d) problems.push(`${where}: unknown dataset ${id}`);
    else if (!hasSource(id))
      problems.push(`${where}: dataset ${id} has no entry under sources in catalog.yaml`);
    return d;
  };
  const checkFilter = (d: Dataset, filter: CatalogFilter | undefined, what: string) => {
    for (const dim of Object.keys(filter ?? {})) {
      if (!d.dimensions.some((x) => x.name === dim))
        problems.push(`${where}: ${what} filters on unknown dimension ${dim} of ${d.id}`);
    }
  };
  const num = dataset(ind.numerator.dataset);
  if (num) checkFilter(num, ind.numerator.filter, 'numerator');
  const den = ind.denominator ? dataset(ind.denominator.dataset) : undefined;
  if (den) checkFilter(den, ind.denominator?.filter, 'denominator');
  const b = ind.breakdown;
  if (b && 'grouping' in b) {
    const g = groupings.get(b.grouping);
    if (!g) problems.push(`${where}: unknown grouping ${b.grouping}`);
    else if (num) for (const c of g.categories) checkFilter(num, c.filter, `grouping ${b.grouping}`);
    if (g && den && ind.denominator?.perCategory)
      for (const c of g.categories) checkFilter(den, c.filter, `grouping ${b.grouping}`);
  } else if (b && num) {
    const dim = num.dimensions.find((x) => x.name === b.dimension);
    if (!dim) problems.push(`${where}: breakdown on unknown dimension ${b.dimension} of ${num.id}`);
    else if ('classification' in b && dim.kind !== 'country')
      problems.push(`${where}: classification needs a country dimension`);
    else if (!('classification' in b) && dim.kind !== 'code')
      problems.push(`${where}: breakdown on ${dim.name} needs a classification`);
    if (dim && 'codes' in b && b.codes) {
      for (const c of b.codes)
        if (!dim.codes?.some((x) => x.code === c))
          problems.push(`${where}: unknown code ${c} of ${dim.name}`);
    }
    if (den && ind.denominator?.perCategory && !den.dimensions.some((x) => x.name === b.dimension)) {
      problems.push(`${where}: perCategory denominator ${den.id} lacks dimension ${b.dimension}`);
    }
  }
  if (ind.denominator?.perCategory && !b)
    problems.push(`${where}: denominator.perCategory needs a breakdown`);
  if (ind.distinct && num && !num.dimensions.some((x) => x.name === ind.distinct)) {
    problems.push(`${where}: distinct on unknown dimension ${ind.distinct}`);
  }
  return problems;
}

/**
 * A key figure or map names an indicator and, when it has a breakdown, one row: a category of its
 * grouping or a code of its dimension (not for country lists, whose rows depend on the data).
 */
export function checkFigureRef(
  where: string,
  ind: IndicatorSpec,
  row: string | undefined,
  datasets: ReadonlyMap<string, Dataset>,
  groupings: ReadonlyMap<string, Grouping>,
): string[] {
  const b = ind.breakdown;
  if (!b) return row === undefined ? [] : [`${where}: ${ind.id} has no breakdown, so no row ${row}`];
  if (row === undefined) return [`${where}: ${ind.id} has a breakdown: name its row`];
  const keys =
    'grouping' in b
      ? groupings.get(b.grouping)?.categories.map((c) => c.key)
      : datasets
          .get(ind.numerator.dataset)
          ?.dimensions.find((d) => d.name === b.dimension)
          ?.codes?.map((c) => c.code);
  if (!keys) return [`${where}: ${ind.id} has no fixed rows to choose from`];
  return keys.includes(row) ? [] : [`${where}: ${ind.id} has no row ${row} (rows: ${keys.join(', ')})`];
}

/** The kernrapport names known blocks: indicators (or the pyramid) as charts, and a map of `report.maps`. */
export function checkKern(report: ReportConfig, indicators: ReadonlyMap<string, IndicatorSpec>): string[] {
  const kern = report.kern;
  if (!kern) return [];
  const problems: string[] = [];
  for (const chart of kern.charts)
    if (chart !== PYRAMID_BLOCK_ID && !indicators.has(chart))
      problems.push(`report.kern.charts: unknown indicator ${chart}`);
  if (new Set(kern.charts).size !== kern.charts.length)
    problems.push('report.kern.charts: a block is named twice');
  const { indicator, row } = kern.map;
  if (!report.maps.some((m) => m.indicator === indicator && m.row === row))
    problems.push(`report.kern.map: ${indicator}${row ? ` (${row})` : ''} is not one of report.maps`);
  return problems;
}
