/**
 * Independent auditor: what can an attacker derive about each suppressed cell from everything published?
 * Known: every other cell, every relation, primary cells in 1..T−1, secondary cells ≥ T (the published
 * policy). Per component of linked unknowns it computes each unknown's exact range over the LP relaxation;
 * a range narrower than 1 means recoverable (a determined value, or a primary cell proven to lie in an
 * interval of width < 1). It deliberately shares no code with the suppression engine (only types), so a
 * bug there cannot hide itself here.
 */
import { attackerSystem } from './audit-system.js';
import { type LpConstraint, LpSolver } from './lp.js';
import type { AuditResult, CellRange, DisclosureProblem, SuppressionKind } from './types.js';

/** A range narrower than this (1 minus float noise) pins the value down. */
const RECOVERABLE_BELOW = 1 - 1e-6;
/** LP optima this close to a whole number are that number (float noise). */
const SNAP = 1e-6;

export function auditSuppression(
  problem: DisclosureProblem,
  suppressed: ReadonlyMap<string, SuppressionKind>,
): AuditResult {
  const threshold = problem.threshold;
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`audit: bad threshold ${threshold}`);
  const values = new Map<string, number>();
  for (const cell of problem.cells) {
    if (values.has(cell.id)) throw new Error(`audit: duplicate cell ${cell.id}`);
    if (!Number.isInteger(cell.value) || cell.value < 0) throw new Error(`audit: bad value of ${cell.id}`);
    values.set(cell.id, cell.value);
  }
  for (const id of suppressed.keys()) if (!values.has(id)) throw new Error(`audit: unknown cell ${id}`);

  const ranges = new Map<string, CellRange>();
  const unknownIds: string[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (const cell of problem.cells) {
    const kind = suppressed.get(cell.id);
    if (kind === undefined) continue;
    if (problem.published?.has(cell.id)) {
      // Published elsewhere: suppressing it here hides nothing.
      ranges.set(cell.id, { id: cell.id, min: cell.value, max: cell.value });
      continue;
    }
    const [lo, hi] = attackerBounds(cell.id, cell.value, kind, threshold);
    unknownIds.push(cell.id);
    lower.push(lo);
    upper.push(hi);
  }
  const unknownIndex = new Map(unknownIds.map((id, i) => [id, i]));
  const system = attackerSystem(problem.relations, values, unknownIndex);
  const equationsOf = groupEquations(system.equations, system.components);
  system.components.forEach((component, k) => {
    const local = new Map(component.map((u, j) => [u, j]));
    const solver = new LpSolver({
      variables: component.length,
      constraints: (equationsOf[k] ?? []).map((e) => ({
        ...e,
        terms: e.terms.map(([u, c]) => [local.get(u) as number, c] as const),
      })),
      lower: component.map((u) => lower[u] as number),
      upper: component.map((u) => upper[u] as number),
    });
    if (!solver.feasible) throw new Error('audit: the attacker system has no solution (inconsistent input)');
    component.forEach((u, j) => {
      const objective = component.map((_, i) => (i === j ? 1 : 0));
      const min = solver.minimize(objective);
      const max = solver.maximize(objective);
      const id = unknownIds[u] as string;
      ranges.set(id, {
        id,
        min: min.status === 'optimal' ? snap(min.objective) : Number.NEGATIVE_INFINITY,
        max: max.status === 'optimal' ? snap(max.objective) : Number.POSITIVE_INFINITY,
      });
    });
  });
  const ordered = problem.cells.flatMap((cell) => ranges.get(cell.id) ?? []);
  return { ranges: ordered, recoverable: ordered.filter((r) => r.max - r.min < RECOVERABLE_BELOW) };
}

/** What the mark tells the attacker; a mark that contradicts the policy makes the audit meaningless. */
function attackerBounds(
  id: string,
  value: number,
  kind: SuppressionKind,
  threshold: number,
): [number, number] {
  if (kind === 'primary') {
    if (value < 1 || value >= threshold) throw new Error(`audit: ${id} = ${value} marked primary`);
    return [1, threshold - 1];
  }
  if (value < threshold) throw new Error(`audit: ${id} = ${value} marked secondary but below threshold`);
  return [threshold, Number.POSITIVE_INFINITY];
}

function groupEquations(
  equations: readonly LpConstraint[],
  components: readonly (readonly number[])[],
): LpConstraint[][] {
  const componentOf = new Map<number, number>();
  components.forEach((c, k) => {
    for (const u of c) componentOf.set(u, k);
  });
  const grouped: LpConstraint[][] = components.map(() => []);
  for (const e of equations)
    grouped[componentOf.get((e.terms[0] as readonly [number, number])[0]) as number]?.push(e);
  return grouped;
}

function snap(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= SNAP ? r : x;
}
