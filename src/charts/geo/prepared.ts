/**
 * The geometry of a division, prepared once per process: read, cut into shared arcs, projected
 * (Lambert 72-like), and every arc point weighted for simplification. Per map only a threshold,
 * a fit and rounding remain (see display-map.ts).
 */
import { performance } from 'node:perf_hooks';
import type { Division } from '../../domain/division.js';
import { projectPoints } from './projection.js';
import { readMunicipalities, type SourceFeature } from './source.js';
import { buildTopology, type Topology } from './topology.js';
import { visvalingamWeights } from './visvalingam.js';

export interface PreparedGeometry {
  readonly division: Division;
  readonly topology: Topology;
  /** Projected coordinates of `topology` points (metres, y down). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Visvalingam weight (m²) of every point of every arc. */
  readonly weights: readonly Float64Array[];
  /** How long topology, projection and weights took (reading the file not included), in ms. */
  readonly preparedInMs: number;
}

const cache = new Map<Division, PreparedGeometry>();

export function preparedGeometry(division: Division): PreparedGeometry {
  let prepared = cache.get(division);
  if (!prepared) {
    prepared = prepareGeometry(division, readMunicipalities(division));
    cache.set(division, prepared);
  }
  return prepared;
}

/** Prepares any set of features (the cached division geometry, or a small one in a test). */
export function prepareGeometry(division: Division, features: readonly SourceFeature[]): PreparedGeometry {
  const started = performance.now();
  const topology = buildTopology(features);
  const { x, y } = projectPoints(topology.lon, topology.lat);
  const weights = topology.arcs.map((arc) => visvalingamWeights(arc, x, y));
  return { division, topology, x, y, weights, preparedInMs: performance.now() - started };
}
