/**
 * Reads a posted page (form fields) into answers, validating every one at the edge: only offered
 * options, "andere" with its text, at most `maxChoices`, numbers and dates within bounds, texts within
 * their length, municipalities of the list. Errors are in the respondent's language, per question (and
 * per matrix item), so the page can tie each to its field.
 */
import { type Answer, OTHER } from './answer-types.js';
import type { Language, Question } from './schema.js';
import { ENGINE_WORDS } from './text.js';

/** What a form posts: one value or several per name. */
export type FormData = Readonly<Record<string, string | readonly string[] | undefined>>;

export const TEXT_MAX = 500;
export const LONGTEXT_MAX = 5000;

export interface PageResult {
  readonly answers: Record<string, Answer>;
  /** Field id → message (`vraag`, or `vraag.item` for a matrix row). */
  readonly errors: Record<string, string>;
}

function one(form: FormData, name: string): string {
  const v = form[name];
  const s = Array.isArray(v) ? (v[0] ?? '') : typeof v === 'string' ? v : '';
  return s.trim();
}

function many(form: FormData, name: string): string[] {
  const v = form[name];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return [...new Set(list.map((s) => s.trim()).filter((s) => s !== ''))];
}

export function maxLengthOf(q: Question): number {
  if (q.type === 'text') return q.maxLength ?? TEXT_MAX;
  if (q.type === 'longtext') return q.maxLength ?? LONGTEXT_MAX;
  return TEXT_MAX;
}

/** `12,5` or `12.5` → 12.5; anything else (thousands separators, units) → undefined. */
export function parseNumber(text: string): number | undefined {
  const t = text.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** `2026-03-02` or `2/3/2026` → `2026-03-02` if such a day exists. */
export function parseDate(text: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const be = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (be) [d, m, y] = [Number(be[1]), Number(be[2]), Number(be[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

function formatBound(n: number): string {
  return new Intl.NumberFormat('nl-BE').format(n);
}

export function readPage(
  questions: readonly Question[],
  form: FormData,
  language: Language,
  isMunicipality: (nis: string) => boolean,
): PageResult {
  const words = ENGINE_WORDS[language].errors;
  const answers: Record<string, Answer> = {};
  const errors: Record<string, string> = {};
  for (const q of questions) {
    const fail = (message: string, field: string = q.id) => {
      errors[field] = message;
    };
    switch (q.type) {
      case 'single': {
        const choice = one(form, q.id);
        const other = one(form, `${q.id}__${OTHER}`);
        if (choice === '') {
          if (q.required) fail(words.required);
          break;
        }
        const allowed = q.options.some((o) => o.value === choice) || (q.other && choice === OTHER);
        if (!allowed) fail(words.choice);
        else if (choice === OTHER && other === '') fail(words.otherEmpty, `${q.id}__${OTHER}`);
        else if (other.length > TEXT_MAX) fail(words.tooLong(TEXT_MAX), `${q.id}__${OTHER}`);
        else
          answers[q.id] = choice === OTHER ? { type: 'single', choice, other } : { type: 'single', choice };
        break;
      }
      case 'multiple': {
        const choices = many(form, q.id);
        const other = one(form, `${q.id}__${OTHER}`);
        if (choices.length === 0) {
          if (q.required) fail(words.required);
          break;
        }
        const allowed = (c: string) => q.options.some((o) => o.value === c) || (q.other && c === OTHER);
        // In the survey's order, so answers compare equal however the browser sent them.
        const order = [...q.options.map((o) => o.value), OTHER];
        const sorted = [...choices].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        if (!choices.every(allowed)) fail(words.choice);
        else if (q.maxChoices !== undefined && choices.length > q.maxChoices)
          fail(words.tooMany(q.maxChoices));
        else if (choices.includes(OTHER) && other === '') fail(words.otherEmpty, `${q.id}__${OTHER}`);
        else if (other.length > TEXT_MAX) fail(words.tooLong(TEXT_MAX), `${q.id}__${OTHER}`);
        else
          answers[q.id] = choices.includes(OTHER)
            ? { type: 'multiple', choices: sorted, other }
            : { type: 'multiple', choices: sorted };
        break;
      }
      case 'likert': {
        const items: Record<string, string> = {};
        let bad = false;
        for (const item of q.items) {
          const field = `${q.id}.${item.id}`;
          const v = one(form, field);
          if (v === '') {
            if (q.required) {
              fail(words.required, field);
              bad = true;
            }
          } else if (!q.scale.some((s) => s.value === v)) {
            fail(words.choice, field);
            bad = true;
          } else items[item.id] = v;
        }
        if (!bad && Object.keys(items).length > 0) answers[q.id] = { type: 'likert', items };
        break;
      }
      case 'number': {
        const text = one(form, q.id);
        if (text === '') {
          if (q.required) fail(words.required);
          break;
        }
        const n = parseNumber(text);
        if (n === undefined) fail(words.number);
        else if (q.integer && !Number.isInteger(n)) fail(words.integer);
        else if (q.min !== undefined && n < q.min) fail(words.min(formatBound(q.min)));
        else if (q.max !== undefined && n > q.max) fail(words.max(formatBound(q.max)));
        else answers[q.id] = { type: 'number', value: n };
        break;
      }
      case 'date': {
        const text = one(form, q.id);
        if (text === '') {
          if (q.required) fail(words.required);
          break;
        }
        const d = parseDate(text);
        if (d === undefined) fail(words.date);
        else if (q.min !== undefined && d < q.min) fail(words.min(q.min));
        else if (q.max !== undefined && d > q.max) fail(words.max(q.max));
        else answers[q.id] = { type: 'date', value: d };
        break;
      }
      case 'text':
      case 'longtext': {
        const raw = form[q.id];
        const text = (Array.isArray(raw) ? (raw[0] ?? '') : typeof raw === 'string' ? raw : '')
          .replace(/\r\n/g, '\n')
          .trim();
        const max = maxLengthOf(q);
        if (text === '') {
          if (q.required) fail(words.required);
        } else if ([...text].length > max) fail(words.tooLong(max));
        else answers[q.id] = { type: q.type, value: text };
        break;
      }
      case 'municipality': {
        const nis = one(form, q.id);
        if (nis === '') {
          if (q.required) fail(words.required);
        } else if (!/^\d{5}$/.test(nis) || !isMunicipality(nis)) fail(words.municipality);
        else answers[q.id] = { type: 'municipality', value: nis };
        break;
      }
    }
  }
  return { answers, errors };
}
