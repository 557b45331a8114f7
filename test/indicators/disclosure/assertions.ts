/** Shared expectations for the suppression tests. */
import { expect } from 'vitest';
import {
  auditSuppression,
  type DisclosureProblem,
  type SuppressionKind,
  suppressCells,
} from '../../../src/indicators/disclosure/index.js';
import { primaryOnly } from './tables.js';

export const recoverableIds = (
  problem: DisclosureProblem,
  suppressed: ReadonlyMap<string, SuppressionKind>,
) => auditSuppression(problem, suppressed).recoverable.map((r) => r.id);

/** Shared expectations: the naive suppression leaks `leaks`, the engine's result leaks nothing. */
export function expectProtected(
  problem: DisclosureProblem,
  leaks: string[],
): ReadonlyMap<string, SuppressionKind> {
  expect(recoverableIds(problem, primaryOnly(problem))).toEqual(leaks);
  const { suppressed } = suppressCells(problem);
  expect(auditSuppression(problem, suppressed).recoverable).toEqual([]);
  return suppressed;
}

/**
 * The published policy: small non-zero counts always "< T" (primary); a zero shown or "< T"; "x"
 * (secondary) only at or above T; nothing published elsewhere hidden. Returns the violations, so large
 * instances report them all at once.
 */
export function policyViolations(
  problem: DisclosureProblem,
  suppressed: ReadonlyMap<string, SuppressionKind>,
): string[] {
  const T = problem.threshold;
  const wrong: string[] = [];
  for (const cell of problem.cells) {
    const kind = suppressed.get(cell.id);
    const small = cell.value > 0 && cell.value < T;
    if (problem.published?.has(cell.id)) {
      if (kind !== undefined) wrong.push(`${cell.id} is published elsewhere but ${kind}`);
    } else if (small && kind !== 'primary') wrong.push(`${cell.id} = ${cell.value} is ${kind ?? 'shown'}`);
    else if (kind === 'secondary' && cell.value < T) wrong.push(`${cell.id} = ${cell.value} is secondary`);
    else if (kind === 'primary' && cell.value >= T) wrong.push(`${cell.id} = ${cell.value} is primary`);
  }
  return wrong;
}
