/**
 * Results of a run: sent responses per day, and per question the count of every option (with n, the
 * respondents who answered it), free texts listed, optionally for one group (a filter on a single-choice
 * answer). A breakdown of fewer than 5 respondents is not shown (`SMALL_NUMBER_MARK`, as in the report).
 */
import type { Answer, Answers } from './answer-types.js';
import { OTHER } from './answer-types.js';
import { effectiveAnswers } from './logic.js';
import type { Question, Survey } from './schema.js';
import { textIn } from './text.js';

export const SMALL_NUMBER_THRESHOLD = 5;
/** The report's mark for a number below the threshold. */
export const SMALL_NUMBER_MARK = `< ${SMALL_NUMBER_THRESHOLD}`;

export interface ResultResponse {
  readonly id: string;
  readonly submittedOn: string | null;
  readonly language: string;
  readonly nis: string | null;
  readonly answers: Answers;
}

export interface OptionCount {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface QuestionResult {
  readonly question: Question;
  readonly text: string;
  /** Respondents who answered this question. */
  readonly n: number;
  /** n below the threshold: counts and texts are not shown. */
  readonly hidden: boolean;
  /** Per option (single, multiple), per scale value (likert: per item), empty otherwise. */
  readonly options: readonly OptionCount[];
  readonly items?: readonly {
    readonly id: string;
    readonly label: string;
    readonly n: number;
    readonly options: readonly OptionCount[];
  }[];
  /** Free texts (text, longtext, "andere"), with the response they come from (empty for a small group). */
  readonly texts: readonly { readonly responseId: string; readonly text: string }[];
  /** Number questions: the values; date and municipality: counted as options. */
  readonly numbers?: readonly number[];
}

export interface Filter {
  readonly question: string;
  readonly value: string;
}

export interface RunResults {
  readonly submitted: number;
  readonly started: number;
  /** Sent responses per day (all, not filtered). */
  readonly perDay: readonly { readonly day: string; readonly count: number }[];
  /** Respondents in the filtered group. */
  readonly groupSize: number;
  readonly groupHidden: boolean;
  readonly questions: readonly QuestionResult[];
}

function count(
  values: readonly string[],
  options: readonly { value: string; label: string }[],
): OptionCount[] {
  return options.map((o) => ({
    value: o.value,
    label: o.label,
    count: values.filter((v) => v === o.value).length,
  }));
}

function questionResult(
  q: Question,
  answers: readonly { id: string; a: Answer | undefined }[],
): QuestionResult {
  const given = answers.filter((x): x is { id: string; a: Answer } => x.a !== undefined);
  const n = given.length;
  const hidden = n < SMALL_NUMBER_THRESHOLD;
  const base = { question: q, text: textIn(q.text, 'nl'), n, hidden };
  const texts: { responseId: string; text: string }[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    const options = [
      ...q.options.map((o) => ({ value: o.value, label: textIn(o.label, 'nl') })),
      ...(q.other ? [{ value: OTHER, label: 'Andere' }] : []),
    ];
    const values = given.flatMap(({ a }) =>
      a.type === 'single' ? [a.choice] : a.type === 'multiple' ? [...a.choices] : [],
    );
    for (const { id, a } of given) if ('other' in a && a.other) texts.push({ responseId: id, text: a.other });
    return { ...base, options: count(values, options), texts };
  }
  if (q.type === 'likert') {
    const scale = q.scale.map((s) => ({ value: s.value, label: textIn(s.label, 'nl') }));
    const items = q.items.map((item) => {
      const values = given.flatMap(({ a }) =>
        a.type === 'likert' && a.items[item.id] ? [a.items[item.id] as string] : [],
      );
      return {
        id: item.id,
        label: textIn(item.label, 'nl'),
        n: values.length,
        options: count(values, scale),
      };
    });
    return { ...base, options: [], items, texts: [] };
  }
  if (q.type === 'number')
    return {
      ...base,
      options: [],
      texts: [],
      numbers: given.flatMap(({ a }) => (a.type === 'number' ? [a.value] : [])),
    };
  if (q.type === 'text' || q.type === 'longtext') {
    for (const { id, a } of given)
      if ('value' in a && typeof a.value === 'string') texts.push({ responseId: id, text: a.value });
    // A list of texts is no breakdown: shown (to the officers) unless the filtered group is small.
    return { ...base, hidden: false, options: [], texts };
  }
  // date, municipality: the distinct values counted.
  const values = given.flatMap(({ a }) => ('value' in a ? [String(a.value)] : []));
  const distinct = [...new Set(values)].sort().map((v) => ({ value: v, label: v }));
  return { ...base, options: count(values, distinct), texts: [] };
}

export function runResults(
  survey: Survey,
  responses: readonly (ResultResponse & { readonly status: 'started' | 'submitted' })[],
  filter?: Filter,
): RunResults {
  const sent = responses.filter((r) => r.status === 'submitted');
  const perDay = new Map<string, number>();
  for (const r of sent) if (r.submittedOn) perDay.set(r.submittedOn, (perDay.get(r.submittedOn) ?? 0) + 1);
  const kept = sent.map((r) => ({ ...r, answers: effectiveAnswers(survey, r.answers) }));
  const group = filter
    ? kept.filter((r) => {
        const a = r.answers[filter.question];
        return (
          (a?.type === 'single' && a.choice === filter.value) ||
          (a?.type === 'multiple' && a.choices.includes(filter.value))
        );
      })
    : kept;
  const groupHidden = filter !== undefined && group.length < SMALL_NUMBER_THRESHOLD;
  const questions = survey.pages.flatMap((p) =>
    p.questions.map((q) => {
      const r = questionResult(
        q,
        group.map((g) => ({ id: g.id, a: g.answers[q.id] })),
      );
      return groupHidden ? { ...r, hidden: true, texts: [] } : r;
    }),
  );
  return {
    submitted: sent.length,
    started: responses.length - sent.length,
    perDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, c]) => ({ day, count: c })),
    groupSize: group.length,
    groupHidden,
    questions,
  };
}
