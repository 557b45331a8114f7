/**
 * A deterministic product-sized problem: region → 5 provinces → municipalities, 13 merged (2025)
 * municipalities over 2–3 former ones, and the province again as the sum of the 2025 division;
 * categories plus a total per area; ~15% small counts and some zeros.
 */
import type { DisclosureProblem, Relation } from '../../../src/indicators/disclosure/index.js';
import { areaTable, cellId } from './tables.js';

export interface SyntheticOptions {
  readonly municipalitiesPerProvince?: number;
  readonly categories?: number;
  readonly threshold?: number;
  readonly smallShare?: number;
  /** The first `rareCategories` categories are nearly empty (3% small counts), so even provinces are small. */
  readonly rareCategories?: number;
  /** Publish every area's total column elsewhere (like open population totals). */
  readonly publishTotals?: boolean;
  readonly seed?: number;
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticProblem(options: SyntheticOptions = {}): DisclosureProblem {
  const perProvince = options.municipalitiesPerProvince ?? 126;
  const threshold = options.threshold ?? 5;
  const smallShare = options.smallShare ?? 0.15;
  const rnd = random(options.seed ?? 2025);
  const categories = Array.from({ length: options.categories ?? 20 }, (_, i) => `k${i}`);
  const provinces = Array.from({ length: 5 }, (_, p) => ({
    id: `P${p}`,
    children: Array.from({ length: perProvince }, (_, m) => ({ id: `P${p}M${m}` })),
  }));
  const merged: { id: string; members: string[] }[] = [];
  const mergedMembers = new Set<string>();
  for (let k = 0; k < 13; k++) {
    const province = provinces[k % 5] as (typeof provinces)[number];
    const size = 2 + (k % 2);
    const start = 3 * Math.floor(k / 5) * 3;
    const members = province.children.slice(start, start + size).map((c) => c.id);
    for (const m of members) mergedMembers.add(m);
    merged.push({ id: `N${k}`, members });
  }
  const rare = new Set(categories.slice(0, options.rareCategories ?? 0));
  const value = (category: string) => {
    const u = rnd();
    if (rare.has(category)) return u < 0.03 ? 1 + Math.floor(rnd() * (threshold - 1)) : 0;
    if (u < smallShare) return 1 + Math.floor(rnd() * (threshold - 1));
    if (u < smallShare + 0.1) return 0;
    return threshold + Math.floor(2000 * rnd() ** 3);
  };
  const leaf = new Map<string, number>();
  const problem = areaTable({
    roots: [{ id: 'VG', children: provinces }],
    categories,
    leafValue: (area, c) => {
      const key = cellId(area, c);
      if (!leaf.has(key)) leaf.set(key, value(c));
      return leaf.get(key) as number;
    },
    merged,
    threshold,
    published: (id) => options.publishTotals === true && id.endsWith('/total'),
  });
  // The 2025 division: province = unchanged municipalities + merged ones (implied, yet published too).
  const division2025: Relation[] = provinces.flatMap((p) =>
    [...categories, 'total'].map((c) => ({
      total: cellId(p.id, c),
      parts: [
        ...p.children.filter((m) => !mergedMembers.has(m.id)).map((m) => cellId(m.id, c)),
        ...merged.filter((m) => m.members[0]?.startsWith(`${p.id}M`)).map((m) => cellId(m.id, c)),
      ],
    })),
  );
  return { ...problem, relations: [...problem.relations, ...division2025] };
}
