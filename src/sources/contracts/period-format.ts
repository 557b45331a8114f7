/** Checks and normalises the period of a row, per the contract's period type. */
import { DUTCH_MONTHS } from '../../domain/format.js';
import type { ContractPeriod } from './contract-schema.js';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly expected: string };

const MONTHS = DUTCH_MONTHS;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(expected: string): Parsed<T> => ({ ok: false, expected });

export function parsePeriod(text: string, period: ContractPeriod): Parsed<string> {
  switch (period.type) {
    case 'date':
      return parseDate(text, period.day);
    case 'year':
      return /^\d{4}$/.test(text) && plausible(Number(text))
        ? ok(text)
        : fail(`een jaar geschreven als JJJJ, van ${MIN_YEAR} tot ${MAX_YEAR} (bv. 2024)`);
    case 'quarter': {
      const m = /^(\d{4})-[Qq](\d)$/.exec(text);
      if (!m || !plausible(Number(m[1]))) return fail('een kwartaal geschreven als JJJJ-Qn (bv. 2024-Q1)');
      const q = Number(m[2]);
      return q >= 1 && q <= 4
        ? ok(`${m[1]}-Q${q}`)
        : fail('een kwartaal JJJJ-Qn met n van 1 tot 4 (bv. 2024-Q1)');
    }
    case 'school_year': {
      const m = /^(\d{4})-(\d{4})$/.exec(text);
      if (!m || !plausible(Number(m[1])))
        return fail('een schooljaar geschreven als JJJJ-JJJJ (bv. 2023-2024)');
      return Number(m[2]) === Number(m[1]) + 1
        ? ok(text)
        : fail('een schooljaar JJJJ-JJJJ van twee opeenvolgende jaren (bv. 2023-2024)');
    }
  }
}

/** `day`: 'MM-DD' the contract requires (a stock on 1 January, on 31 December …). */
function parseDate(text: string, day: string | undefined): Parsed<string> {
  const example = `bv. 2024-${day ?? '01-01'}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !plausible(Number(m[1]))) return fail(`een datum geschreven als JJJJ-MM-DD (${example})`);
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) {
    return fail(`een bestaande datum geschreven als JJJJ-MM-DD (${example})`);
  }
  if (day !== undefined && `${m[2]}-${m[3]}` !== day) return fail(`${dayLabel(day)} (een datum JJJJ-${day})`);
  return ok(text);
}

/** '01-01' → '1 januari'. */
export function dayLabel(day: string): string {
  const [month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]}`;
}

function plausible(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
