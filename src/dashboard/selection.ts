/**
 * The whole state of a dashboard view, as it lives in the URL (a permalink for every selection):
 * parsed from the query string with defaults, and written back in a fixed order.
 */
import { z } from 'zod';
import { type AreaLevel, DEFAULT_DIVISION, DIVISIONS, type Division } from '../domain/division.js';
import { FACT_IDS, type FactId } from './facts.js';

export const MEASURES = ['aantal', 'per10000', 'aandeel', 'trechter'] as const;
export type Measure = (typeof MEASURES)[number];
export const VIEWS = ['trend', 'rangschikking', 'kaart', 'tabel'] as const;
export type View = (typeof VIEWS)[number];
export const PERIOD_KINDS = ['jaar', 'kwartaal'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const LEVEL_PARAM: Readonly<Record<AreaLevel, string>> = {
  region: 'gewest',
  province: 'provincie',
  arrondissement: 'arrondissement',
  municipality: 'gemeente',
};
const LEVEL_OF = new Map(Object.entries(LEVEL_PARAM).map(([k, v]) => [v, k as AreaLevel]));

export const REGION_NIS = '02000';

export interface DashboardSelection {
  readonly fact: FactId;
  readonly measure: Measure;
  readonly periodKind: PeriodKind;
  /** First and last year (inclusive); undefined = all the data has. */
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly division: Division;
  readonly area: { readonly level: AreaLevel; readonly nis: string };
  readonly view: View;
  /** Filter parameter → category key (see facts.ts). */
  readonly filters: Readonly<Record<string, string>>;
}

export const DEFAULT_SELECTION: DashboardSelection = {
  fact: 'aangemeld',
  measure: 'aantal',
  periodKind: 'jaar',
  from: undefined,
  to: undefined,
  division: DEFAULT_DIVISION,
  area: { level: 'region', nis: REGION_NIS },
  view: 'trend',
  filters: {},
};

const year = z.coerce.number().int().min(1990).max(2100);
const text = z.string().max(40);

/** The query string's schema: every field optional, unknown filter values are refused by the query. */
export const selectionQuery = z.object({
  feit: z.enum(FACT_IDS).optional(),
  maat: z.enum(MEASURES).optional(),
  periode: z.enum(PERIOD_KINDS).optional(),
  van: year.optional(),
  tot: year.optional(),
  indeling: z.enum(DIVISIONS).optional(),
  gebied: z
    .string()
    .regex(/^(gewest|provincie|arrondissement|gemeente)-\d{5}$/)
    .optional(),
  weergave: z.enum(VIEWS).optional(),
});
export type SelectionQuery = z.infer<typeof selectionQuery>;

/** The selection of a query string; `filterParams` are the filter names the dashboard knows. */
export function parseSelection(
  query: Readonly<Record<string, unknown>>,
  filterParams: readonly string[],
): DashboardSelection {
  const q = selectionQuery.parse(query);
  const [levelText, nis] = (q.gebied ?? '').split('-');
  const level = levelText ? LEVEL_OF.get(levelText) : undefined;
  const filters: Record<string, string> = {};
  for (const p of filterParams) {
    const v = query[p];
    if (typeof v === 'string' && v !== '') filters[p] = text.parse(v);
  }
  const from = q.van;
  const to = q.tot;
  return {
    fact: q.feit ?? DEFAULT_SELECTION.fact,
    measure: q.maat ?? DEFAULT_SELECTION.measure,
    periodKind: q.periode ?? DEFAULT_SELECTION.periodKind,
    from: from !== undefined && to !== undefined && from > to ? to : from,
    to: from !== undefined && to !== undefined && from > to ? from : to,
    division: q.indeling ?? DEFAULT_SELECTION.division,
    area: level && nis ? { level, nis } : DEFAULT_SELECTION.area,
    view: q.weergave ?? DEFAULT_SELECTION.view,
    filters,
  };
}

export const areaParam = (area: { level: AreaLevel; nis: string }): string =>
  `${LEVEL_PARAM[area.level]}-${area.nis}`;

/** The query string of a selection (fixed order, defaults left out), with changes applied. */
export function selectionSearch(s: DashboardSelection, change: Partial<DashboardSelection> = {}): string {
  const x = { ...s, ...change };
  const p = new URLSearchParams();
  if (x.fact !== DEFAULT_SELECTION.fact) p.set('feit', x.fact);
  if (x.measure !== DEFAULT_SELECTION.measure) p.set('maat', x.measure);
  if (x.periodKind !== DEFAULT_SELECTION.periodKind) p.set('periode', x.periodKind);
  if (x.from !== undefined) p.set('van', String(x.from));
  if (x.to !== undefined) p.set('tot', String(x.to));
  if (x.division !== DEFAULT_SELECTION.division) p.set('indeling', x.division);
  if (x.area.level !== 'region' || x.area.nis !== REGION_NIS) p.set('gebied', areaParam(x.area));
  if (x.view !== DEFAULT_SELECTION.view) p.set('weergave', x.view);
  for (const [k, v] of Object.entries(x.filters).sort(([a], [b]) => a.localeCompare(b))) p.set(k, v);
  const q = p.toString();
  return q ? `?${q}` : '';
}
