/**
 * Suppression engine: the cells around one cell that an LP cover (engine-lp-cover.ts) lets move. Nearest
 * first, where crossing a relation costs its number of cells, so the small relations that tie a cell to
 * its own breakdowns, quarters and merged areas come before long lists of municipalities. Cells that
 * cannot move are left out; so is any cell that would be alone among the moving cells of one of its
 * relations (the others keep their true values, so it could not move either), repeatedly.
 */
import type { IndexedProblem } from './engine-index.js';

/**
 * Up to `size` movable cells nearest to `start`, `start` first; undefined when `start` itself cannot
 * move within them.
 */
export function neighbourhood(
  p: IndexedProblem,
  start: number,
  size: number,
  movable: (cell: number) => boolean,
): number[] | undefined {
  const chosen = nearest(p, start, size, movable);
  const inside = new Set(chosen);
  const count = new Map<number, number>();
  for (const c of chosen) for (const r of p.cellRels[c] as number[]) count.set(r, (count.get(r) ?? 0) + 1);
  const lone = [...count].filter(([, k]) => k === 1).map(([r]) => r);
  while (lone.length > 0) {
    const r = lone.pop() as number;
    if (count.get(r) !== 1) continue;
    const c = (p.relCells[r] as Int32Array).find((x) => inside.has(x)) as number;
    if (c === start) return undefined;
    inside.delete(c);
    for (const r2 of p.cellRels[c] as number[]) {
      const k = (count.get(r2) as number) - 1;
      count.set(r2, k);
      if (k === 1) lone.push(r2);
    }
  }
  return chosen.filter((c) => inside.has(c));
}

/** Dijkstra over cells, with a binary heap of [distance, cell]. */
function nearest(
  p: IndexedProblem,
  start: number,
  size: number,
  movable: (cell: number) => boolean,
): number[] {
  const distance = new Map<number, number>([[start, 0]]);
  const done = new Set<number>();
  const order: number[] = [];
  const heap = new MinHeap();
  heap.push(0, start);
  while (order.length < size && heap.size > 0) {
    const [d, c] = heap.pop();
    if (done.has(c)) continue;
    done.add(c);
    order.push(c);
    for (const r of p.cellRels[c] as number[]) {
      const cells = p.relCells[r] as Int32Array;
      const dc = d + cells.length;
      for (const x of cells) {
        if (done.has(x) || !movable(x) || dc >= (distance.get(x) ?? Number.POSITIVE_INFINITY)) continue;
        distance.set(x, dc);
        heap.push(dc, x);
      }
    }
  }
  return order;
}

class MinHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, item: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.items.push(item);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.less(i, up)) break;
      this.swap(i, up);
      i = up;
    }
  }

  /** Smallest key first; ties by item, so the order is deterministic. */
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0] as number, this.items[0] as number];
    const lastKey = this.keys.pop() as number;
    const lastItem = this.items.pop() as number;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.items[0] = lastItem;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka < kb || (ka === kb && (this.items[a] as number) < (this.items[b] as number));
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
    [this.items[a], this.items[b]] = [this.items[b] as number, this.items[a] as number];
  }
}
