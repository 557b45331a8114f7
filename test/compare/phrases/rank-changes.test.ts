/** Ranking changes across indicators: notable first, then by score, magnitude and key. */
import { describe, expect, it } from 'vitest';
import { describeChange, type SeriesPointLike } from '../../../src/compare/phrases/changes.js';
import type { PhraseKind } from '../../../src/compare/phrases/kinds.js';
import { rankChanges } from '../../../src/compare/phrases/rank-changes.js';
import { value } from '../../../src/domain/value.js';

const point = (period: string, v: number): SeriesPointLike => ({
  period,
  periodLabel: period,
  demo: false,
  provisional: false,
  cells: [{ count: value(v), relative: value(v) }],
});
const item = (key: string, a: number, b: number, kind: PhraseKind = 'percent') => ({
  key,
  change: describeChange(point('2015-01-01', a), point('2021-01-01', b), kind),
});

const items = [
  item('niet_belgen', 0.081, 0.095), // ×1,17, 1,4 pp: score 0,23
  item('inwoners', 6_400_000, 6_653_062, 'count'), // +4 %: not notable
  item('eu13', 0.01, 0.02), // doubled, 1 pp: score 0,5
  item('maghreb', 0.1, 0.05), // halved, 5 pp: score 1
  item('verdwenen', 0.01, 0.01), // about equal: score 0
  { key: 'onbekend', change: null },
  item('nieuw', 0, 0.01), // from nothing: score 4
  item('maghreb_kopie', 0.2, 0.1), // halved, 10 pp: score 1, larger magnitude
];

describe('rankChanges', () => {
  it('lists only notable changes, most notable first', () => {
    expect(rankChanges(items).map((i) => i.key)).toEqual([
      'nieuw',
      'maghreb_kopie',
      'maghreb',
      'eu13',
      'niet_belgen',
    ]);
  });

  it('can include the rest after the notable ones, and stop after a number', () => {
    expect(rankChanges(items, { includeAll: true }).map((i) => i.key)).toEqual([
      'nieuw',
      'maghreb_kopie',
      'maghreb',
      'eu13',
      'niet_belgen',
      'inwoners',
      'verdwenen',
    ]);
    expect(rankChanges(items, { limit: 2 }).map((i) => i.key)).toEqual(['nieuw', 'maghreb_kopie']);
  });

  it('orders equal changes by key, whatever the input order', () => {
    const same = [item('b', 0.1, 0.2), item('a', 0.1, 0.2), item('c', 0.1, 0.2)];
    expect(rankChanges(same).map((i) => i.key)).toEqual(['a', 'b', 'c']);
    expect(rankChanges([...same].reverse()).map((i) => i.key)).toEqual(['a', 'b', 'c']);
  });
});
