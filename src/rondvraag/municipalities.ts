/** The municipalities of the current (2025) division as the rondvraag sees them: name and province. */
import type { NisCode } from '../domain/brand.js';
import type { Geography } from '../geo/index.js';
import type { MunicipalityLookup } from './contacts-csv.js';

export interface RondvraagMunicipality {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
}

export function municipalityLookup(geo: Geography): MunicipalityLookup {
  return {
    name: (nis) => geo.area('2025', 'municipality', nis as NisCode)?.name,
    successor: (nis) => geo.successor(nis as NisCode),
  };
}

/** All municipalities of the 2025 division, sorted by name, with their province's name. */
export function rondvraagMunicipalities(geo: Geography): RondvraagMunicipality[] {
  return geo.areas('2025', 'municipality').map((m) => {
    const province = m.parents.province ? geo.area('2025', 'province', m.parents.province) : undefined;
    return { nis: m.nis, name: m.name, province: province?.name ?? '' };
  });
}
