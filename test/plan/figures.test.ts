/** "Sinds het plan": how a later release's figure is told next to the plan's baseline, in each unit. */
import { describe, expect, it } from 'vitest';
import { type Baseline, differenceText, sinceThePlan } from '../../src/plan/figures.js';

const base = (over: Partial<Baseline>): Baseline => ({
  indicatorId: 'niet_belgen',
  rowKey: 'total',
  title: 'Niet-Belgen',
  unit: 'percent',
  value: 0.155,
  shown: '15,5\u00a0%',
  period: '2021-01-01',
  periodLabel: 'toestand op 1 januari 2021',
  demo: false,
  releaseId: 'a',
  catalogVersion: '1',
  ...over,
});

describe('sinds het plan', () => {
  it('gives the difference in the unit of the figure', () => {
    expect(differenceText('percent', 0.155, 0.162)).toBe('+0,7\u00a0pp');
    expect(differenceText('percent', 0.162, 0.155)).toBe('−0,7\u00a0pp');
    expect(differenceText('count', 263_703, 262_219)).toBe('−1.484');
    expect(differenceText('per_1000', 0.0121, 0.0142)).toBe('+2,1 per 1.000');
    expect(differenceText('count', 5, 5)).toBe('0');
  });

  it('says when a later release has no newer period, and when it has one', () => {
    expect(sinceThePlan(base({}), base({ releaseId: 'b' }))).toBe(
      'Sinds het plan: nog geen nieuwere cijfers (toestand op 1 januari 2021).',
    );
    const later = base({
      releaseId: 'b',
      value: 0.162,
      shown: '16,2\u00a0%',
      period: '2022-01-01',
      periodLabel: 'toestand op 1 januari 2022',
    });
    expect(sinceThePlan(base({}), later)).toBe(
      'Sinds het plan: van 15,5\u00a0% (toestand op 1 januari 2021) naar 16,2\u00a0% (toestand op 1 januari 2022), +0,7\u00a0pp.',
    );
    expect(sinceThePlan(base({}), base({ ...later, value: null, shown: 'x' }))).toBe(
      'Sinds het plan: van 15,5\u00a0% (toestand op 1 januari 2021) naar x (toestand op 1 januari 2022).',
    );
    expect(sinceThePlan(base({}), undefined)).toContain('staat niet meer in het rapport');
  });
});
