/** Reads the municipality boundaries of a division (data/geo, WGS84 lon/lat) as plain rings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Division } from '../../domain/division.js';
import { DEFAULT_DATA_DIR } from '../../geo/index.js';

export type LonLat = readonly [number, number];
/** A closed ring: first point repeated at the end, as in GeoJSON. */
export type Ring = readonly LonLat[];
/** Outer ring first, then holes. */
export type PolygonRings = readonly Ring[];

export interface SourceFeature {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
  readonly polygons: readonly PolygonRings[];
}

interface GeoJsonFeature {
  properties: Record<string, unknown>;
  geometry:
    | { type: 'Polygon'; coordinates: [number, number][][] }
    | { type: 'MultiPolygon'; coordinates: [number, number][][][] };
}

export function municipalityGeojsonFile(division: Division, dataDir = DEFAULT_DATA_DIR): string {
  const suffix = division === '2025' ? '2025' : '2019_2024';
  return join(dataDir, 'geo', `municipalities_${suffix}.geojson`);
}

/** The municipalities of Flanders in one division, in NIS-code order. */
export function readMunicipalities(division: Division, dataDir = DEFAULT_DATA_DIR): SourceFeature[] {
  const json = JSON.parse(readFileSync(municipalityGeojsonFile(division, dataDir), 'utf8')) as {
    features: GeoJsonFeature[];
  };
  return json.features
    .map((f) => ({
      nis: String(f.properties.nis_code),
      name: String(f.properties.name_nl),
      province: String(f.properties.province_nis),
      polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    }))
    .sort((a, b) => (a.nis < b.nis ? -1 : a.nis > b.nis ? 1 : 0));
}
