/**
 * Cell suppression: primary suppression of small counts, then protective suppression until no suppressed
 * cell can be recovered from the relations (same attacker model as the auditor, own implementation).
 * Attacker model: a cell shown as "< T" lies in 0..T−1 (a small count, or a zero hidden to protect one),
 * a cell shown as "x" is ≥ T, every other cell is known.
 *
 * 1. Bound propagation with every hideable cell hidden (engine-bounds.ts) proves which primary cells no
 *    suppression can protect, and which steps no cell can ever take.
 * 2. Every other primary cell gets an explicit perturbation (engine-cover.ts): a second solution of the
 *    attacker's system that moves it by one. Its cells are hidden; each of them is protected by it too.
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
import { EngineState, NONE, PRIMARY } from './engine-state.js';
import type { DisclosureProblem, SuppressionKind, SuppressionResult } from './types.js';

/** Bounds closer than this leave a cell recoverable (1 minus float noise). */
const MIN_WIDTH = 1 - 1e-7;

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
  const hopeless = primary.filter((i) => (bounds.hi[i] as number) - (bounds.lo[i] as number) < MIN_WIDTH);
  const isHopeless = new Uint8Array(p.ids.length);
  for (const i of hopeless) isHopeless[i] = 1;
  const cover = new CoverSearch(p, state, bounds);
  const lp = new LpCover(p, state, bounds, cover.covered);
  const undecided = primary.filter((i) => isHopeless[i] === 0 && !cover.protect(i) && !lp.protect(i));
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
  if (undecided.length > 0) exactFallback(p, state, cover.covered);
  return resultOf(p, state);
}

function resultOf(p: IndexedProblem, state: EngineState): SuppressionResult {
  const suppressed = new Map<string, SuppressionKind>();
  state.kind.forEach((k, i) => {
    if (k !== NONE) suppressed.set(p.ids[i] as string, k === PRIMARY ? 'primary' : 'secondary');
  });
  return { suppressed };
}
