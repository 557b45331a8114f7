/**
 * Plausibility of a Statbel file before it may become a release: what can be checked without another
 * source. Every municipality of the file has rows for both sexes and both nationality groups (a file
 * cut at a line end loses the last ones first), and all counts together fit the release's 32-bit
 * counts (so no sum overflows later, in DuckDB). The summary is printed on every import.
 */
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import { formatCount } from '../domain/format.js';
import { InputError } from '../domain/input-error.js';
import type { Geography } from '../geo/index.js';
import type { StatbelPopulationTable } from '../sources/statbel/population-file.js';

const MAX_INT32 = 2_147_483_647;
const SEX = ['', 'M', 'F'];
const NATIONALITY = ['', 'BEL', 'ETR'];

export interface PlausibilitySummary {
  readonly municipalities: number;
  readonly flemishMunicipalities: number;
  readonly total: number;
  readonly flemishTotal: number;
}

export function checkStatbelPlausibility(
  table: StatbelPopulationTable,
  geo: Geography,
  division: Division,
): PlausibilitySummary {
  const file = table.source.member
    ? `${table.source.path} (bestand ${table.source.member} in de zip)`
    : table.source.path;
  const { nis, sex, nationality, population } = table.columns;
  // Per municipality code: bit 0/1 = M/F seen, bit 2/3 = BEL/ETR seen.
  const seen = new Map<number, number>();
  const flemish = new Set(geo.areas(division, 'municipality').map((a) => Number(a.nis)));
  let total = 0;
  let flemishTotal = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const code = nis[i] as number;
    const bits = (1 << ((sex[i] as number) - 1)) | (1 << ((nationality[i] as number) + 1));
    seen.set(code, (seen.get(code) ?? 0) | bits);
    const count = population[i] as number;
    total += count;
    if (flemish.has(code)) flemishTotal += count;
  }
  if (total > MAX_INT32) {
    throw new InputError(
      { file },
      `aantallen die samen hoogstens ${formatCount(MAX_INT32)} inwoners zijn`,
      `${formatCount(total)} inwoners in totaal`,
    );
  }
  for (const [code, bits] of seen) {
    if (bits === 0b1111) continue;
    const lacking = [
      ...[1, 2].filter((s) => !(bits & (1 << (s - 1)))).map((s) => SEX[s]),
      ...[1, 2].filter((n) => !(bits & (1 << (n + 1)))).map((n) => NATIONALITY[n]),
    ];
    const name = table.municipalities.get(String(code).padStart(5, '0') as NisCode)?.nameNl ?? '';
    throw new InputError(
      { file },
      'rijen voor beide geslachten (M, F) en beide nationaliteitsgroepen (BEL, ETR) in elke gemeente',
      `geen met ${lacking.join(', ')} voor ${String(code).padStart(5, '0')} ${name} (bestand afgebroken?)`,
    );
  }
  return { municipalities: seen.size, flemishMunicipalities: flemish.size, total, flemishTotal };
}

export function describePlausibility(year: number, s: PlausibilitySummary): string {
  return (
    `Plausibiliteit ${year}: ${formatCount(s.municipalities)} gemeenten, elk met mannen en vrouwen, ` +
    `Belgen en niet-Belgen; ${formatCount(s.total)} inwoners, waarvan ${formatCount(s.flemishTotal)} ` +
    `in de ${formatCount(s.flemishMunicipalities)} Vlaamse gemeenten.`
  );
}
