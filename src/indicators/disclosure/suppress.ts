/**
 * Cell suppression: primary suppression of small counts, then protective suppression until no suppressed
 * cell can be recovered from the relations (same attacker model as the auditor, own implementation).
 * Attacker model: a cell shown as "< T" lies in 0..T−1 (a small count, or a zero hidden to protect one),
 * a cell shown as "x" is ≥ T, every other cell is known.
 *
 * 1. Bound propagation with every hideable cell hidden (engine-bounds.ts) proves which primary cells no
 *    suppression can protect, and which steps no cell can ever take.
 * 2. Every other primary cell gets explicit perturbations (engine-cover.ts): second solutions of the
 *    attacker's system that move it as far as the protection level asks (`minWidth`, engine-reach.ts):
 *    one step at width 1; two steps, or one each way, at width 2. Their cells are hidden; a cell they
 *    move less far than its goal is protected in turn.
 *    Where the step-by-step search finds none, a least-cost one comes from an LP around the cell
 *    (engine-lp-cover.ts).
 * 3. What neither settled goes to the exact LP-based fallback (engine-fallback.ts), unless step 1
 *    already proved the problem infeasible: then the error carries the best effort instead.
 */
import { maximalBounds } from './engine-bounds.js';
import { CoverSearch } from './engine-cover.js';
import { DisclosureInfeasibleError } from './engine-error.js';
import { exactFallback } from './engine-fallback.js';
import { type IndexedProblem, indexProblem } from './engine-index.js';
import { LpCover } from './engine-lp-cover.js';
import { Reach } from './engine-reach.js';
import { EngineState, NONE, PRIMARY } from './engine-state.js';
import type { DisclosureProblem, SuppressionKind, SuppressionResult } from './types.js';

export function suppressCells(problem: DisclosureProblem): SuppressionResult {
  const p = indexProblem(problem);
  const state = new EngineState(p);
  const primary: number[] = [];
  p.values.forEach((_, i) => {
    if (state.required(i)) {
      state.suppress(i, PRIMARY);
      primary.push(i);
    }
  });
  const bounds = maximalBounds(p);
  const reach = new Reach(p, bounds, p.minWidth);
  // Bounds less than 1 apart: no suppression can protect the cell.
  const hopeless = primary.filter((i) => reach.goal[i] === 0);
  const isHopeless = new Uint8Array(p.ids.length);
  for (const i of hopeless) isHopeless[i] = 1;
  const cover = new CoverSearch(p, state, reach);
  const lp = new LpCover(p, state, bounds, reach);
  const undecided = primary.filter((i) => isHopeless[i] === 0 && !cover.protect(i) && !lp.protect(i));
  // Above width 1, a perturbation of one step hides cells (zeros, "x") it moves only 1 wide: each of
  // them is protected in turn, until every hidden cell is covered or left to the fallback.
  const tried = new Uint8Array(p.ids.length);
  for (const i of primary) tried[i] = 1;
  for (let more = p.minWidth > 1; more; ) {
    more = false;
    for (let c = 0; c < p.ids.length; c++) {
      if (state.kind[c] === NONE || reach.covered[c] === 1 || tried[c] === 1 || isHopeless[c] === 1) continue;
      tried[c] = 1;
      more = true;
      if (!cover.protect(c) && !lp.protect(c)) undecided.push(c);
    }
  }
  if (hopeless.length > 0) {
    const ids = hopeless.map((i) => p.ids[i] as string);
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, … (${ids.length} cells)` : '');
    throw new DisclosureInfeasibleError(
      `${shown} stay recoverable whatever else is suppressed`,
      ids,
      resultOf(p, state),
      undecided.map((i) => p.ids[i] as string),
    );
  }
  if (undecided.length > 0) exactFallback(p, state, reach);
  return resultOf(p, state, reach);
}

function resultOf(p: IndexedProblem, state: EngineState, reach?: Reach): SuppressionResult {
  const suppressed = new Map<string, SuppressionKind>();
  const limited: string[] = [];
  state.kind.forEach((k, i) => {
    if (k === NONE) return;
    suppressed.set(p.ids[i] as string, k === PRIMARY ? 'primary' : 'secondary');
    if (reach && (reach.goal[i] as number) < p.minWidth) limited.push(p.ids[i] as string);
  });
  return { suppressed, limited };
}
