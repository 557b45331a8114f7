/** Builds the areas of one division (all levels) and which municipalities each contains. */
import type { NisCode } from '../domain/brand.js';
import { AREA_LEVELS, type AreaLevel, type Division } from '../domain/division.js';
import type { ReferenceTables } from './reference-files.js';
import type { Area } from './types.js';

export const nlCollator = new Intl.Collator('nl-BE');

export interface DivisionAreas {
  readonly byCode: Readonly<Record<AreaLevel, ReadonlyMap<NisCode, Area>>>;
  /** Sorted by Dutch name, then code. */
  readonly sorted: Readonly<Record<AreaLevel, readonly Area[]>>;
  /** Municipality codes (sorted) inside each area; a municipality contains itself. */
  readonly members: Readonly<Record<AreaLevel, ReadonlyMap<NisCode, readonly NisCode[]>>>;
}

function perLevel<T>(make: () => T): Record<AreaLevel, T> {
  return Object.fromEntries(AREA_LEVELS.map((level) => [level, make()])) as Record<AreaLevel, T>;
}

export function compareAreas(a: Area, b: Area): number {
  return nlCollator.compare(a.name, b.name) || (a.nis < b.nis ? -1 : a.nis > b.nis ? 1 : 0);
}

export function buildDivisionAreas(division: Division, t: ReferenceTables): DivisionAreas {
  const byCode = perLevel(() => new Map<NisCode, Area>());
  const provinceOf = new Map(t.provinces.map((p) => [p.nis, p]));

  for (const r of t.regions) {
    byCode.region.set(r.nis, {
      level: 'region',
      nis: r.nis,
      division,
      name: r.name,
      ...(r.nameFr ? { nameFr: r.nameFr } : {}),
      parents: {},
    });
  }
  for (const p of t.provinces) {
    byCode.province.set(p.nis, {
      level: 'province',
      nis: p.nis,
      division,
      name: p.name,
      parents: { region: p.parent },
    });
  }
  for (const a of t.arrondissements) {
    const province = a.parent;
    const region = province ? provinceOf.get(province)?.parent : undefined;
    byCode.arrondissement.set(a.nis, {
      level: 'arrondissement',
      nis: a.nis,
      division,
      name: a.name,
      parents: { province, region },
    });
  }
  for (const m of t.municipalities[division]) {
    byCode.municipality.set(m.nis, {
      level: 'municipality',
      nis: m.nis,
      division,
      name: m.name,
      ...(m.statbelName ? { statbelName: m.statbelName } : {}),
      ...(m.nameFr ? { nameFr: m.nameFr } : {}),
      parents: { arrondissement: m.arrondissement, province: m.province, region: m.region },
    });
  }

  const members = perLevel(() => new Map<NisCode, NisCode[]>());
  const add = (level: AreaLevel, area: NisCode | undefined, municipality: NisCode) => {
    if (area === undefined) return;
    const list = members[level].get(area);
    if (list) list.push(municipality);
    else members[level].set(area, [municipality]);
  };
  for (const m of byCode.municipality.values()) {
    add('municipality', m.nis, m.nis);
    add('arrondissement', m.parents.arrondissement, m.nis);
    add('province', m.parents.province, m.nis);
    add('region', m.parents.region, m.nis);
  }
  for (const level of AREA_LEVELS) for (const list of members[level].values()) list.sort();

  const sorted = perLevel((): Area[] => []);
  for (const level of AREA_LEVELS) sorted[level] = [...byCode[level].values()].sort(compareAreas);
  return { byCode, sorted, members };
}
