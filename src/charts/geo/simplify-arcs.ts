/**
 * One map's arcs: the points of each arc kept at a Visvalingam threshold, scaled to pixels and
 * rounded to whole pixels. Points closer than one pixel to the previous kept point are dropped.
 * Every arc is done once, so neighbours keep sharing exactly the same border.
 */
import type { PreparedGeometry } from './prepared.js';

export type Point = [number, number];

export interface ArcFit {
  /** Projected x/y of the top-left corner, and pixels per metre. */
  readonly x0: number;
  readonly y0: number;
  readonly scale: number;
  /** Visvalingam threshold in m² (the pixel threshold divided by scale²). */
  readonly threshold: number;
}

export function simplifyArc(geometry: PreparedGeometry, arc: number, fit: ArcFit, keepAll: boolean): Point[] {
  const points = geometry.topology.arcs[arc] as Int32Array;
  const weights = geometry.weights[arc] as Float64Array;
  const n = points.length;
  const pixel = (i: number): Point => {
    const p = points[i] as number;
    return [
      Math.round(((geometry.x[p] as number) - fit.x0) * fit.scale),
      Math.round(((geometry.y[p] as number) - fit.y0) * fit.scale),
    ];
  };
  const out: Point[] = [pixel(0)];
  const end = pixel(n - 1);
  for (let i = 1; i < n - 1; i++) {
    if (!keepAll && (weights[i] as number) < fit.threshold) continue;
    const p = pixel(i);
    const last = out[out.length - 1] as Point;
    if (Math.abs(p[0] - last[0]) <= 1 && Math.abs(p[1] - last[1]) <= 1) continue;
    if (Math.abs(p[0] - end[0]) <= 1 && Math.abs(p[1] - end[1]) <= 1) continue;
    out.push(p);
  }
  out.push(end);
  return out;
}

/** Twice the signed area of a ring (first point not repeated); 0 for a degenerate ring. */
export function ringArea2(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Point;
    const b = ring[(i + 1) % ring.length] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}
