/** Tells from the municipality codes present which division a data file uses. */
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import { InputError } from '../domain/input-error.js';
import type { Geography } from '../geo/index.js';

export function detectDataDivision(geo: Geography, file: string, codes: Iterable<NisCode>): Division {
  const present = new Set(codes);
  const flemish = (d: Division) => geo.areas(d, 'municipality').map((a) => a.nis);
  const only2024 = flemish('2019-2024').filter((c) => !geo.municipality('2025', c));
  const only2025 = flemish('2025').filter((c) => !geo.municipality('2019-2024', c));
  const has2024 = only2024.filter((c) => present.has(c));
  const has2025 = only2025.filter((c) => present.has(c));
  if (has2024.length > 0 && has2025.length > 0) {
    throw new InputError(
      { file },
      'gemeentecodes van één indeling (2019-2024 of 2025)',
      `beide, bv. ${has2024[0]} (tot 2024) en ${has2025[0]} (vanaf 2025)`,
    );
  }
  const division: Division = has2025.length > 0 ? '2025' : '2019-2024';
  const missing = flemish(division).filter((c) => !present.has(c));
  if (missing.length > 0) {
    throw new InputError(
      { file },
      `rijen voor alle ${flemish(division).length} Vlaamse gemeenten van indeling ${division}`,
      `geen voor ${missing.length} ervan, bv. ${missing.slice(0, 5).join(', ')} (bestand afgebroken?)`,
    );
  }
  return division;
}
