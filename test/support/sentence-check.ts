/**
 * What makes a Dutch sentence of the report malformed, checked without the code that wrote it: a
 * rate without its "per 1.000", a count glued to a figure's name ("2.703 migratiesaldo"), a remainder
 * named as a group, a zero as the highest figure, an ISO date, a missing-value code, an unfinished
 * sentence, "1" with a plural.
 */
import { singularOf } from '../../src/compare/phrases/index.js';

const DECIMAL = String.raw`\d+,\d`;

export function sentenceProblems(text: string, countLabels: readonly string[] = []): string[] {
  const problems: string[] = [];
  const fail = (why: string) => problems.push(why);
  if (!/^[A-Z0-9ÉÈ"(]/.test(text)) fail('does not start with a capital');
  if (!/[.!?]$/.test(text)) fail('does not end with a full stop');
  if (/\b(undefined|null|NaN|Infinity)\b/.test(text)) fail('code value in text');
  if (/\d{4}-\d{2}-\d{2}/.test(text)) fail('ISO date');
  if (/\bn\.b\.|<\s?\d|\bx\b/.test(text)) fail('missing or hidden value code in a sentence');
  if (/ {2}| [,.:;]|\( | \)/.test(text)) fail('stray space');
  if (/\.\./.test(text.replace(/\.\.\.$/, ''))) fail('double full stop');
  // A decimal figure is a share, a rate or a gap: it needs its unit.
  const bare = new RegExp(
    `${DECIMAL}(?![\\d ,]*(\\u00a0|\\s)?(%|pp|per\\s1\\.000|per\\s10\\.000|keer))`,
    'g',
  );
  if (bare.test(text)) fail('decimal figure without unit (%, pp, per 1.000, per 10.000)');
  if (/\d migratiesaldo|\d saldo/.test(text)) fail('count glued to the name of a figure');
  if (/(Grootste|Hoogste)[^:]*: andere\b/i.test(text)) fail('a remainder named as the largest group');
  if (/(Grootste|Hoogste)[^:]*: [^,]+, (0,0\u00a0%|0,0 per|0(?![,.\d]))/.test(text))
    fail('zero as the highest figure');
  for (const label of countLabels) {
    const one = singularOf(label);
    if (one && one !== label && new RegExp(`(^|[^\\d.,])1 ${escapeRegExp(label)}\\b`).test(text))
      fail(`"1 ${label}" (plural after one)`);
  }
  return problems;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
