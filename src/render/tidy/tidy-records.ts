/** The columns of a tidy download, the same in CSV and Excel: one row per area × category × period. */

import { stateText } from '../../domain/format.js';
import { formatPeriod } from '../../domain/period.js';
import type { FigureValue } from '../../domain/value.js';
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

const LEVEL_NL = {
  municipality: 'gemeente',
  arrondissement: 'arrondissement',
  province: 'provincie',
  region: 'gewest',
} as const;

export type TidyRecord = Record<(typeof TIDY_COLUMNS)[number], string | number | null>;

/** Relative figures in the unit people read: 12.3 (%), 4.5 (per 1.000), -3.4 (percentage points). */
const SCALE = {
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

/** A number, or null with the state's text in `status`: the typed state survives in every format. */
function figure(v: FigureValue, scale = 1): { n: number | null; state: string | null } {
  return v.state === 'value'
    ? { n: Math.round(v.value * scale * 1e6) / 1e6, state: null }
    : { n: null, state: stateText(v) };
}

export function tidyRecords(table: IndicatorTable): TidyRecord[] {
  return table.rows.map((r) => {
    const count = figure(r.count);
    const relative = figure(r.relative, SCALE[table.spec.unit]);
    const states = [
      count.state ? `aantal: ${count.state}` : null,
      relative.state && r.relative.state !== 'not_applicable' ? `relatief: ${relative.state}` : null,
    ].filter(Boolean);
    return {
      niveau: LEVEL_NL[r.level],
      nis: r.nis,
      gebied: r.name,
      indicator: table.spec.id,
      periode: r.period,
      periode_label: formatPeriod(r.period),
      categorie: r.categoryKey,
      categorie_label: r.categoryLabel,
      aantal: count.n,
      relatief: relative.n,
      eenheid: UNIT_NL[table.spec.unit],
      status: states.join('; ') || null,
      demo: table.demo ? 'ja' : 'nee',
      voorlopig: table.provisional ? 'ja' : 'nee',
    };
  });
}

/** File names say what they hold, and DEMO when the figures are generated demonstration data. */
export function downloadName(table: IndicatorTable, extension: 'csv' | 'xlsx'): string {
  return `${table.demo ? 'DEMO-' : ''}${table.spec.id}-${table.division}-${table.period ?? 'geen'}.${extension}`;
}
