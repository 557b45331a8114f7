import { describe, expect, it } from 'vitest';
import { auditSuppression, suppressCells } from '../../../src/indicators/disclosure/index.js';
import { type SyntheticOptions, syntheticProblem } from './synthetic.js';

describe('suppressCells on product-sized tables', () => {
  const cases: [string, SyntheticOptions][] = [
    ['650 areas × 20 categories', {}],
    [
      '320 areas, rare categories and published area totals',
      { municipalitiesPerProvince: 60, rareCategories: 4, publishTotals: true, seed: 7 },
    ],
  ];
  it.each(cases)('%s: nothing recoverable, policy kept', (_, options) => {
    const problem = syntheticProblem(options);
    const { suppressed } = suppressCells(problem);
    expect(auditSuppression(problem, suppressed).recoverable).toEqual([]);
    const T = problem.threshold;
    for (const cell of problem.cells) {
      const kind = suppressed.get(cell.id);
      if (problem.published?.has(cell.id)) expect(kind).toBeUndefined();
      else if (cell.value > 0 && cell.value < T) expect(kind).toBe('primary');
      else if (kind) expect(kind === 'secondary' && cell.value >= T).toBe(true);
    }
  });
});
