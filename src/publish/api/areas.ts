/**
 * The areas of a division as the public API lists them: code, names, parents (arrondissement, province,
 * Vlaams Gewest) and, for municipalities, the merger history of 1 January 2025 in both directions.
 */
import type { NisCode } from '../../domain/brand.js';
import type { AreaLevel, Division } from '../../domain/division.js';
import type { Area, Geography } from '../../geo/index.js';

export interface AreaLink {
  readonly nis: string;
  readonly name: string;
}

export interface ApiArea {
  readonly level: AreaLevel;
  readonly nis: string;
  readonly name: string;
  /** 'provincie Antwerpen', 'arrondissement Gent', 'Vlaams Gewest', or the municipality's name. */
  readonly label: string;
  readonly nameFr: string | null;
  readonly parents: {
    readonly arrondissement: string | null;
    readonly province: string | null;
    readonly region: string | null;
  };
  /** Municipalities only; null for larger areas. */
  readonly merger: {
    /** Division 2025: the 2019–2024 municipalities it was formed from (itself when unchanged). */
    readonly formedFrom: readonly AreaLink[];
    /** Division 2019–2024: the 2025 municipality it became part of (itself when unchanged). */
    readonly becamePartOf: AreaLink | null;
    /** True when the code or the territory changed on 1 January 2025. */
    readonly changed: boolean;
  } | null;
}

function merger(geo: Geography, division: Division, area: Area): ApiArea['merger'] {
  if (area.level !== 'municipality') return null;
  const link = (d: Division, nis: string): AreaLink => ({
    nis,
    name: geo.municipality(d, nis as NisCode)?.name ?? nis,
  });
  if (division === '2025') {
    const formers = geo.predecessors(area.nis);
    return {
      formedFrom: formers.map((n) => link('2019-2024', n)),
      becamePartOf: null,
      changed: formers.length !== 1 || formers[0] !== area.nis,
    };
  }
  const successor = geo.successor(area.nis);
  const entry = geo.crosswalk.find((c) => c.nis2024 === area.nis);
  return {
    formedFrom: [],
    becamePartOf: successor ? link('2025', successor) : null,
    changed: entry ? entry.merged || entry.codeChanged : false,
  };
}

export function apiAreas(geo: Geography, division: Division, levels: readonly AreaLevel[]): ApiArea[] {
  return levels.flatMap((level) =>
    geo.areas(division, level).map(
      (area): ApiArea => ({
        level: area.level,
        nis: area.nis,
        name: area.name,
        label: geo.displayName(area),
        nameFr: area.nameFr ?? null,
        parents: {
          arrondissement: area.parents.arrondissement ?? null,
          province: area.parents.province ?? null,
          region: area.parents.region ?? null,
        },
        merger: merger(geo, division, area),
      }),
    ),
  );
}
