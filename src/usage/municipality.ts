/** The 2025 municipality a report request is about, from its code and division. */
import type { NisCode } from '../domain/brand.js';
import type { Geography } from '../geo/index.js';

export function municipality2025(
  geo: Geography,
): (nis: string, division: string | undefined) => string | undefined {
  return (nis, division) => {
    const code = nis as NisCode;
    if (division === '2019-2024')
      return geo.municipality('2019-2024', code) ? geo.successor(code) : undefined;
    if (geo.municipality('2025', code)) return code;
    // An older code on the default division: the report redirects, but count its successor all the same.
    return geo.municipality('2019-2024', code) ? geo.successor(code) : undefined;
  };
}
