/**
 * Skip logic as json-logic data (json-logic-js): which operators a survey may use, which answers a rule
 * reads (`{"var": "vraag"}` or `{"var": "matrix.item"}`), which option values it compares with, and which
 * pages and questions are shown for the answers so far.
 */
import jsonLogic from 'json-logic-js';
import { type Answers, logicData } from './answer-types.js';
import type { JsonLogicRule, Question, Survey, SurveyPage } from './schema.js';

/** Operators a rule may use: comparisons, logic and membership (no `method`, `map`, `reduce`, …). */
export const LOGIC_OPERATORS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'in',
  'some',
  'all',
  'none',
]);

export interface RuleReference {
  /** The question id (the part before a dot). */
  readonly question: string;
  /** A Likert item, for `matrix.item`. */
  readonly item?: string;
}

export interface RuleFacts {
  readonly references: readonly RuleReference[];
  /** String literals compared with a reference: `[question(.item), value]`. */
  readonly literals: readonly (readonly [string, string])[];
  readonly unknownOperators: readonly string[];
}

function reference(name: unknown): RuleReference | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  const [question, item, ...rest] = name.split('.');
  if (!question || rest.length > 0) return { question: name };
  return item === undefined ? { question } : { question, item };
}

function varName(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const entries = Object.entries(node);
  if (entries.length !== 1 || entries[0]?.[0] !== 'var') return undefined;
  const arg = entries[0][1];
  const name = Array.isArray(arg) ? arg[0] : arg;
  return typeof name === 'string' ? name : undefined;
}

/** What a rule reads and compares (for checks on load and for enumerating paths). */
export function ruleFacts(rule: unknown): RuleFacts {
  const references: RuleReference[] = [];
  const literals: [string, string][] = [];
  const unknownOperators: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [op, arg] of Object.entries(node)) {
      if (!LOGIC_OPERATORS.has(op)) {
        unknownOperators.push(op);
        continue;
      }
      const args = Array.isArray(arg) ? arg : [arg];
      if (op === 'var') {
        const ref = reference(args[0]);
        if (ref) references.push(ref);
        continue;
      }
      if (op === 'missing' || op === 'missing_some') {
        const names = op === 'missing' ? args : Array.isArray(args[1]) ? args[1] : [];
        for (const n of names) {
          const ref = reference(n);
          if (ref) references.push(ref);
        }
        continue;
      }
      if (op === 'some' || op === 'all' || op === 'none') {
        // The inner rule reads the list's elements, not answers.
        walk(args[0]);
        continue;
      }
      if (['==', '===', '!=', '!==', 'in'].includes(op) && args.length === 2) {
        const [a, b] = args;
        const va = varName(a);
        const vb = varName(b);
        if (va && typeof b === 'string') literals.push([va, b]);
        if (vb && typeof a === 'string') literals.push([vb, a]);
        if (op === 'in' && vb && Array.isArray(a))
          for (const x of a) if (typeof x === 'string') literals.push([vb, x]);
        if (op === 'in' && va && Array.isArray(b))
          for (const x of b) if (typeof x === 'string') literals.push([va, x]);
      }
      walk(args);
    }
  };
  walk(rule);
  return { references, literals, unknownOperators };
}

/** Whether a rule holds for the answers; no rule: always. */
export function holds(rule: JsonLogicRule | undefined, answers: Answers): boolean {
  if (!rule) return true;
  return holdsOnData(rule, logicData(answers));
}

export function holdsOnData(rule: JsonLogicRule | undefined, data: Record<string, unknown>): boolean {
  if (!rule) return true;
  return jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
}

/** The pages shown for these answers, in order (answers of hidden pages do not count). */
export function visiblePages(survey: Survey, answers: Answers): SurveyPage[] {
  const shown: SurveyPage[] = [];
  const kept: Record<string, Answers[string]> = {};
  for (const page of survey.pages) {
    if (!holds(page.showIf, kept)) continue;
    shown.push(page);
    for (const q of visibleQuestions(page, kept)) {
      const a = answers[q.id];
      if (a) kept[q.id] = a;
    }
  }
  return shown;
}

/** The questions of a page shown for the answers of earlier pages. */
export function visibleQuestions(page: SurveyPage, earlier: Answers): Question[] {
  return page.questions.filter((q) => holds(q.showIf, earlier));
}

/** The answers that count: only those to questions shown for the answers before them. */
export function effectiveAnswers(survey: Survey, answers: Answers): Answers {
  const kept: Record<string, Answers[string]> = {};
  for (const page of survey.pages) {
    if (!holds(page.showIf, kept)) continue;
    const before = { ...kept };
    for (const q of visibleQuestions(page, before)) {
      const a = answers[q.id];
      if (a) kept[q.id] = a;
    }
  }
  return kept;
}
