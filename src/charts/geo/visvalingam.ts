/**
 * Visvalingam–Whyatt weights: for every point of a line, the area of the triangle it forms with its
 * neighbours at the moment it would be removed (never less than that of a point removed before it).
 * Keeping the points whose weight is at least a threshold gives the simplified line at that
 * threshold; the end points (junctions) always stay.
 */

export function visvalingamWeights(points: Int32Array, x: Float64Array, y: Float64Array): Float64Array {
  const n = points.length;
  const weight = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  if (n < 3) return weight;
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    prev[i] = i - 1;
    next[i] = i + 1;
  }
  const area = (i: number): number => {
    const a = points[prev[i] as number] as number;
    const b = points[i] as number;
    const c = points[next[i] as number] as number;
    const ax = x[a] as number;
    const ay = y[a] as number;
    return (
      Math.abs(
        ((x[b] as number) - ax) * ((y[c] as number) - ay) - ((x[c] as number) - ax) * ((y[b] as number) - ay),
      ) / 2
    );
  };
  const heap = new MinHeap(n);
  for (let i = 1; i < n - 1; i++) heap.push(i, area(i));
  let floor = 0;
  while (heap.size > 0) {
    const i = heap.pop();
    const w = Math.max(heap.lastKey, floor);
    floor = w;
    weight[i] = w;
    const p = prev[i] as number;
    const q = next[i] as number;
    next[p] = q;
    prev[q] = p;
    if (p > 0) heap.update(p, area(p));
    if (q < n - 1) heap.update(q, area(q));
  }
  return weight;
}

/** A binary min-heap of point positions keyed by area, with decrease/increase-key. */
class MinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  private readonly slot: Int32Array;
  size = 0;
  lastKey = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.slot = new Int32Array(capacity).fill(-1);
  }

  push(item: number, key: number): void {
    this.keys[item] = key;
    this.items[this.size] = item;
    this.slot[item] = this.size;
    this.size++;
    this.up(this.size - 1);
  }

  pop(): number {
    const top = this.items[0] as number;
    this.lastKey = this.keys[top] as number;
    this.size--;
    this.slot[top] = -1;
    if (this.size > 0) {
      this.place(this.items[this.size] as number, 0);
      this.down(0);
    }
    return top;
  }

  update(item: number, key: number): void {
    const at = this.slot[item] as number;
    if (at < 0) return;
    this.keys[item] = key;
    this.up(at);
    this.down(this.slot[item] as number);
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka < kb || (ka === kb && a < b);
  }

  private place(item: number, at: number): void {
    this.items[at] = item;
    this.slot[item] = at;
  }

  private up(at: number): void {
    const item = this.items[at] as number;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const other = this.items[parent] as number;
      if (!this.less(item, other)) break;
      this.place(other, at);
      at = parent;
    }
    this.place(item, at);
  }

  private down(at: number): void {
    const item = this.items[at] as number;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.less(this.items[right] as number, this.items[child] as number))
        child = right;
      const other = this.items[child] as number;
      if (!this.less(other, item)) break;
      this.place(other, at);
      at = child;
    }
    this.place(item, at);
  }
}
