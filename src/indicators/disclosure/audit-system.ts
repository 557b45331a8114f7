/**
 * The attacker's linear system for the auditor: each relation with the known cells substituted, and the
 * unknowns grouped into independent components (unknowns linked by a shared relation).
 */
import type { LpConstraint } from './lp.js';
import type { Relation } from './types.js';

export interface AttackerSystem {
  /** Equations over unknown indices: Σ coef·x = rhs. */
  readonly equations: readonly LpConstraint[];
  /** Unknown indices per component, each ascending; components ordered by their first unknown. */
  readonly components: readonly (readonly number[])[];
}

/**
 * `unknownIndex` maps suppressed ids to 0..k−1; every other cell's value is known. Throws when a relation
 * names an unknown cell id or does not hold on the true values (the attacker's system would be wrong).
 */
export function attackerSystem(
  relations: readonly Relation[],
  values: ReadonlyMap<string, number>,
  unknownIndex: ReadonlyMap<string, number>,
): AttackerSystem {
  const equations: LpConstraint[] = [];
  const parent = Array.from({ length: unknownIndex.size }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  relations.forEach((relation, r) => {
    const coef = new Map<string, number>();
    coef.set(relation.total, 1);
    for (const part of relation.parts) coef.set(part, (coef.get(part) ?? 0) - 1);
    let truth = 0;
    let rhs = 0;
    const terms: [number, number][] = [];
    for (const [id, c] of coef) {
      const value = values.get(id);
      if (value === undefined) throw new Error(`audit: relation ${r} names unknown cell ${id}`);
      truth += c * value;
      const u = unknownIndex.get(id);
      if (c === 0) continue;
      if (u === undefined) rhs -= c * value;
      else terms.push([u, c]);
    }
    if (truth !== 0) throw new Error(`audit: relation ${r} (total ${relation.total}) does not add up`);
    if (terms.length === 0) return;
    equations.push({ terms, sense: '=', rhs });
    const [first] = terms[0] as [number, number];
    for (const [u] of terms) parent[find(u)] = find(first);
  });
  const byRoot = new Map<number, number[]>();
  for (let u = 0; u < parent.length; u++) {
    const root = find(u);
    const list = byRoot.get(root);
    if (list) list.push(u);
    else byRoot.set(root, [u]);
  }
  return { equations, components: [...byRoot.values()] };
}
