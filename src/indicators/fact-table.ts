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

interface Compiled {
  readonly dims: readonly number[];
  readonly tests: readonly ((code: string) => boolean)[];
}

/** Stands for an absent filter in the memo of sums. */
const NONE = {};

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
    this.sums = undefined;
  }

  /** Adds every row of another table of the same dataset (e.g. the quarters of a year). */
  addAll(other: FactTable): void {
    for (const row of other.rows) this.rows.push(row);
    this.sums = undefined;
    if (other.provisional) this.provisional = true;
  }

  get size(): number {
    return this.rows.length;
  }

  /** The rows as plain arrays (codes then value), e.g. to store them with a release. */
  plainRows(): (string | number)[][] {
    return this.rows.map((r) => [...r.codes, r.value]);
  }

  private compile(filters: readonly (FactFilter | undefined)[]): Compiled {
    const dims: number[] = [];
    const tests: ((code: string) => boolean)[] = [];
    for (const f of filters) {
      if (!f) continue;
      for (const [dim, spec] of Object.entries(f)) {
        const i = this.index.get(dim);
        if (i === undefined) throw new Error(`dataset ${this.dataset.id} has no dimension ${dim}`);
        dims.push(i);
        tests.push(matcher(spec));
      }
    }
    return { dims, tests };
  }

  private matches(c: Compiled, row: FactRow): boolean {
    for (let k = 0; k < c.dims.length; k++)
      if (!(c.tests[k] as (code: string) => boolean)(row.codes[c.dims[k] as number] as string)) return false;
    return true;
  }

  /**
   * Sums asked with the same filter objects (a report asks for a table's total and each category's sum
   * by many indicators) are remembered per table; weakly, so the filters of a finished report go.
   */
  private sums: WeakMap<object, WeakMap<object, number>> | undefined;

  /** Sum of the counts matching every filter (AND). */
  sum(...filters: readonly (FactFilter | undefined)[]): number {
    if (filters.length > 2) return this.sumOf(filters);
    const a = filters[0] ?? NONE;
    const b = filters[1] ?? NONE;
    this.sums ??= new WeakMap();
    let inner = this.sums.get(a);
    const hit = inner?.get(b);
    if (hit !== undefined) return hit;
    const total = this.sumOf(filters);
    if (!inner) {
      inner = new WeakMap();
      this.sums.set(a, inner);
    }
    inner.set(b, total);
    return total;
  }

  private sumOf(filters: readonly (FactFilter | undefined)[]): number {
    const compiled = this.compile(filters);
    let total = 0;
    for (const row of this.rows) if (this.matches(compiled, row)) total += row.value;
    return total;
  }

  /** Count per code of one dimension, over the rows matching the filters. */
  sumBy(dimension: string, ...filters: readonly (FactFilter | undefined)[]): Map<string, number> {
    const i = this.index.get(dimension);
    if (i === undefined) throw new Error(`dataset ${this.dataset.id} has no dimension ${dimension}`);
    const compiled = this.compile(filters);
    const out = new Map<string, number>();
    for (const row of this.rows) {
      if (!this.matches(compiled, row)) continue;
      const code = row.codes[i] as string;
      out.set(code, (out.get(code) ?? 0) + row.value);
    }
    return out;
  }
}
