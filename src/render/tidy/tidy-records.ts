/**
 * The columns of a tidy download, the same in CSV and Excel: one row per area × category × period.
 * One indicator for all areas (`tidyRecords`) and a whole report (`src/export/`) share `tidyRecord`.
 */

import type { AreaLevel } from '../../domain/division.js';
import { stateText } from '../../domain/format.js';
import { formatPeriod } from '../../domain/period.js';
import type { FigureValue } from '../../domain/value.js';
import type { Unit } from '../../indicators/catalog-schema.js';
import type { IndicatorTable } from '../../report/indicator-table.js';

export const TIDY_COLUMNS = [
  'niveau',
  'nis',
  'gebied',
  'indicator',
  'periode',
  'periode_label',
  'categorie',
  'categorie_label',
  'aantal',
  'relatief',
  'eenheid',
  'status',
  'demo',
  'voorlopig',
] as const;

export type TidyColumn = (typeof TIDY_COLUMNS)[number];

export const LEVEL_NL = {
  municipality: 'gemeente',
  arrondissement: 'arrondissement',
  province: 'provincie',
  region: 'gewest',
  group: 'groep',
} as const;

export type TidyRecord = Record<TidyColumn, string | number | null>;

/** Relative figures in the unit people read: 12.3 (%), 4.5 (per 1.000), -3.4 (percentage points). */
export const RELATIVE_SCALE = {
  count: 1,
  distinct: 1,
  percent: 100,
  per_1000: 1000,
  per_10000: 10000,
  percentage_points: 100,
} as const;
export const UNIT_NL = {
  count: 'aantal',
  distinct: 'aantal verschillende',
  percent: 'procent',
  per_1000: 'per 1.000 inwoners',
  per_10000: 'per 10.000 inwoners',
  percentage_points: 'procentpunten',
} as const;

/** One figure of one area, indicator, category and period: what a tidy row is made of. */
export interface TidyFigure {
  /** `group`: a group of municipalities shown as one column of a report. */
  readonly level: AreaLevel | 'group';
  readonly nis: string;
  readonly name: string;
  readonly indicator: string;
  /** null: the indicator has no figures up to the year asked for (then `periodLabel` says so). */
  readonly period: string | null;
  /** Default: the period in Dutch ('1 januari 2021'). */
  readonly periodLabel?: string;
  readonly categoryKey: string;
  readonly categoryLabel: string;
  readonly count: FigureValue;
  readonly relative: FigureValue;
  readonly unit: Unit;
  readonly demo: boolean;
  readonly provisional: boolean;
}

/** A relative figure as written in a tidy row: scaled to the unit, rounded to 6 decimals. */
export function tidyNumber(value: number, scale = 1): number {
  return Math.round(value * scale * 1e6) / 1e6;
}

/** A number, or null with the state's text in `status`: the typed state survives in every format. */
function figure(v: FigureValue, scale = 1): { n: number | null; state: string | null } {
  return v.state === 'value'
    ? { n: tidyNumber(v.value, scale), state: null }
    : { n: null, state: stateText(v) };
}

export function tidyRecord(f: TidyFigure): TidyRecord {
  const count = figure(f.count);
  const relative = figure(f.relative, RELATIVE_SCALE[f.unit]);
  const states = [
    count.state ? `aantal: ${count.state}` : null,
    relative.state && f.relative.state !== 'not_applicable' ? `relatief: ${relative.state}` : null,
  ].filter(Boolean);
  return {
    niveau: LEVEL_NL[f.level],
    nis: f.nis,
    gebied: f.name,
    indicator: f.indicator,
    periode: f.period,
    periode_label: f.periodLabel ?? (f.period ? formatPeriod(f.period) : null),
    categorie: f.categoryKey,
    categorie_label: f.categoryLabel,
    aantal: count.n,
    relatief: relative.n,
    eenheid: UNIT_NL[f.unit],
    status: states.join('; ') || null,
    demo: f.demo ? 'ja' : 'nee',
    voorlopig: f.provisional ? 'ja' : 'nee',
  };
}

export function tidyRecords(table: IndicatorTable): TidyRecord[] {
  return table.rows.map((r) =>
    tidyRecord({
      level: r.level,
      nis: r.nis,
      name: r.name,
      indicator: table.spec.id,
      period: r.period,
      categoryKey: r.categoryKey,
      categoryLabel: r.categoryLabel,
      count: r.count,
      relative: r.relative,
      unit: table.spec.unit,
      demo: table.demo,
      provisional: table.provisional,
    }),
  );
}

/** File names say what they hold, and DEMO when the figures are generated demonstration data. */
export function downloadName(table: IndicatorTable, extension: 'csv' | 'xlsx'): string {
  return `${table.demo ? 'DEMO-' : ''}${table.spec.id}-${table.division}-${table.period ?? 'geen'}.${extension}`;
}
