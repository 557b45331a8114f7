/** The answers of a response as text for AgII's overview and the municipality's own page (Dutch labels). */
import { formatCount } from '../domain/format.js';
import { type Answer, OTHER } from '../surveys/answer-types.js';
import type { Question, Survey } from '../surveys/schema.js';
import { textIn } from '../surveys/text.js';

export interface AnswerLine {
  readonly questionId: string;
  readonly question: string;
  readonly answer: string;
}

function label(q: Question, value: string): string {
  if (value === OTHER) return 'andere';
  if (q.type === 'single' || q.type === 'multiple') {
    const option = q.options.find((o) => o.value === value);
    return option ? textIn(option.label, 'nl') : value;
  }
  return value;
}

export function answerText(q: Question, a: Answer): string {
  if (a.type === 'single') return a.choice === OTHER ? `andere: ${a.other ?? ''}` : label(q, a.choice);
  if (a.type === 'multiple')
    return a.choices.map((c) => (c === OTHER ? `andere: ${a.other ?? ''}` : label(q, c))).join('; ');
  if (a.type === 'likert' && q.type === 'likert')
    return q.items
      .filter((item) => a.items[item.id] !== undefined)
      .map((item) => {
        const v = a.items[item.id] as string;
        const scale = q.scale.find((o) => o.value === v);
        return `${textIn(item.label, 'nl')}: ${scale ? textIn(scale.label, 'nl') : v}`;
      })
      .join('; ');
  if (a.type === 'number') return formatCount(a.value);
  return 'value' in a ? String(a.value) : '';
}

/** Every answered question of the survey, in the survey's order. */
export function answerLines(survey: Survey, answers: Readonly<Record<string, unknown>>): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const page of survey.pages)
    for (const q of page.questions) {
      const a = answers[q.id] as Answer | undefined;
      if (!a) continue;
      lines.push({ questionId: q.id, question: textIn(q.text, 'nl'), answer: answerText(q, a) });
    }
  return lines;
}
