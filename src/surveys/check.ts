/**
 * The checks a schema cannot make: unique ids, references of the skip logic (to an existing question on
 * an earlier page, of a choice type, with existing option values), bounds that can be met, every text in
 * every language the survey offers, and no page or question that no path reaches.
 */
import { OTHER } from './answer-types.js';
import { ruleFacts } from './logic.js';
import { enumeratePaths, TooManyPathsError } from './paths.js';
import type { JsonLogicRule, LocalizedText, Question, Survey } from './schema.js';
import { hasLanguage } from './text.js';

export interface SurveyIssue {
  /** Where in the file (keys and indexes), to find the line. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const CHOICE_TYPES = new Set(['single', 'multiple', 'likert']);

function optionValues(q: Question): string[] {
  if (q.type === 'single' || q.type === 'multiple')
    return [...q.options.map((o) => o.value), ...(q.other ? [OTHER] : [])];
  if (q.type === 'likert') return q.scale.map((o) => o.value);
  return [];
}

function checkRule(
  rule: JsonLogicRule,
  at: (string | number)[],
  earlier: ReadonlyMap<string, Question>,
  all: ReadonlyMap<string, Question>,
  issues: SurveyIssue[],
): void {
  const facts = ruleFacts(rule);
  for (const op of facts.unknownOperators)
    issues.push({ path: at, message: `the skip logic uses operator "${op}", which is not allowed` });
  for (const ref of facts.references) {
    const q = earlier.get(ref.question);
    if (!q) {
      const later = all.get(ref.question);
      issues.push({
        path: at,
        message: later
          ? `the skip logic refers to question "${ref.question}", which is not on an earlier page`
          : `the skip logic refers to question "${ref.question}", which does not exist`,
      });
      continue;
    }
    if (!CHOICE_TYPES.has(q.type)) {
      issues.push({
        path: at,
        message: `the skip logic refers to question "${ref.question}" (${q.type}): only single, multiple and likert questions can steer it`,
      });
      continue;
    }
    if (q.type === 'likert') {
      if (ref.item === undefined)
        issues.push({
          path: at,
          message: `the skip logic refers to matrix "${ref.question}" without an item (write "${ref.question}.<item>")`,
        });
      else if (!q.items.some((i) => i.id === ref.item))
        issues.push({ path: at, message: `matrix "${ref.question}" has no item "${ref.item}"` });
    } else if (ref.item !== undefined)
      issues.push({
        path: at,
        message: `question "${ref.question}" has no items ("${ref.question}.${ref.item}")`,
      });
  }
  for (const [name, value] of facts.literals) {
    const q = earlier.get(name.split('.')[0] as string);
    if (!q || !CHOICE_TYPES.has(q.type)) continue;
    if (!optionValues(q).includes(value))
      issues.push({
        path: at,
        message: `the skip logic compares "${name}" with "${value}", which is not one of its options (${optionValues(q).join(', ')})`,
      });
  }
}

function textsOf(q: Question): [LocalizedText, (string | number)[]][] {
  const texts: [LocalizedText, (string | number)[]][] = [[q.text, ['text']]];
  if (q.help) texts.push([q.help, ['help']]);
  if (q.type === 'single' || q.type === 'multiple')
    q.options.forEach((o, i) => {
      texts.push([o.label, ['options', i, 'label']]);
    });
  if (q.type === 'likert') {
    q.items.forEach((o, i) => {
      texts.push([o.label, ['items', i, 'label']]);
    });
    q.scale.forEach((o, i) => {
      texts.push([o.label, ['scale', i, 'label']]);
    });
  }
  if (q.type === 'number' && q.unit) texts.push([q.unit, ['unit']]);
  return texts;
}

function checkLanguages(survey: Survey, issues: SurveyIssue[]): void {
  const texts: [LocalizedText, (string | number)[]][] = [[survey.title, ['title']]];
  if (survey.intro) texts.push([survey.intro, ['intro']]);
  if (survey.thanks) texts.push([survey.thanks, ['thanks']]);
  survey.pages.forEach((p, pi) => {
    texts.push([p.title, ['pages', pi, 'title']]);
    if (p.intro) texts.push([p.intro, ['pages', pi, 'intro']]);
    p.questions.forEach((q, qi) => {
      for (const [t, sub] of textsOf(q)) texts.push([t, ['pages', pi, 'questions', qi, ...sub]]);
    });
  });
  for (const [text, path] of texts) {
    const missing = survey.languages.filter((l) => !hasLanguage(text, l));
    if (missing.length > 0)
      issues.push({
        path,
        message: `this text lacks the language(s) ${missing.join(', ')} the survey offers`,
      });
  }
}

export function checkSurvey(survey: Survey): SurveyIssue[] {
  const issues: SurveyIssue[] = [];
  const all = new Map<string, Question>();
  const pageIds = new Set<string>();
  survey.pages.forEach((p, pi) => {
    if (pageIds.has(p.id))
      issues.push({ path: ['pages', pi, 'id'], message: `page id "${p.id}" is used twice` });
    pageIds.add(p.id);
    p.questions.forEach((q, qi) => {
      const at = ['pages', pi, 'questions', qi];
      if (all.has(q.id)) issues.push({ path: [...at, 'id'], message: `question id "${q.id}" is used twice` });
      all.set(q.id, q);
      const values = optionValues(q).filter((v) => v !== OTHER || !('other' in q && q.other));
      const dup = values.find((v, i) => values.indexOf(v) !== i);
      if (dup) issues.push({ path: at, message: `option value "${dup}" is used twice` });
      if (
        (q.type === 'single' || q.type === 'multiple') &&
        q.other &&
        q.options.some((o) => o.value === OTHER)
      )
        issues.push({
          path: at,
          message: `option value "${OTHER}" is reserved for "Andere, namelijk" (other: true)`,
        });
      if (q.type === 'likert') {
        const ids = q.items.map((i) => i.id);
        const d = ids.find((v, i) => ids.indexOf(v) !== i);
        if (d) issues.push({ path: at, message: `matrix item "${d}" is used twice` });
      }
      if (
        (q.type === 'number' || q.type === 'date') &&
        q.min !== undefined &&
        q.max !== undefined &&
        q.min > q.max
      )
        issues.push({ path: at, message: `min (${q.min}) is above max (${q.max})` });
      if (
        q.type === 'multiple' &&
        q.maxChoices !== undefined &&
        q.maxChoices > q.options.length + (q.other ? 1 : 0)
      )
        issues.push({
          path: [...at, 'maxChoices'],
          message: 'maxChoices is more than the number of options',
        });
    });
  });
  const earlier = new Map<string, Question>();
  survey.pages.forEach((p, pi) => {
    if (p.showIf) checkRule(p.showIf, ['pages', pi, 'showIf'], earlier, all, issues);
    p.questions.forEach((q, qi) => {
      if (q.showIf) checkRule(q.showIf, ['pages', pi, 'questions', qi, 'showIf'], earlier, all, issues);
    });
    for (const q of p.questions) earlier.set(q.id, q);
  });
  checkLanguages(survey, issues);
  if (issues.length > 0) return issues;
  try {
    const paths = enumeratePaths(survey);
    const pages = new Set(paths.flatMap((p) => p.pages));
    const questions = new Set(paths.flatMap((p) => p.questions));
    survey.pages.forEach((p, pi) => {
      if (!pages.has(p.id))
        issues.push({
          path: ['pages', pi, 'showIf'],
          message: `page "${p.id}" is shown on no path: unreachable`,
        });
      else
        p.questions.forEach((q, qi) => {
          if (!questions.has(q.id))
            issues.push({
              path: ['pages', pi, 'questions', qi, 'showIf'],
              message: `question "${q.id}" is shown on no path: unreachable`,
            });
        });
    });
    if (paths.some((p) => !p.reachesEnd))
      issues.push({ path: ['pages'], message: 'a path shows a required question that cannot be answered' });
  } catch (err) {
    if (!(err instanceof TooManyPathsError)) throw err;
    issues.push({ path: ['pages'], message: err.message });
  }
  return issues;
}
