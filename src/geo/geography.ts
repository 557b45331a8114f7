/** Assembles the Geography from the reference tables; loaded once per data directory. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NisCode } from '../domain/brand.js';
import { type AreaLevel, DIVISIONS, type Division } from '../domain/division.js';
import { buildDivisionAreas, type DivisionAreas } from './areas.js';
import { assertConsistent } from './checks.js';
import { indexCrosswalk } from './crosswalk.js';
import { displayName } from './display.js';
import { REFERENCE_FILES, REFERENCE_SUBDIR, readReferenceTables } from './reference-files.js';
import { readRefnisMunicipalityCodes } from './refnis.js';
import { DEFAULT_SEARCH_LIMIT, searchIndex } from './search.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';
import type { Area, Geography } from './types.js';

/** The repository's `data/` directory, found from this source file so the working directory does not matter. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const EMPTY: readonly NisCode[] = Object.freeze([]);

/** Builds a Geography from `<dataDir>/reference/`; throws on unreadable or inconsistent tables. */
export function createGeography(dataDir: string): Geography {
  const referenceDir = join(dataDir, REFERENCE_SUBDIR);
  const tables = readReferenceTables(referenceDir);
  assertConsistent(tables, referenceDir);

  const crosswalk = indexCrosswalk(tables.crosswalk);
  const byDivision: Record<Division, DivisionAreas> = {
    '2019-2024': buildDivisionAreas('2019-2024', tables),
    '2025': buildDivisionAreas('2025', tables),
  };
  const indexes: Record<Division, SearchIndex> = {
    '2019-2024': buildSearchIndex('2019-2024', byDivision['2019-2024'], byDivision['2025'], crosswalk),
    '2025': buildSearchIndex('2025', byDivision['2025'], byDivision['2019-2024'], crosswalk),
  };

  const knownCodes = readRefnisMunicipalityCodes(join(referenceDir, REFERENCE_FILES.refnis));
  for (const division of DIVISIONS)
    for (const code of byDivision[division].byCode.municipality.keys()) knownCodes.add(code);

  const municipalitiesIn = (division: Division, level: AreaLevel, nis: NisCode): readonly NisCode[] =>
    byDivision[division]?.members[level]?.get(nis) ?? EMPTY;

  const sourceCache = new Map<string, readonly NisCode[]>();

  return {
    divisions: DIVISIONS,
    area: (division, level, nis) => byDivision[division]?.byCode[level]?.get(nis),
    municipality: (division, nis) => byDivision[division]?.byCode.municipality.get(nis),
    areas: (division, level) => byDivision[division]?.sorted[level] ?? [],
    municipalitiesIn,
    crosswalk: crosswalk.entries,
    successor: (nis2024) => crosswalk.successorOf.get(nis2024),
    predecessors: (nis2025) => crosswalk.predecessorsOf.get(nis2025) ?? EMPTY,
    sourceMunicipalities2024For(area: Area) {
      const own = municipalitiesIn(area.division, area.level, area.nis);
      if (area.division === '2019-2024') return own;
      const id = `${area.level}:${area.nis}`;
      let codes = sourceCache.get(id);
      if (!codes) {
        codes = own.flatMap((code) => crosswalk.predecessorsOf.get(code) ?? []).sort();
        sourceCache.set(id, codes);
      }
      return codes;
    },
    search: (query, division, limit = DEFAULT_SEARCH_LIMIT) => searchIndex(indexes[division], query, limit),
    isKnownMunicipalityCode: (nis) => knownCodes.has(nis),
    displayName,
  };
}

const cache = new Map<string, Geography>();

/** Synchronous and cached per data directory; defaults to the repository's `data/`. */
export function loadGeography(dataDir: string = DEFAULT_DATA_DIR): Geography {
  const key = resolve(dataDir);
  let geography = cache.get(key);
  if (!geography) {
    geography = createGeography(key);
    cache.set(key, geography);
  }
  return geography;
}
