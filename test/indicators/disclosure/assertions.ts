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
