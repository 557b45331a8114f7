import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditSuppression,
  DisclosureInfeasibleError,
  type DisclosureProblem,
  type SuppressionResult,
  suppressCells,
} from '../../../src/indicators/disclosure/index.js';
import { policyViolations } from './assertions.js';
import { randomTable } from './random-tables.js';
import { maximalSuppression, primaryOnly } from './tables.js';

/** Runs the engine; undefined when it (rightly, as checked) reports that no suppression can work. */
function suppressOrProveImpossible(problem: DisclosureProblem): SuppressionResult | undefined {
  try {
    return suppressCells(problem);
  } catch (error) {
    if (!(error instanceof DisclosureInfeasibleError)) throw error;
    // Even the most protective valid suppression must leave a small count recoverable.
    const small = primaryOnly(problem);
    const leaks = auditSuppression(problem, maximalSuppression(problem)).recoverable.filter((r) =>
      small.has(r.id),
    );
    expect(leaks.length).toBeGreaterThan(0);
    return undefined;
  }
}

describe('suppressCells: random hierarchical tables', () => {
  it('leaves nothing recoverable and follows the suppression policy', () => {
    let solved = 0;
    let runs = 0;
    let hiddenZeros = 0;
    fc.assert(
      fc.property(randomTable, (problem) => {
        runs++;
        const result = suppressOrProveImpossible(problem);
        if (!result) return;
        solved++;
        const { suppressed } = result;
        expect(auditSuppression(problem, suppressed).recoverable).toEqual([]);
        expect(policyViolations(problem, suppressed)).toEqual([]);
        for (const cell of problem.cells) if (cell.value === 0 && suppressed.has(cell.id)) hiddenZeros++;
      }),
      { numRuns: 300 },
    );
    // The generator must mostly produce protectable tables, and zeros must take part in the protection,
    // or the property says little.
    expect(solved).toBeGreaterThan(runs * 0.8);
    expect(hiddenZeros).toBeGreaterThan(0);
  });
});
