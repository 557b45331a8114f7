/** The Dutch words of the report downloads: demo marks, divisions, levels, dates and the legend of signs. */
import type { AreaLevel } from '../domain/division.js';
import { formatDate, stateExplanation, stateText } from '../domain/format.js';
import type { FigureValue } from '../domain/value.js';
import type { Report } from '../report/model.js';
import { tableBlocks } from './report-records.js';

export const DEMO_BANNER = 'DEMONSTRATIEGEGEVENS — geen echte cijfers';
export const DEMO_EXPLANATION =
  'Dit rapport bevat gegenereerde demonstratiedata: fictieve cijfers die tonen hoe het rapport eruitziet. ' +
  'Ze zijn niet echt en mogen niet gebruikt worden. Tabellen met DEMODATA in de titel en rijen met ' +
  'demo = ja in het blad Gegevens tonen zulke cijfers; de cijfers van Statbel over bevolking en ' +
  'nationaliteit zijn echt.';

export const LEVEL_TITLE: Record<AreaLevel | 'group', string> = {
  municipality: 'Gemeente',
  arrondissement: 'Arrondissement',
  province: 'Provincie',
  region: 'Gewest',
  group: 'Groep van gemeenten',
};

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const brusselsTime = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-28T13:05:08Z` → `28 november 2026 om 14:05` (Belgian time). */
export function formatMoment(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) throw new TypeError(`not a moment: ${iso}`);
  return `${formatDate(brusselsDay.format(when))} om ${brusselsTime.format(when)}`;
}

/** The day only: `28 november 2026`. */
export function formatDay(iso: string): string {
  return formatDate(brusselsDay.format(new Date(iso)));
}

type NonValue = Exclude<FigureValue, { state: 'value' }>;

function explain(v: NonValue): string {
  return v.state === 'not_available'
    ? 'niet beschikbaar: de bron heeft geen cijfer voor dit gebied of deze periode (de reden staat onder de tabel)'
    : stateExplanation(v);
}

function rank(v: NonValue): number {
  if (v.state === 'suppressed') return v.kind === 'primary' ? v.threshold : 1e6;
  return v.state === 'not_available' ? 1e6 + 1 : 1e6 + 2;
}

/** The signs that occur in this report instead of a number, with what they mean: `< 5`, `x`, `n.b.`, `–`. */
export function stateLegend(report: Report): [sign: string, meaning: string][] {
  const seen = new Map<string, { meaning: string; rank: number }>();
  const add = (v: FigureValue) => {
    if (v.state === 'value') return;
    const sign = stateText(v);
    if (!seen.has(sign)) seen.set(sign, { meaning: explain(v), rank: rank(v) });
  };
  for (const block of tableBlocks(report)) {
    for (const cells of [...block.rows.map((r) => r.cells), ...block.series.map((p) => p.cells)])
      for (const c of cells) {
        add(c.count);
        if (block.unit !== 'count' && block.unit !== 'distinct') add(c.relative);
      }
  }
  return [...seen].sort(([, a], [, b]) => a.rank - b.rank).map(([sign, { meaning }]) => [sign, meaning]);
}
