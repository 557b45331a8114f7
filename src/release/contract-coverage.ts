/**
 * What a contract file did not deliver, listed on every import: per period, the Flemish municipalities
 * of the period's division without rows (they are *not available* in reports, never 0), and delivered
 * municipalities with fewer rows than most others in that period (rows may be missing).
 */
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import { formatCount } from '../domain/format.js';
import type { Geography } from '../geo/index.js';
import { AREA_KEY, type KeyColumn, PERIOD_KEY } from '../sources/contracts/fact-columns.js';
import type { ContractTable } from '../sources/contracts/read-contract-file.js';

function mostCommon(values: Iterable<number>): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  return best;
}

export function describeContractCoverage(
  table: ContractTable,
  divisions: ReadonlyMap<string, Division>,
  geo: Geography,
): string[] {
  const { codes: nisCodes, ids: nisIds } = table.columns.keys[AREA_KEY] as KeyColumn;
  const { codes: periods, ids: periodIds } = table.columns.keys[PERIOD_KEY] as KeyColumn;
  const rows = periods.map(() => new Map<number, number>()); // per period: nis id → rows
  const nisChunks = nisIds.chunks();
  for (const periodChunk of periodIds.chunks()) {
    const nisChunk = nisChunks.next().value as Int32Array;
    for (let i = 0; i < periodChunk.length; i++) {
      const perPeriod = rows[periodChunk[i] as number] as Map<number, number>;
      const nis = nisChunk[i] as number;
      perPeriod.set(nis, (perPeriod.get(nis) ?? 0) + 1);
    }
  }
  const name = (division: Division, nis: string): string =>
    `${geo.municipality(division, nis as NisCode)?.name ?? nis} (${nis})`;
  const few = (list: string[]): string =>
    list.length <= 8
      ? list.join(', ')
      : `${list.slice(0, 8).join(', ')} en ${formatCount(list.length - 8)} meer`;
  const everDelivered = new Set(rows.flatMap((perPeriod) => [...perPeriod.keys()]));
  return periods.map((period, id) => {
    const division = divisions.get(period) ?? '2019-2024';
    const perPeriod = rows[id] as Map<number, number>;
    const delivered = new Set([...perPeriod.keys()].map((n) => nisCodes[n] as string));
    const flemish = geo.areas(division, 'municipality').map((a) => a.nis as string);
    // Delivered for another period of this file, but not for this one: most likely rows that went missing.
    const dropped = [...everDelivered]
      .filter((n) => !perPeriod.has(n))
      .map((n) => nisCodes[n] as string)
      .filter((nis) => flemish.includes(nis));
    const others = flemish.length - delivered.size - dropped.length;
    const usual = mostCommon(perPeriod.values());
    const short = [...perPeriod]
      .filter(([, n]) => n < usual)
      .map(([nis, n]) => `${name(division, nisCodes[nis] as string)}: ${n} van ${usual} rijen`);
    return (
      `${table.source.fileName}, periode ${period}: geleverd voor ${formatCount(delivered.size)} van de ` +
      `${formatCount(flemish.length)} gemeenten` +
      (dropped.length > 0
        ? `; ontbreekt (wel in andere perioden, hier niet beschikbaar, nooit 0): ${few(dropped.map((n) => name(division, n)))}`
        : '') +
      (others > 0 ? `; ${formatCount(others)} andere gemeenten niet geleverd (niet beschikbaar)` : '') +
      (short.length > 0 ? `; minder rijen dan de meeste gemeenten: ${few(short)}` : '')
    );
  });
}
