/**
 * Map geometry by name: the option of a choropleth refers to its maps by name only, so the server
 * registers them here before rendering, and the browser fetches the same GeoJSON by name.
 */
import { isDivision } from '../domain/division.js';
import { echarts } from './echarts-setup.js';
import { type DisplayMap, displayMap, type MapGeoJson } from './geo/display-map.js';

const NAME = /^gemeenten-(2019-2024|2025)-(vlaanderen|\d{5})(-kader)?$/;

/** The display map a map name belongs to (the municipalities or their frame), null for an unknown name. */
export function displayMapByName(name: string): DisplayMap | null {
  const m = NAME.exec(name);
  const division = m?.[1];
  if (!m || !division || !isDivision(division)) return null;
  const place = m[2] as string;
  return displayMap(division, place === 'vlaanderen' ? { kind: 'region' } : { kind: 'province', nis: place });
}

/** The GeoJSON registered under a map name (for the browser: `echarts.registerMap(name, json)`). */
export function mapGeoJson(name: string): MapGeoJson | null {
  const map = displayMapByName(name);
  if (!map) return null;
  return name === map.frameName ? map.frameGeoJson : map.geoJson;
}

const registered = new Set<string>();

/** Registers the named maps with the server's ECharts once. */
export function registerMaps(names: readonly string[]): void {
  for (const name of names) {
    if (registered.has(name)) continue;
    const json = mapGeoJson(name);
    if (!json) throw new Error(`unknown map ${name}`);
    echarts.registerMap(name, json as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.add(name);
  }
}

/** Names of the maps an option draws (`series[].map`, `geo[].map`). */
export function mapsOfOption(option: { series?: unknown; geo?: unknown }): string[] {
  const items = [option.series, option.geo].flatMap((x) => (Array.isArray(x) ? x : x ? [x] : []));
  return [...new Set(items.flatMap((item) => (typeof item?.map === 'string' ? [item.map as string] : [])))];
}
