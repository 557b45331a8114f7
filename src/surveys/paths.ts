/**
 * Every path through a survey: the sequences of pages a respondent can see, found by trying, page by
 * page, every answer that the skip logic can tell apart (the option values a rule names, one option it
 * does not name, no answer when the question is optional; for several choices every combination of those).
 * Used on load (no unreachable page or question) and by tests ("every path reaches the end").
 */
import { OTHER } from './answer-types.js';
import { holdsOnData, ruleFacts } from './logic.js';
import type { JsonLogicRule, Question, Survey } from './schema.js';

export interface SurveyPath {
  /** Page ids shown, in order. */
  readonly pages: readonly string[];
  /** Question ids shown, in order. */
  readonly questions: readonly string[];
  /** The answers (as the logic sees them) that lead along this path. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The path ends on the sending step: every shown required question can be answered. */
  readonly reachesEnd: boolean;
}

export class TooManyPathsError extends Error {
  override name = 'TooManyPathsError';
}

const MAX_PATHS = 100_000;

function rulesOf(survey: Survey): JsonLogicRule[] {
  const rules: JsonLogicRule[] = [];
  for (const p of survey.pages) {
    if (p.showIf) rules.push(p.showIf);
    for (const q of p.questions) if (q.showIf) rules.push(q.showIf);
  }
  return rules;
}

function choicesOf(q: Question): string[] {
  if (q.type === 'single' || q.type === 'multiple')
    return [...q.options.map((o) => o.value), ...(q.other ? [OTHER] : [])];
  if (q.type === 'likert') return q.scale.map((o) => o.value);
  return [];
}

function subsets<T>(items: readonly T[]): T[][] {
  let all: T[][] = [[]];
  for (const item of items) all = [...all, ...all.map((s) => [...s, item])];
  return all;
}

/** The values worth trying for a question the logic reads: `undefined` is "no answer". */
function domain(q: Question, named: Map<string, Set<string>>): unknown[] {
  const blank = q.required ? [] : [undefined];
  if (q.type === 'single' || q.type === 'multiple') {
    const all = choicesOf(q);
    const mentioned = all.filter((v) => named.get(q.id)?.has(v));
    const unnamed = all.find((v) => !mentioned.includes(v));
    const distinct = unnamed === undefined ? mentioned : [...mentioned, unnamed];
    if (q.type === 'single') return [...distinct, ...blank];
    const sets = subsets(distinct).filter((s) => s.length > 0 && (!q.maxChoices || s.length <= q.maxChoices));
    return [...sets, ...blank];
  }
  if (q.type === 'likert') {
    // One object per combination of the items the logic names (others left out).
    const scale = choicesOf(q);
    let combos: Record<string, string | undefined>[] = [{}];
    for (const item of q.items) {
      const key = `${q.id}.${item.id}`;
      if (!named.has(key)) continue;
      const mentioned = scale.filter((v) => named.get(key)?.has(v));
      const unnamed = scale.find((v) => !mentioned.includes(v));
      const values: (string | undefined)[] = [...mentioned, ...(unnamed ? [unnamed] : [])];
      if (!q.required) values.push(undefined);
      combos = combos.flatMap((c) => values.map((v) => ({ ...c, [item.id]: v })));
    }
    return combos.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));
  }
  return [undefined];
}

/** Whether a shown question can be answered at all (a required number with min above max cannot). */
function answerable(q: Question): boolean {
  if (!q.required) return true;
  if (q.type === 'number' && q.min !== undefined && q.max !== undefined) return q.min <= q.max;
  if (q.type === 'date' && q.min !== undefined && q.max !== undefined) return q.min <= q.max;
  return true;
}

export function enumeratePaths(survey: Survey): SurveyPath[] {
  const rules = rulesOf(survey);
  const read = new Set<string>();
  const named = new Map<string, Set<string>>();
  for (const rule of rules) {
    const facts = ruleFacts(rule);
    for (const r of facts.references) read.add(r.question);
    for (const [name, value] of facts.literals) {
      const set = named.get(name) ?? new Set<string>();
      set.add(value);
      named.set(name, set);
      const question = name.split('.')[0] as string;
      if (question !== name && !named.has(question)) named.set(question, new Set());
    }
  }
  // Likert items read by a rule without a literal still need trying.
  for (const p of survey.pages)
    for (const q of p.questions)
      if (q.type === 'likert')
        for (const rule of rules)
          for (const r of ruleFacts(rule).references)
            if (r.question === q.id && r.item && !named.has(`${q.id}.${r.item}`))
              named.set(`${q.id}.${r.item}`, new Set());

  const paths: SurveyPath[] = [];
  const walk = (
    pageIndex: number,
    data: Record<string, unknown>,
    pages: string[],
    questions: string[],
    ok: boolean,
  ): void => {
    if (paths.length > MAX_PATHS)
      throw new TooManyPathsError(`${survey.id}: more than ${MAX_PATHS} paths through the skip logic`);
    const page = survey.pages[pageIndex];
    if (!page) {
      paths.push({ pages, questions, data, reachesEnd: ok });
      return;
    }
    if (!holdsOnData(page.showIf, data)) {
      walk(pageIndex + 1, data, pages, questions, ok);
      return;
    }
    const shown = page.questions.filter((q) => holdsOnData(q.showIf, data));
    const pageOk = ok && shown.every(answerable);
    const branching = shown.filter((q) => read.has(q.id));
    const nextPages = [...pages, page.id];
    const nextQuestions = [...questions, ...shown.map((q) => q.id)];
    const assign = (i: number, acc: Record<string, unknown>): void => {
      const q = branching[i];
      if (!q) {
        walk(pageIndex + 1, acc, nextPages, nextQuestions, pageOk);
        return;
      }
      for (const value of domain(q, named)) {
        const next = { ...acc };
        if (value === undefined) delete next[q.id];
        else next[q.id] = value;
        assign(i + 1, next);
      }
    };
    assign(0, data);
  };
  walk(0, {}, [], [], true);
  // Different answers often lead along the same pages: one path per distinct sequence.
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = `${p.pages.join(',')}|${p.questions.join(',')}|${p.reachesEnd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
