/**
 * Land area of each municipality from the boundaries in data/geo (WGS84), computed on the sphere
 * (d3-geo `geoArea`, steradians × R² with the authalic radius of the WGS84 ellipsoid). The files follow
 * RFC 7946 (exterior rings counter-clockwise), the opposite of d3's convention, so each polygon's area
 * is taken as the smaller of the two parts of the sphere its rings bound. Antwerpen comes to 203,5 km²
 * (2019-2024), Gent to 157,2 km² — within 1 % of the official figures for these simplified boundaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import type { NisCode } from '../../domain/brand.js';
import { asNisCode } from '../../domain/brand.js';
import type { Division } from '../../domain/division.js';
import { DEFAULT_DATA_DIR } from '../../geo/index.js';

/** Radius of the sphere with the surface area of the WGS84 ellipsoid, in km. */
export const AUTHALIC_RADIUS_KM = 6371.0072;

type Rings = Position[][];

interface MunicipalityFeature {
  readonly properties: { readonly nis_code: string };
  readonly geometry:
    | { readonly type: 'Polygon'; coordinates: Rings }
    | { type: 'MultiPolygon'; coordinates: Rings[] };
}

/** Area in km² of a (Multi)Polygon given in longitude/latitude degrees, whatever its ring orientation. */
export function geometryAreaKm2(geometry: MunicipalityFeature['geometry']): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let steradians = 0;
  for (const coordinates of polygons) {
    const a = geoArea({ type: 'Polygon', coordinates } satisfies Polygon);
    steradians += Math.min(a, 4 * Math.PI - a);
  }
  return steradians * AUTHALIC_RADIUS_KM * AUTHALIC_RADIUS_KM;
}

export function municipalityGeojsonPath(division: Division, dataDir = DEFAULT_DATA_DIR): string {
  return join(dataDir, 'geo', `municipalities_${division.replace('-', '_')}.geojson`);
}

const cache = new Map<string, ReadonlyMap<NisCode, number>>();

/** km² per municipality of a division; read and computed once per file (≈ 25–55 ms). */
export function municipalityAreasKm2(
  division: Division,
  dataDir = DEFAULT_DATA_DIR,
): ReadonlyMap<NisCode, number> {
  const path = municipalityGeojsonPath(division, dataDir);
  const cached = cache.get(path);
  if (cached) return cached;
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: MunicipalityFeature[] };
  const areas = new Map<NisCode, number>();
  for (const f of collection.features) {
    const nis = asNisCode(f.properties.nis_code);
    areas.set(nis, (areas.get(nis) ?? 0) + geometryAreaKm2(f.geometry));
  }
  cache.set(path, areas);
  return areas;
}
