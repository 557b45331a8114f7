/**
 * Shared arcs of a polygon coverage (as TopoJSON does it): every ring is cut at the junctions, the
 * points where the neighbours on a border change, and equal pieces are stored once. A border of two
 * municipalities is then one arc, so simplifying arcs (never rings) cannot open gaps or slivers.
 */
import type { SourceFeature } from './source.js';

/** A ring as arcs: `arc` indexes `Topology.arcs`; `reversed` walks it backwards. */
export interface ArcRef {
  readonly arc: number;
  readonly reversed: boolean;
}

export interface TopoFeature {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
  /** polygons → rings (outer first) → arcs. */
  readonly polygons: readonly (readonly (readonly ArcRef[])[])[];
}

export interface Topology {
  /** Unique points, lon/lat. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Point indices of each arc; a closed arc (a ring without junctions) repeats its first point. */
  readonly arcs: readonly Int32Array[];
  /** Indices of the features that use each arc (one for an outer border, two for a shared border). */
  readonly arcUsers: readonly (readonly number[])[];
  readonly features: readonly TopoFeature[];
}

/** lon/lat with 5 decimals (the precision of the files) as one exact number. */
const pointKey = (lon: number, lat: number) => Math.round(lon * 1e5) * 1e8 + Math.round(lat * 1e5);

export function buildTopology(features: readonly SourceFeature[]): Topology {
  const index = new Map<number, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const toRing = (ring: readonly (readonly [number, number])[]): number[] => {
    const out: number[] = [];
    for (const [x, y] of ring) {
      const key = pointKey(x, y);
      let i = index.get(key);
      if (i === undefined) {
        i = lon.length;
        index.set(key, i);
        lon.push(x);
        lat.push(y);
      }
      if (out[out.length - 1] !== i) out.push(i);
    }
    if (out.length > 1 && out[0] === out[out.length - 1]) out.pop();
    return out;
  };
  const rings = features.map((f) => f.polygons.map((p) => p.map(toRing)));
  const junction = findJunctions(rings.flat(2), lon.length);
  const arcs = new ArcStore();
  const topoFeatures = features.map((f, fi) => ({
    nis: f.nis,
    name: f.name,
    province: f.province,
    polygons: (rings[fi] ?? []).map((polygon) => polygon.map((ring) => cutRing(ring, junction, arcs, fi))),
  }));
  return {
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    arcs: arcs.arcs,
    arcUsers: arcs.users,
    features: topoFeatures,
  };
}

/** A point is a junction where rings pass it with different neighbours (or a ring passes it twice). */
function findJunctions(rings: readonly number[][], pointCount: number): Uint8Array {
  const junction = new Uint8Array(pointCount);
  const seenA = new Int32Array(pointCount).fill(-1);
  const seenB = new Int32Array(pointCount).fill(-1);
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const p = ring[i] as number;
      const prev = ring[(i + n - 1) % n] as number;
      const next = ring[(i + 1) % n] as number;
      const a = Math.min(prev, next);
      const b = Math.max(prev, next);
      if (seenA[p] === -1) {
        seenA[p] = a;
        seenB[p] = b;
      } else if (seenA[p] !== a || seenB[p] !== b) {
        junction[p] = 1;
      }
    }
  }
  return junction;
}

function cutRing(ring: readonly number[], junction: Uint8Array, arcs: ArcStore, feature: number): ArcRef[] {
  const n = ring.length;
  const start = ring.findIndex((p) => junction[p] === 1);
  if (start < 0) return [arcs.addClosed(ring, feature)];
  const refs: ArcRef[] = [];
  let piece: number[] = [ring[start] as number];
  for (let k = 1; k <= n; k++) {
    const p = ring[(start + k) % n] as number;
    piece.push(p);
    if (junction[p] === 1) {
      refs.push(arcs.addOpen(piece, feature));
      piece = [p];
    }
  }
  return refs;
}

class ArcStore {
  readonly arcs: Int32Array[] = [];
  readonly users: number[][] = [];
  private readonly byEnds = new Map<string, number[]>();

  addOpen(points: readonly number[], feature: number): ArcRef {
    const first = points[0] as number;
    const last = points[points.length - 1] as number;
    const key = `${Math.min(first, last)}:${Math.max(first, last)}:${points.length}`;
    for (const id of this.byEnds.get(key) ?? []) {
      const arc = this.arcs[id] as Int32Array;
      if (sameSequence(arc, points, false)) return this.use(id, false, feature);
      if (sameSequence(arc, points, true)) return this.use(id, true, feature);
    }
    const id = this.push(Int32Array.from(points), feature);
    this.byEnds.set(key, [...(this.byEnds.get(key) ?? []), id]);
    return { arc: id, reversed: false };
  }

  /** A ring without junctions: rotated to start at its lowest point index, so equal rings meet. */
  addClosed(ring: readonly number[], feature: number): ArcRef {
    let low = 0;
    for (let i = 1; i < ring.length; i++) if ((ring[i] as number) < (ring[low] as number)) low = i;
    const rotated = [...ring.slice(low), ...ring.slice(0, low), ring[low] as number];
    return this.addOpen(rotated, feature);
  }

  private push(points: Int32Array, feature: number): number {
    this.arcs.push(points);
    this.users.push([feature]);
    return this.arcs.length - 1;
  }

  private use(id: number, reversed: boolean, feature: number): ArcRef {
    const users = this.users[id] as number[];
    if (!users.includes(feature)) users.push(feature);
    return { arc: id, reversed };
  }
}

function sameSequence(arc: Int32Array, points: readonly number[], reversed: boolean): boolean {
  const n = arc.length;
  for (let i = 0; i < n; i++) if (arc[i] !== points[reversed ? n - 1 - i : i]) return false;
  return true;
}
