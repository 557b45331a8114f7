/** Test helper: LPs written as text rows, e.g. '3x0 + 2x1 <= 18' or '1/4x0 - 60x1 = 0'. */
import type { LinearProgram, LpConstraint, LpSolution } from '../../../src/indicators/disclosure/lp.js';
import { solveLp } from '../../../src/indicators/disclosure/lp.js';

function number(text: string): number {
  const clean = text.replace(/\s+/g, '');
  if (clean === '' || clean === '+') return 1;
  if (clean === '-') return -1;
  const [num, den] = clean.split('/');
  return Number(num) / (den === undefined ? 1 : Number(den));
}

export function row(text: string): LpConstraint {
  const match = /^(.*?)(<=|>=|=)(.*)$/.exec(text);
  if (!match) throw new Error(`bad row ${text}`);
  const terms: [number, number][] = [];
  for (const t of (match[1] as string).matchAll(/([+-]?\s*[\d./]*)\s*x(\d+)/g)) {
    terms.push([Number(t[2]), number(t[1] as string)]);
  }
  return { terms, sense: match[2] as LpConstraint['sense'], rhs: number(match[3] as string) };
}

export function lpOf(
  variables: number,
  rows: readonly string[],
  bounds: { lower?: number[]; upper?: number[] } = {},
): LinearProgram {
  return { variables, constraints: rows.map(row), ...bounds };
}

export function optimum(lp: LinearProgram, c: number[], goal: 'min' | 'max' = 'min') {
  const r: LpSolution = solveLp(lp, c, goal);
  if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
  return r;
}
