/**
 * Suppression engine's exact fallback, for the rare primary cells the perturbation search could neither
 * protect nor prove unprotectable: the range probe (an LP per component of suppressed cells) finds what
 * is still recoverable, and protective cells (zeros as "< T", others as secondary) are added near it
 * until nothing is. Exact but slow on large components, so it only runs on what is left, with every cell
 * the search covered taken as proven wide.
 */
import { bestCandidate, widerCandidate } from './engine-candidates.js';
import { RecoverabilityCheck } from './engine-check.js';
import { DisclosureInfeasibleError } from './engine-error.js';
import type { IndexedProblem } from './engine-index.js';
import type { Reach } from './engine-reach.js';
import type { EngineState } from './engine-state.js';

/** Largest component (in relations) the dense range probe is asked to handle. */
const MAX_PROBE_ROWS = 3000;

export function exactFallback(p: IndexedProblem, state: EngineState, reach: Reach): void {
  state.findDeadEnds();
  const check = new RecoverabilityCheck(p, reach.goal);
  check.markWide(reach.covered);
  for (;;) {
    protectSingles(state);
    const rows = check.largestOpenComponent(state);
    if (rows > MAX_PROBE_ROWS) {
      throw new Error(
        `disclosure: ${rows} linked relations left for the exact check, more than it can handle (${MAX_PROBE_ROWS})`,
      );
    }
    const exposed = check.recoverable(state);
    if (exposed.length === 0) return;
    protectExposed(state, exposed);
  }
}

/**
 * Cheap first pass: a relation with one suppressed cell gives it away; suppress another cell there. A
 * lone protective cell (hidden zero or secondary) with no partner left protects nothing, so it is
 * released instead.
 */
function protectSingles(state: EngineState): void {
  const { p, count, singles } = state;
  const open = (r: number) => count[r] === 1;
  singles.sort((a, b) => a - b);
  // Cascades append to the queue while it is being read.
  for (let k = 0; k < singles.length; k++) {
    const r = singles[k] as number;
    if (count[r] !== 1) continue;
    const lone = state.loneCell(r);
    const extra = bestCandidate(state, [r], open);
    if (extra >= 0) {
      state.hide(extra);
    } else if (state.optional(lone)) {
      state.release(lone);
      state.findDeadEnds();
    } else {
      const id = p.ids[lone] as string;
      throw new DisclosureInfeasibleError(
        `${id} is given away by relation ${r}: nothing else there can be suppressed`,
        [id],
      );
    }
  }
  singles.length = 0;
}

/**
 * Protects cells the LP found recoverable. A cell whose relations already gained a suppression this round
 * waits for the next check, which keeps one exposure from getting several extra cells. A cell with no
 * usable cell anywhere in its linked structure may still be fixed by this round's additions, so it waits
 * too; only in a round that adds nothing are stuck protective cells released (they protect nothing), and
 * with none left to release, the stuck primary cells are beyond protection.
 */
function protectExposed(state: EngineState, exposed: readonly number[]): void {
  const { p } = state;
  const openRels = new Set<number>();
  for (const i of exposed) for (const r of p.cellRels[i] as number[]) openRels.add(r);
  const touched = new Set<number>();
  const open = (r: number) => openRels.has(r) && !touched.has(r);
  const stuck: number[] = [];
  for (const i of exposed) {
    if ((p.cellRels[i] as number[]).some((r) => touched.has(r))) continue;
    const extra = widerCandidate(state, i, open);
    if (extra < 0) {
      stuck.push(i);
      continue;
    }
    state.hide(extra);
    for (const r of p.cellRels[extra] as number[]) touched.add(r);
  }
  if (touched.size > 0) return;
  const release = stuck.filter((i) => state.optional(i));
  for (const i of release) state.release(i);
  if (release.length > 0) {
    state.findDeadEnds();
    return;
  }
  const ids = stuck.map((i) => p.ids[i] as string);
  throw new DisclosureInfeasibleError(
    `${ids.join(', ')} stay recoverable: no linked cell can be suppressed`,
    ids,
  );
}
