/** A stored answer to one question (the `value` of `survey_answer`), and what the skip logic sees of it. */
export type Answer =
  | { readonly type: 'single'; readonly choice: string; readonly other?: string }
  | { readonly type: 'multiple'; readonly choices: readonly string[]; readonly other?: string }
  | { readonly type: 'likert'; readonly items: Readonly<Record<string, string>> }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'date' | 'text' | 'longtext' | 'municipality'; readonly value: string };

/** Answers of one response by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** The option value of "Andere, namelijk" (an option may not use it when `other` is on). */
export const OTHER = 'andere';

/** The data json-logic rules read: a choice as its value, several as a list, a matrix as an object. */
export function logicData(answers: Answers): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [id, a] of Object.entries(answers)) {
    if (a.type === 'single') data[id] = a.choice;
    else if (a.type === 'multiple') data[id] = [...a.choices];
    else if (a.type === 'likert') data[id] = { ...a.items };
    else data[id] = a.value;
  }
  return data;
}
