import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditSuppression,
  DisclosureInfeasibleError,
  type DisclosureProblem,
  type SuppressionResult,
  suppressCells,
} from '../../../src/indicators/disclosure/index.js';
import { randomTable } from './random-tables.js';
import { maximalSuppression } from './tables.js';

/** Runs the engine; undefined when it (rightly, as checked) reports that no suppression can work. */
function suppressOrProveImpossible(problem: DisclosureProblem): SuppressionResult | undefined {
  try {
    return suppressCells(problem);
  } catch (error) {
    if (!(error instanceof DisclosureInfeasibleError)) throw error;
    // Even the most protective valid suppression must leave a primary cell recoverable.
    const maximal = maximalSuppression(problem);
    const leaks = auditSuppression(problem, maximal).recoverable.filter(
      (r) => maximal.get(r.id) === 'primary',
    );
    expect(leaks.length).toBeGreaterThan(0);
    return undefined;
  }
}

describe('suppressCells: random hierarchical tables', () => {
  it('leaves nothing recoverable and follows the suppression policy', () => {
    let solved = 0;
    let runs = 0;
    fc.assert(
      fc.property(randomTable, (problem) => {
        runs++;
        const result = suppressOrProveImpossible(problem);
        if (!result) return;
        solved++;
        const { suppressed } = result;
        expect(auditSuppression(problem, suppressed).recoverable).toEqual([]);
        const T = problem.threshold;
        for (const cell of problem.cells) {
          const kind = suppressed.get(cell.id);
          if (problem.published?.has(cell.id)) expect(kind).toBeUndefined();
          else if (cell.value > 0 && cell.value < T) expect(kind).toBe('primary');
          if (kind === 'secondary') expect(cell.value).toBeGreaterThanOrEqual(T);
          if (kind === 'primary') expect(cell.value > 0 && cell.value < T).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must mostly produce protectable tables, or the property says little.
    expect(solved).toBeGreaterThan(runs * 0.6);
  });
});
