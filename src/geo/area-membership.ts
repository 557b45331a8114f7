/**
 * Which municipalities of a data year make up each area of each division.
 * Data on the 2019-2024 division maps onto 2025 areas through the crosswalk (sums of parts).
 * Data on the 2025 division maps back onto a 2019-2024 area only when that area is a union of
 * whole 2025 municipalities; otherwise the area is not available for that year (never guessed).
 */

import type { NisCode } from '../domain/brand.js';
import { AREA_LEVELS, type AreaLevel, DIVISIONS, type Division } from '../domain/division.js';
import type { Area, Geography } from './types.js';

export interface AreaMembership {
  readonly division: Division;
  readonly level: AreaLevel;
  readonly areaNis: NisCode;
  readonly members: readonly NisCode[];
}
export interface AreaUnavailable {
  readonly division: Division;
  readonly level: AreaLevel;
  readonly areaNis: NisCode;
  readonly reason: string;
}

function membersOnOlderData(geo: Geography, area: Area): readonly NisCode[] {
  return area.division === '2025'
    ? geo.sourceMunicipalities2024For(area)
    : geo.municipalitiesIn(area.division, area.level, area.nis);
}

/** 2025 municipalities covering a 2019-2024 area, or undefined when a merger cuts across its border. */
function membersOnNewerData(geo: Geography, area: Area): readonly NisCode[] | undefined {
  const old = new Set(geo.municipalitiesIn('2019-2024', area.level, area.nis));
  const successors = new Set<NisCode>();
  for (const nis of old) {
    const next = geo.successor(nis);
    if (!next) return undefined;
    successors.add(next);
  }
  for (const next of successors) {
    if (!geo.predecessors(next).every((p) => old.has(p))) return undefined;
  }
  return [...successors];
}

export function areaMemberships(
  geo: Geography,
  dataDivision: Division,
): { members: AreaMembership[]; unavailable: AreaUnavailable[] } {
  const members: AreaMembership[] = [];
  const unavailable: AreaUnavailable[] = [];
  for (const division of DIVISIONS) {
    for (const level of AREA_LEVELS) {
      for (const area of geo.areas(division, level)) {
        const key = { division, level, areaNis: area.nis };
        if (division === dataDivision) {
          members.push({ ...key, members: geo.municipalitiesIn(division, level, area.nis) });
        } else if (dataDivision === '2019-2024') {
          members.push({ ...key, members: membersOnOlderData(geo, area) });
        } else {
          const found = membersOnNewerData(geo, area);
          if (found) members.push({ ...key, members: found });
          else
            unavailable.push({
              ...key,
              reason: `${geo.displayName(area)} valt niet samen met gemeenten van de indeling 2025: cijfers op de indeling 2025 zijn niet op te splitsen.`,
            });
        }
      }
    }
  }
  return { members, unavailable };
}
