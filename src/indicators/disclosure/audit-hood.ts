/**
 * Auditor: the unknowns around one unknown, nearest first, for the local LPs (audit-proof.ts). Crossing
 * an equation costs its number of unknowns, so the small equations that tie a cell to its own breakdowns
 * and quarters come before long lists of areas; ties go to the lower index, so the order is fixed.
 */
import type { LocalSystem } from './audit-local.js';

/** Up to `size` unknowns nearest to j, j first. */
export function nearestUnknowns(s: LocalSystem, j: number, size: number): number[] {
  const distance = new Map<number, number>([[j, 0]]);
  const done = new Set<number>();
  const order: number[] = [];
  // Binary heap of [distance, unknown] pairs, flattened.
  const heap: [number, number][] = [[0, j]];
  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  while (order.length < size && heap.length > 0) {
    const top = heap[0] as [number, number];
    const last = heap.pop() as [number, number];
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        let m = i;
        if (l < heap.length && before(heap[l] as [number, number], heap[m] as [number, number])) m = l;
        if (l + 1 < heap.length && before(heap[l + 1] as [number, number], heap[m] as [number, number]))
          m = l + 1;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m] as [number, number], heap[i] as [number, number]];
        i = m;
      }
    }
    const [du, u] = top;
    if (done.has(u)) continue;
    done.add(u);
    order.push(u);
    for (const e of s.equationsOf[u] ?? []) {
      const terms = s.equations[e]?.terms ?? [];
      for (const [w] of terms) {
        const dw = du + terms.length;
        if (done.has(w) || dw >= (distance.get(w) ?? Number.POSITIVE_INFINITY)) continue;
        distance.set(w, dw);
        heap.push([dw, w]);
        for (let i = heap.length - 1; i > 0; ) {
          const up = (i - 1) >> 1;
          if (!before(heap[i] as [number, number], heap[up] as [number, number])) break;
          [heap[i], heap[up]] = [heap[up] as [number, number], heap[i] as [number, number]];
          i = up;
        }
      }
    }
  }
  return order;
}
