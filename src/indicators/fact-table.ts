/**
 * The facts of one dataset for one area and period: rows of dimension codes with a count.
 * Small (at most a few thousand rows), so sums are plain loops.
 */
import type { Dataset } from './dataset.js';

/** A filter per dimension: one code, a list of codes, or an age range (inclusive). */
export type DimensionFilter =
  | string
  | readonly string[]
  | { readonly except: readonly string[] }
  | { readonly from: number; readonly to?: number };
export type FactFilter = Readonly<Record<string, DimensionFilter>>;

interface FactRow {
  readonly codes: readonly string[];
  readonly value: number;
}

function matcher(filter: DimensionFilter): (code: string) => boolean {
  if (typeof filter === 'string') return (code) => code === filter;
  if (Array.isArray(filter)) {
    const set = new Set(filter as readonly string[]);
    return (code) => set.has(code);
  }
  if ('except' in filter) {
    const set = new Set(filter.except);
    return (code) => !set.has(code);
  }
  const { from, to } = filter as { from: number; to?: number };
  return (code) => {
    const n = Number(code);
    return n >= from && (to === undefined || n <= to);
  };
}

export class FactTable {
  private readonly rows: FactRow[] = [];
  private readonly index: ReadonlyMap<string, number>;
  /** True when any fact of this table comes from a provisional delivery. */
  provisional = false;

  constructor(readonly dataset: Dataset) {
    this.index = new Map(dataset.dimensions.map((d, i) => [d.name, i]));
  }

  add(codes: readonly string[], value: number): void {
    this.rows.push({ codes, value });
  }

  /** Adds every row of another table of the same dataset (e.g. the quarters of a year). */
  addAll(other: FactTable): void {
    for (const row of other.rows) this.rows.push(row);
    if (other.provisional) this.provisional = true;
  }

  get size(): number {
    return this.rows.length;
  }

  private compile(filters: readonly (FactFilter | undefined)[]): ((row: FactRow) => boolean)[] {
    const tests: ((row: FactRow) => boolean)[] = [];
    for (const f of filters) {
      if (!f) continue;
      for (const [dim, spec] of Object.entries(f)) {
        const i = this.index.get(dim);
        if (i === undefined) throw new Error(`dataset ${this.dataset.id} has no dimension ${dim}`);
        const test = matcher(spec);
        tests.push((row) => test(row.codes[i] as string));
      }
    }
    return tests;
  }

  /** Sum of the counts matching every filter (AND). */
  sum(...filters: readonly (FactFilter | undefined)[]): number {
    const tests = this.compile(filters);
    let total = 0;
    for (const row of this.rows) if (tests.every((t) => t(row))) total += row.value;
    return total;
  }

  /** Count per code of one dimension, over the rows matching the filters. */
  sumBy(dimension: string, ...filters: readonly (FactFilter | undefined)[]): Map<string, number> {
    const i = this.index.get(dimension);
    if (i === undefined) throw new Error(`dataset ${this.dataset.id} has no dimension ${dimension}`);
    const tests = this.compile(filters);
    const out = new Map<string, number>();
    for (const row of this.rows) {
      if (!tests.every((t) => t(row))) continue;
      const code = row.codes[i] as string;
      out.set(code, (out.get(code) ?? 0) + row.value);
    }
    return out;
  }
}
