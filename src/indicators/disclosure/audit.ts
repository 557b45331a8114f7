/**
 * Independent auditor: what can an attacker derive about each suppressed cell from everything published?
 * Known: every other cell, every relation, cells shown as "< T" (primary) in 0..T−1 (a zero may hide
 * behind "< T" too), cells shown as "x" (secondary) ≥ T: the published policy. The attacker's system
 * splits into components of linked unknowns. A range narrower than 1 means recoverable (a determined
 * value, or a "< T" cell proven to lie in an interval of width < 1).
 *
 * - Small components: each unknown's exact range, an LP minimum and maximum.
 * - Large ones: only proofs count. Not recoverable needs a checked second solution showing the cell 1
 *   apart from its true value (audit-witness.ts, or a local LP, audit-proof.ts); recoverable needs
 *   bounds every solution obeys that are less than 1 apart (audit-bounds.ts, or a relaxed local LP). An
 *   unknown neither settles within the limits is reported recoverable and listed as unproven.
 *
 * It deliberately shares no code with the suppression engine (only types), so a bug there cannot hide
 * itself here.
 */
import { propagateBounds } from './audit-bounds.js';
import { localSystem } from './audit-local.js';
import { LocalLps } from './audit-proof.js';
import { attackerSystem } from './audit-system.js';
import { WitnessSearch } from './audit-witness.js';
import { type LinearProgram, type LpConstraint, LpSolver } from './lp.js';
import type { AuditResult, CellRange, DisclosureProblem, SuppressionKind } from './types.js';

/** A range narrower than this (1 minus float noise) pins the value down. */
const RECOVERABLE_BELOW = 1 - 1e-6;
/** LP optima this close to a whole number are that number (float noise). */
const SNAP = 1e-6;
/** Components up to this many unknowns get exact ranges (two LPs per unknown). */
const EXACT_UP_TO = 60;

export function auditSuppression(
  problem: DisclosureProblem,
  suppressed: ReadonlyMap<string, SuppressionKind>,
): AuditResult {
  const threshold = problem.threshold;
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`audit: bad threshold ${threshold}`);
  const width = problem.minWidth ?? 1;
  if (!Number.isInteger(width) || width < 1) throw new Error(`audit: bad minimum width ${width}`);
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
  const unproven: string[] = [];
  system.components.forEach((component, k) => {
    const local = new Map(component.map((u, j) => [u, j]));
    const lp: LinearProgram = {
      variables: component.length,
      constraints: (equationsOf[k] ?? []).map((e) => ({
        ...e,
        terms: e.terms.map(([u, c]) => [local.get(u) as number, c] as const),
      })),
      lower: component.map((u) => lower[u] as number),
      upper: component.map((u) => upper[u] as number),
    };
    const truth = component.map((u) => values.get(unknownIds[u] as string) as number);
    const found = component.length <= EXACT_UP_TO ? exactRanges(lp) : provenRanges(lp, truth, width);
    component.forEach((u, j) => {
      const id = unknownIds[u] as string;
      const range = found[j] as Found;
      ranges.set(id, { id, min: range.min, max: range.max });
      if (range.unproven) unproven.push(id);
    });
  });
  const ordered = problem.cells.flatMap((cell) => ranges.get(cell.id) ?? []);
  const open = new Set(unproven);
  return {
    ranges: ordered,
    recoverable: ordered.filter((r) => r.max - r.min < RECOVERABLE_BELOW),
    narrow: ordered.filter((r) => r.max - r.min < width - 1e-6),
    unproven: ordered.filter((r) => open.has(r.id)).map((r) => r.id),
  };
}

interface Found {
  readonly min: number;
  readonly max: number;
  /** Neither a witness nor an LP bound settled it (see AuditResult.unproven). */
  readonly unproven?: boolean;
}

/** Exact range of every unknown: an LP minimum and maximum each (small components). */
function exactRanges(lp: LinearProgram): Found[] {
  const solver = new LpSolver(lp);
  if (!solver.feasible) throw new Error('audit: the attacker system has no solution (inconsistent input)');
  return Array.from({ length: lp.variables }, (_, j) => {
    const objective = Array.from({ length: lp.variables }, (_, i) => (i === j ? 1 : 0));
    const min = solver.minimize(objective);
    const max = solver.maximize(objective);
    return {
      min: min.status === 'optimal' ? snap(min.objective) : Number.NEGATIVE_INFINITY,
      max: max.status === 'optimal' ? snap(max.objective) : Number.POSITIVE_INFINITY,
    };
  });
}

/**
 * Large components: a range of at least 1 only from values shown by checked solutions (witnesses, local
 * LP optima), a range below 1 only from bounds every solution obeys (propagation, LP over a subset of
 * the equations), see audit-proof.ts.
 */
function provenRanges(lp: LinearProgram, truth: readonly number[], width: number): Found[] {
  const s = localSystem(lp.variables, truth, lp.lower ?? [], lp.upper ?? [], lp.constraints);
  const outer = propagateBounds(s);
  const witnesses = new WitnessSearch(s, outer.lo, outer.hi, width);
  const lps = new LocalLps(s, outer, witnesses, width);
  const pinned = new Map<number, { min: number; max: number }>();
  for (let j = 0; j < s.n; j++) {
    const lo = outer.lo[j] as number;
    const hi = outer.hi[j] as number;
    if (hi - lo < width - 1e-6) pinned.set(j, { min: lo, max: hi });
  }
  // A witness found for one unknown often shows others wide too, so all searches run before any LP. A
  // range proven narrower than the width but not below 1 still needs a witness to tell it from a pinned one.
  const atLeastOne = (r: { min: number; max: number } | undefined) =>
    !r || r.max - r.min >= RECOVERABLE_BELOW;
  for (let j = 0; j < s.n; j++) if (atLeastOne(pinned.get(j))) witnesses.widen(j);
  for (let j = 0; j < s.n; j++) {
    if (pinned.has(j) || witnesses.wide(j) || witnesses.widen(j, true)) continue;
    const range = lps.settle(j);
    if (range) pinned.set(j, range);
  }
  return Array.from({ length: s.n }, (_, j) => {
    const range = pinned.get(j);
    if (range && !atLeastOne(range)) return { min: snap(range.min), max: snap(range.max) };
    const min = witnesses.seenLo[j] as number;
    const max = witnesses.seenHi[j] as number;
    // Proven narrow (below the width) and seen at least 1 wide: narrow, not recoverable.
    if (range && max - min >= RECOVERABLE_BELOW) return { min, max };
    return max - min >= width - 1e-6 ? { min, max } : { min, max, unproven: true };
  });
}

/** What the mark tells the attacker; a mark that contradicts the policy makes the audit meaningless. */
function attackerBounds(
  id: string,
  value: number,
  kind: SuppressionKind,
  threshold: number,
): [number, number] {
  if (kind === 'primary') {
    if (value >= threshold) throw new Error(`audit: ${id} = ${value} marked primary`);
    return [0, threshold - 1];
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
  // + 0 turns −0 (a maximum of 0 from the LP) into 0.
  return Math.abs(x - r) <= SNAP ? r + 0 : x;
}
