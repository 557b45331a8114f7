/**
 * The features of every Flemish municipality of a division in one DuckDB query over `area_population`
 * (a merged 2025 municipality is there as the sum of its parts), plus the land area from data/geo.
 */
import type { NisCode } from '../../domain/brand.js';
import type { Division } from '../../domain/division.js';
import type { Geography } from '../../geo/index.js';
import type { ReleaseReader } from '../../release/release-reader.js';
import type { MunicipalityFeatures } from './features.js';
import { municipalityAreasKm2 } from './surface-area.js';

export interface LoadedFeatures {
  readonly division: Division;
  /** The year whose 1 January population was used. */
  readonly year: number;
  /** Sorted by NIS code. */
  readonly features: readonly MunicipalityFeatures[];
  /** Municipalities of the division without figures for that year (e.g. merged ones on 2019-2024 from 2025 data). */
  readonly missing: readonly NisCode[];
}

/** The latest release year not after `year` (the earliest if all are later); undefined for an empty release. */
export function featureYear(years: readonly number[], year: number): number | undefined {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.filter((y) => y <= year).at(-1) ?? sorted[0];
}

export async function loadMunicipalityFeatures(
  release: Pick<ReleaseReader, 'query'>,
  geo: Geography,
  division: Division,
  year: number,
  dataDir?: string,
): Promise<LoadedFeatures> {
  if (!Number.isInteger(year)) throw new TypeError(`not a year: ${year}`);
  const rows = await release.query(
    `SELECT area_nis, sum(population)::BIGINT,
       coalesce(sum(population) FILTER (WHERE nationality = 'ETR'), 0)::BIGINT,
       coalesce(sum(population) FILTER (WHERE age < 18), 0)::BIGINT,
       coalesce(sum(population) FILTER (WHERE age >= 65), 0)::BIGINT
     FROM area_population
     WHERE division = '${division}' AND level = 'municipality' AND year = ${year}
     GROUP BY area_nis`,
  );
  const byNis = new Map(rows.map((r) => [String(r[0]), r.slice(1).map(Number)]));
  const areas = municipalityAreasKm2(division, dataDir);
  const features: MunicipalityFeatures[] = [];
  const missing: NisCode[] = [];
  const municipalities = [...geo.areas(division, 'municipality')].sort((a, b) => (a.nis < b.nis ? -1 : 1));
  for (const m of municipalities) {
    const [population = 0, foreign = 0, young = 0, old = 0] = byNis.get(m.nis) ?? [];
    const areaKm2 = areas.get(m.nis);
    if (population <= 0 || !areaKm2) {
      missing.push(m.nis);
      continue;
    }
    features.push({
      nis: m.nis,
      name: m.name,
      population,
      areaKm2,
      density: population / areaKm2,
      nonBelgianShare: foreign / population,
      share0to17: young / population,
      share18to64: (population - young - old) / population,
      share65plus: old / population,
    });
  }
  return { division, year, features, missing };
}
