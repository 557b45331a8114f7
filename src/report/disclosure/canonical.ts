/**
 * Canonical keys of published counts: a count is the sum of a dataset's facts over a set of codes per
 * dimension. Two indicators that publish the same sum get the same key, so one suppression decision
 * holds for every output; sums of sums become exact linear relations for the auditor.
 */
import type { CatalogFilter } from '../../indicators/catalog-schema.js';
import type { Dataset } from '../../indicators/dataset.js';

/** Per dimension: undefined = all codes, else the sorted codes that count. */
export type CodeSets = ReadonlyArray<readonly string[] | undefined>;

/** Stands for an absent filter in the memo of code sets. */
const NONE = {};

export class KeySpace {
  /** Codes present in the data per dimension (complements and "all" are taken relative to these). */
  constructor(
    readonly dataset: Dataset,
    readonly present: readonly (readonly string[])[],
  ) {}

  /** Code sets asked with the same filter objects again (every area and period of a block), remembered. */
  private readonly memo = new WeakMap<object, WeakMap<object, CodeSets | null>>();

  /** The code sets of the conjunction of filters, or undefined when a filter has no numeric meaning here. */
  codeSets(...filters: readonly (CatalogFilter | undefined)[]): CodeSets | undefined {
    if (filters.length > 2) return this.compute(filters);
    const a = filters[0] ?? NONE;
    const b = filters[1] ?? NONE;
    let inner = this.memo.get(a);
    const hit = inner?.get(b);
    if (hit !== undefined) return hit ?? undefined;
    const sets = this.compute(filters);
    if (!inner) {
      inner = new WeakMap();
      this.memo.set(a, inner);
    }
    inner.set(b, sets ?? null);
    return sets;
  }

  private compute(filters: readonly (CatalogFilter | undefined)[]): CodeSets | undefined {
    const sets: (string[] | undefined)[] = this.dataset.dimensions.map(() => undefined);
    for (const f of filters) {
      for (const [dim, spec] of Object.entries(f ?? {})) {
        const i = this.dataset.dimensions.findIndex((d) => d.name === dim);
        const present = this.present[i] ?? [];
        if (i < 0) return undefined;
        let codes: string[];
        if (typeof spec === 'string') codes = [spec];
        else if (Array.isArray(spec)) codes = [...spec];
        else if ('except' in spec) codes = present.filter((c) => !spec.except.includes(c));
        else return undefined; // numeric ranges: only on the open population data, which has no threshold
        const current = sets[i];
        sets[i] = (current ?? present).filter((c) => codes.includes(c));
      }
    }
    return sets.map((s, i) => {
      if (!s) return undefined;
      const present = this.present[i] ?? [];
      const kept = [...new Set(s.filter((c) => present.includes(c)))].sort();
      return kept.length === present.length ? undefined : kept;
    });
  }

  key(sets: CodeSets): string {
    return sets.map((s) => (s ? s.join(',') : '*')).join('|');
  }

  /** The same sets with dimension i narrowed to one code. */
  refine(sets: CodeSets, i: number, code: string): CodeSets {
    return sets.map((s, j) => (j === i ? [code] : s));
  }

  /** The codes dimension i ranges over in these sets. */
  codesOn(sets: CodeSets, i: number): readonly string[] {
    return sets[i] ?? this.present[i] ?? [];
  }

  /** The filter that sums exactly these code sets. */
  filterOf(sets: CodeSets): CatalogFilter {
    const f: Record<string, string[]> = {};
    sets.forEach((s, i) => {
      const dim = this.dataset.dimensions[i];
      if (s && dim) f[dim.name] = s.length > 0 ? [...s] : ['\u0000none'];
    });
    return f;
  }
}
