/**
 * Display geometry of one map (all municipalities of Flanders, or of one province): simplified on
 * shared arcs, fitted into a pixel frame and rounded to whole pixels, as GeoJSON for
 * `echarts.registerMap`. Built once per division and scope, then cached in memory.
 */
import { performance } from 'node:perf_hooks';
import type { Division } from '../../domain/division.js';
import { type PreparedGeometry, preparedGeometry } from './prepared.js';
import { type ArcFit, type Point, ringArea2, simplifyArc } from './simplify-arcs.js';
import type { ArcRef } from './topology.js';

export type MapScope = { readonly kind: 'region' } | { readonly kind: 'province'; readonly nis: string };

/** GeoJSON as ECharts reads it: y is negated (ECharts flips latitude), so the map is north up. */
export interface MapGeoJson {
  readonly type: 'FeatureCollection';
  readonly features: readonly {
    readonly type: 'Feature';
    readonly properties: { readonly name: string };
    readonly geometry: { readonly type: 'MultiPolygon'; readonly coordinates: Point[][][] };
  }[];
}

export interface DisplayMap {
  /** Name of the municipalities map (`gemeenten-2025-vlaanderen`, `gemeenten-2025-10000`). */
  readonly name: string;
  /** Name of the frame map: one rectangle with the same bounds, the coordinate system of overlays. */
  readonly frameName: string;
  readonly division: Division;
  readonly scope: MapScope;
  /** Size of the map in pixels: drawn at exactly this size, every coordinate is a whole pixel. */
  readonly width: number;
  readonly height: number;
  readonly municipalities: readonly { readonly nis: string; readonly name: string }[];
  readonly geoJson: MapGeoJson;
  readonly frameGeoJson: MapGeoJson;
  /** Borders between provinces as polylines in map coordinates (empty on a province map). */
  readonly provinceBorders: readonly Point[][];
  readonly builtInMs: number;
}

/** Frame and simplification of the two kinds of map (tuned for the page budget, see docs/charts.md). */
export const MAP_FRAMES = {
  region: { width: 780, height: 330, minArea: 5 },
  province: { width: 560, height: 400, minArea: 3 },
} as const;

const cache = new Map<string, DisplayMap>();

export function displayMap(division: Division, scope: MapScope): DisplayMap {
  const key = `${division}:${scope.kind === 'region' ? 'vlaanderen' : scope.nis}`;
  let map = cache.get(key);
  if (!map) {
    map = buildDisplayMap(preparedGeometry(division), scope);
    cache.set(key, map);
  }
  return map;
}

/** The rings of one municipality in map coordinates (for drawing its outline over the map). */
export function municipalityRings(map: DisplayMap, nis: string): Point[][] {
  const feature = map.geoJson.features.find((f) => f.properties.name === nis);
  return feature ? feature.geometry.coordinates.flat() : [];
}

export function buildDisplayMap(geometry: PreparedGeometry, scope: MapScope): DisplayMap {
  const started = performance.now();
  const features = geometry.topology.features.filter(
    (f) => scope.kind === 'region' || f.province === scope.nis,
  );
  if (features.length === 0) throw new Error(`no municipalities in ${JSON.stringify(scope)}`);
  const frame = MAP_FRAMES[scope.kind];
  const fit = fitFrame(
    geometry,
    features.flatMap((f) => f.polygons.flat(2)),
    frame,
  );
  const arcCache = new Map<number, Point[]>();
  const forced = new Set<number>();
  const arcPoints = (arc: number) => {
    let pts = arcCache.get(arc);
    if (!pts) {
      pts = simplifyArc(geometry, arc, fit, forced.has(arc));
      arcCache.set(arc, pts);
    }
    return pts;
  };
  const assemble = (refs: readonly ArcRef[]) => ringOf(refs, arcPoints);
  // A ring that collapsed at the threshold gets all points of its arcs (on both sides of them).
  for (const refs of features.flatMap((f) => f.polygons.flat())) {
    if (isDegenerate(assemble(refs))) {
      for (const r of refs) {
        forced.add(r.arc);
        arcCache.delete(r.arc);
      }
    }
  }
  const unshifted = features.map((f) => toMultiPolygon(f.polygons.map((p) => p.map(assemble))));
  // Bounds of what is drawn (after dropping degenerate rings), so the frame map matches exactly.
  const [minX, minY, maxX, maxY] = bounds(unshifted.flat(3));
  const shift = (ring: Point[]): Point[] => ring.map(([px, py]) => [px - minX, -(py - minY)]);
  const coordinates = unshifted.map((polygons) => polygons.map((rings) => rings.map(shift)));
  const width = maxX - minX;
  const height = maxY - minY;
  const suffix = scope.kind === 'region' ? 'vlaanderen' : scope.nis;
  const name = `gemeenten-${geometry.division}-${suffix}`;
  return {
    name,
    frameName: `${name}-kader`,
    division: geometry.division,
    scope,
    width,
    height,
    municipalities: features.map((f) => ({ nis: f.nis, name: f.name })),
    geoJson: featureCollection(features.map((f, i) => [f.nis, coordinates[i] ?? []])),
    frameGeoJson: featureCollection([
      [
        'kader',
        [
          [
            [
              [0, 0],
              [width, 0],
              [width, -height],
              [0, -height],
              [0, 0],
            ],
          ],
        ],
      ],
    ]),
    provinceBorders:
      scope.kind === 'region' ? provinceBorders(geometry, arcPoints).map((line) => shift(line)) : [],
    builtInMs: performance.now() - started,
  };
}

function fitFrame(
  geometry: PreparedGeometry,
  refs: readonly ArcRef[],
  frame: { width: number; height: number; minArea: number },
): ArcFit {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { arc } of refs) {
    for (const p of geometry.topology.arcs[arc] as Int32Array) {
      const x = geometry.x[p] as number;
      const y = geometry.y[p] as number;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  const scale = Math.min(frame.width / (x1 - x0), frame.height / (y1 - y0));
  return { x0, y0, scale, threshold: frame.minArea / (scale * scale) };
}

/** A ring from its arcs, without the closing point. */
function ringOf(refs: readonly ArcRef[], arcPoints: (arc: number) => Point[]): Point[] {
  const ring: Point[] = [];
  for (const { arc, reversed } of refs) {
    const pts = arcPoints(arc);
    const ordered = reversed ? [...pts].reverse() : pts;
    ring.push(...(ring.length === 0 ? ordered : ordered.slice(1)));
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
  return withoutSpikes(ring);
}

/**
 * Drops the tip of every spike (a → b → a), left where a narrow strip was simplified to a line: it
 * has no area, and the neighbours on both sides of the strip then share that line directly.
 */
function withoutSpikes(ring: Point[]): Point[] {
  const same = (a: Point | undefined, b: Point | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
  const out = [...ring];
  for (let changed = true; changed && out.length >= 3; ) {
    changed = false;
    for (let i = 0; i < out.length && out.length >= 3; i++) {
      const prev = out[(i + out.length - 1) % out.length];
      const next = out[(i + 1) % out.length];
      if (same(prev, next) || same(prev, out[i])) {
        out.splice(i, 1);
        changed = true;
      }
    }
  }
  return out;
}

function isDegenerate(ring: readonly Point[]): boolean {
  return ring.length < 3 || ringArea2(ring) === 0;
}

/**
 * Rings → GeoJSON polygons (closed rings): degenerate rings left out, holes wound against their
 * outer ring (the fill rule is non-zero). Flipping y later mirrors both alike.
 */
function toMultiPolygon(polygons: Point[][][]): Point[][][] {
  const out: Point[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings;
    if (!outer || isDegenerate(outer)) continue;
    const sign = Math.sign(ringArea2(outer));
    const closed = [outer, ...holes.filter((h) => !isDegenerate(h))].map((ring, i) => {
      const oriented = i > 0 && Math.sign(ringArea2(ring)) === sign ? [...ring].reverse() : ring;
      return [...oriented, oriented[0] as Point];
    });
    out.push(closed);
  }
  return out;
}

function bounds(points: readonly Point[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points)
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

function featureCollection(items: readonly [string, Point[][][]][]): MapGeoJson {
  return {
    type: 'FeatureCollection',
    features: items.map(([name, coordinates]) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'MultiPolygon', coordinates },
    })),
  };
}

/** Arcs between municipalities of different provinces, joined into as few polylines as possible. */
function provinceBorders(geometry: PreparedGeometry, arcPoints: (arc: number) => Point[]): Point[][] {
  const { arcUsers, features } = geometry.topology;
  const lines: Point[][] = [];
  arcUsers.forEach((users, arc) => {
    const [a, b] = users;
    if (a === undefined || b === undefined) return;
    if (features[a]?.province !== features[b]?.province) lines.push(arcPoints(arc));
  });
  return joinLines(lines);
}

function joinLines(lines: Point[][]): Point[][] {
  const key = (p: Point) => `${p[0]},${p[1]}`;
  const pending = [...lines];
  const out: Point[][] = [];
  while (pending.length > 0) {
    let line = pending.shift() as Point[];
    for (let joined = true; joined; ) {
      joined = false;
      for (let i = 0; i < pending.length; i++) {
        const other = pending[i] as Point[];
        const [head, tail] = [key(line[0] as Point), key(line[line.length - 1] as Point)];
        const [oHead, oTail] = [key(other[0] as Point), key(other[other.length - 1] as Point)];
        if (tail === oHead) line = [...line, ...other.slice(1)];
        else if (tail === oTail) line = [...line, ...[...other].reverse().slice(1)];
        else if (head === oTail) line = [...other, ...line.slice(1)];
        else if (head === oHead) line = [...[...other].reverse(), ...line.slice(1)];
        else continue;
        pending.splice(i, 1);
        joined = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}
