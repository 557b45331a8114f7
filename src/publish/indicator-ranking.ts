/**
 * One indicator for all municipalities of a division, as the indicator page shows it: every
 * municipality ranked from high to low on the figure the report's maps show (the share or rate, or the
 * count), the ones without a shown figure after them with their short text, and the Flanders map.
 */
import { chartForBlock } from '../charts/chart-for-block.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import { formatFigure } from '../domain/format.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { IndicatorSpec } from '../indicators/catalog-schema.js';
import { figureKind } from '../indicators/figure-kind.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { RELATIVE_SCALE, tidyNumber } from '../render/tidy/tidy-records.js';
import { buildIndicatorTable } from '../report/indicator-table.js';
import { mapBlock } from '../report/map-block.js';
import type { AreaRef } from '../report/model.js';
import { sourceRef } from '../report/source-ref.js';

export interface RankedMunicipality {
  /** 1 for the highest figure; null for a municipality without a shown figure. */
  readonly rank: number | null;
  readonly nis: string;
  readonly name: string;
  /** nl-BE text of the figure: `12,3 %`, `4,5`, `< 5`, `n.b.`. */
  readonly figure: string;
  /** The figure as a number (in the unit read: 12.3 for 12,3 %), null when not shown. */
  readonly value: number | null;
  readonly arrondissement: { readonly nis: string; readonly name: string } | null;
  readonly province: { readonly nis: string; readonly name: string } | null;
}

export interface IndicatorRanking {
  readonly periodLabel: string;
  /** The breakdown category ranked, null for an indicator without breakdown. */
  readonly categoryLabel: string | null;
  /** What the figure column is: '%', 'per 1.000', 'aantal'. */
  readonly figureHeader: string;
  readonly demo: boolean;
  readonly rows: readonly RankedMunicipality[];
  /** The Flanders map as inline SVG (with its own text alternative), null without figures. */
  readonly mapSvg: string | null;
}

const HEADER = {
  count: 'aantal',
  percent: '%',
  per_1000: 'per 1.000',
  per_10000: 'per 10.000',
  percentage_points: 'kloof (pp)',
} as const;

export async function indicatorRanking(
  ctx: { geo: Geography; catalog: Catalog; countries: CountryRegistry; release: ReleaseReader },
  spec: IndicatorSpec,
  division: Division,
  year: number,
): Promise<IndicatorRanking> {
  const table = await buildIndicatorTable(ctx, spec, division, year);
  const kind = figureKind(spec.unit);
  const municipal = table.rows.filter((r) => r.level === 'municipality');
  const category = municipal.find((r) => r.categoryKey === 'total') ?? municipal[0];
  const key = category?.categoryKey ?? 'total';
  const rows = municipal.filter((r) => r.categoryKey === key);
  const figureOf = (r: (typeof rows)[number]) => (kind === 'count' ? r.count : r.relative);
  const withValue = rows
    .filter((r) => figureOf(r).state === 'value')
    .sort((a, b) => {
      const x = figureOf(a);
      const y = figureOf(b);
      const d = (y.state === 'value' ? y.value : 0) - (x.state === 'value' ? x.value : 0);
      return d !== 0 ? d : a.name.localeCompare(b.name, 'nl-BE');
    });
  const without = rows
    .filter((r) => figureOf(r).state !== 'value')
    .sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
  const scale = kind === 'count' ? 1 : RELATIVE_SCALE[spec.unit];
  const parent = (level: 'arrondissement' | 'province', nis: string | undefined) => {
    const area = nis ? ctx.geo.area(division, level, nis as NisCode) : undefined;
    return area ? { nis: area.nis, name: area.name } : null;
  };
  const row = (r: (typeof rows)[number], rank: number | null): RankedMunicipality => {
    const f = figureOf(r);
    const parents = ctx.geo.municipality(division, r.nis as NisCode)?.parents;
    return {
      rank,
      nis: r.nis,
      name: r.name,
      figure: formatFigure(f, kind),
      value: f.state === 'value' ? tidyNumber(f.value, scale) : null,
      arrondissement: parent('arrondissement', parents?.arrondissement),
      province: parent('province', parents?.province),
    };
  };
  const ranked: RankedMunicipality[] = [
    ...withValue.map((r, i) => row(r, i + 1)),
    ...without.map((r) => row(r, null)),
  ];
  return {
    periodLabel: table.periodLabel,
    categoryLabel: key === 'total' ? null : (category?.categoryLabel ?? null),
    figureHeader: HEADER[kind],
    demo: table.demo,
    rows: ranked,
    mapSvg: withValue.length > 0 ? flandersMap(ctx, spec, division, table, key) : null,
  };
}

function flandersMap(
  ctx: { geo: Geography; catalog: Catalog },
  spec: IndicatorSpec,
  division: Division,
  table: Awaited<ReturnType<typeof buildIndicatorTable>>,
  key: string,
): string | null {
  const region = ctx.geo.areas(division, 'region')[0];
  if (!region) return null;
  const regionRef: AreaRef = {
    level: 'region',
    nis: region.nis,
    name: region.name,
    label: ctx.geo.displayName(region),
  };
  const block = mapBlock(
    ctx.geo,
    division,
    spec,
    key === 'total' ? { indicator: spec.id } : { indicator: spec.id, row: key },
    table,
    // No subject: no municipality is highlighted.
    { level: 'municipality', nis: '', name: '', label: '' },
    regionRef,
    sourceRef(ctx.catalog, spec.numerator.dataset),
  );
  const chart = chartForBlock({ ...block, subjectNis: '' }, []);
  return chart ? renderSpecSvg(chart, `kaart-${spec.id}`) : null;
}
