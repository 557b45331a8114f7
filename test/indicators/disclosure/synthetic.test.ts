import { describe, expect, it } from 'vitest';
import { auditSuppression, suppressCells } from '../../../src/indicators/disclosure/index.js';
import { policyViolations } from './assertions.js';
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
    expect(policyViolations(problem, suppressed)).toEqual([]);
  });
});
