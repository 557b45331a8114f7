import type { NisCode } from '../domain/brand.js';
import type { AreaLevel, Division } from '../domain/division.js';

export interface AreaParents {
  arrondissement?: NisCode;
  province?: NisCode;
  region?: NisCode;
}

export interface Area {
  level: AreaLevel;
  nis: NisCode;
  division: Division;
  /** Dutch name without Statbel qualifier and without level word: 'Hove', 'Antwerpen' (also for the province). */
  name: string;
  /** Statbel's Dutch name with qualifier, e.g. 'Hove (Antwerpen)'; only for codes that existed before 2025. */
  statbelName?: string;
  nameFr?: string;
  /** All set for municipalities; province + region for arrondissements; region for provinces. */
  parents: AreaParents;
}

export interface CrosswalkEntry {
  nis2024: NisCode;
  name2024: string;
  province2024: NisCode;
  nis2025: NisCode;
  name2025: string;
  province2025: NisCode;
  merged: boolean;
  codeChanged: boolean;
}

export type SearchHitKind = 'nis' | 'name' | 'former_name' | 'former_nis' | 'fuzzy';

export interface SearchHit {
  /** Always a municipality of the requested division. */
  area: Area;
  /** The name or code that matched. */
  matchedName: string;
  /**
   * 'former_name' / 'former_nis': the query named a municipality of the other division
   * (an older one on '2025', a newer one on '2019-2024'); `note` explains the link.
   */
  kind: SearchHitKind;
  /** Dutch explanation, e.g. 'Borsbeek is op 1 januari 2025 samengevoegd met Antwerpen.' */
  note?: string;
  /** Higher is better; exact matches first. */
  score: number;
}

export interface Geography {
  readonly divisions: readonly Division[];
  area(division: Division, level: AreaLevel, nis: NisCode): Area | undefined;
  municipality(division: Division, nis: NisCode): Area | undefined;
  /** Sorted by name (Dutch collation). */
  areas(division: Division, level: AreaLevel): readonly Area[];
  /** Municipality codes of `division` inside an area of that division (a municipality → itself). */
  municipalitiesIn(division: Division, level: AreaLevel, nis: NisCode): readonly NisCode[];
  readonly crosswalk: readonly CrosswalkEntry[];
  /** 2019-2024 code → its 2025 municipality. */
  successor(nis2024: NisCode): NisCode | undefined;
  /** 2025 code → its 2019-2024 codes. */
  predecessors(nis2025: NisCode): readonly NisCode[];
  /**
   * 2019-2024 codes that make up `area` (any level) of division 2025 — used to compute 2025 figures
   * from older data. For an area of division 2019-2024 these are simply its own municipalities.
   */
  sourceMunicipalities2024For(area: Area): readonly NisCode[];
  /**
   * Lookup by NIS code or name: case-, accent-, hyphen/space- and apostrophe-insensitive; Statbel
   * qualifiers understood; names and codes of the other division resolve with a note; prefix matches
   * and a typo-tolerant fuzzy fallback. Ranked, `limit` defaults to 10.
   */
  search(query: string, division: Division, limit?: number): SearchHit[];
  /** All Belgian municipality codes known to Statbel REFNIS (any period) plus the 2025 Flemish codes. */
  isKnownMunicipalityCode(nis: NisCode): boolean;
  /** 'provincie Antwerpen', 'arrondissement Antwerpen', 'Vlaams Gewest'; a municipality: its name. */
  displayName(area: Area): string;
}
