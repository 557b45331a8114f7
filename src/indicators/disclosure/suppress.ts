/**
 * Cell suppression: primary suppression of small counts, then secondary suppression until no suppressed
 * cell can be recovered from the relations (same attacker model as the auditor, own implementation).
 */
import { bestCandidate, widerCandidate } from './engine-candidates.js';
import { RecoverabilityCheck } from './engine-check.js';
import { DisclosureInfeasibleError } from './engine-error.js';
import { indexProblem } from './engine-index.js';
import { EngineState, NONE, PRIMARY, SECONDARY } from './engine-state.js';
import type { DisclosureProblem, SuppressionKind, SuppressionResult } from './types.js';

export function suppressCells(problem: DisclosureProblem): SuppressionResult {
  const p = indexProblem(problem);
  const state = new EngineState(p);
  const primary: string[] = [];
  p.values.forEach((v, i) => {
    if (p.published[i] === 0 && v > 0 && v < p.threshold) {
      state.suppress(i, PRIMARY);
      primary.push(p.ids[i] as string);
    }
  });
  if (p.threshold === 2 && primary.length > 0) {
    // Shown as "< 2", a primary cell can only be 1: no secondary suppression can hide that.
    throw new DisclosureInfeasibleError('threshold 2 reveals every primary cell (it can only be 1)', primary);
  }
  state.findDeadEnds();
  const check = new RecoverabilityCheck(p);
  for (;;) {
    protectSingles(state);
    const exposed = check.recoverable(state);
    if (exposed.length === 0) break;
    protectExposed(state, exposed);
  }
  const suppressed = new Map<string, SuppressionKind>();
  state.kind.forEach((k, i) => {
    if (k !== NONE) suppressed.set(p.ids[i] as string, k === PRIMARY ? 'primary' : 'secondary');
  });
  return { suppressed };
}

/**
 * Cheap first pass: a relation with one suppressed cell gives it away; suppress another cell there. A
 * lone secondary cell with no partner left protects nothing, so it is released instead.
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
      state.suppress(extra, SECONDARY);
    } else if (state.kind[lone] === SECONDARY) {
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
 * too; only in a round that adds nothing are stuck secondary cells released (they protect nothing), and
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
    state.suppress(extra, SECONDARY);
    for (const r of p.cellRels[extra] as number[]) touched.add(r);
  }
  if (touched.size > 0) return;
  const release = stuck.filter((i) => state.kind[i] === SECONDARY);
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
