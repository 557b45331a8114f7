/**
 * Slow path, run only when a row failed the fast checks: re-examines the fields in column order
 * and builds the error for the first bad one.
 */
import { InputError } from '../../domain/input-error.js';
import {
  ageValue,
  civilStatusCode,
  MAX_INT32,
  nationalityCode,
  parseDigits,
  populationValue,
  sexCode,
} from './field-codes.js';
import type { ColumnLayout } from './header.js';

export interface RowContext {
  buf: Buffer;
  fieldStart: Int32Array;
  fieldEnd: Int32Array;
  layout: ColumnLayout;
  where: string;
  line: number;
  isKnown: (nis: number) => boolean;
  /** Year of the first data row's CD_YEAR, or -1 while none was read. */
  year: number;
  yearLine: number;
}

interface Check {
  column: number;
  /** Returns what was expected when the field is wrong, else undefined. */
  problem: (ctx: RowContext, start: number, end: number) => string | undefined;
}

function checks(layout: ColumnLayout): Check[] {
  const list: Check[] = [
    { column: layout.nis, problem: nisProblem },
    { column: layout.sex, problem: (c, s, e) => (sexCode(c.buf, s, e) ? undefined : 'M of F') },
    {
      column: layout.nationality,
      problem: (c, s, e) => (nationalityCode(c.buf, s, e) ? undefined : 'BEL of ETR'),
    },
    {
      column: layout.civilStatus,
      problem: (c, s, e) =>
        civilStatusCode(c.buf, s, e) > 0 ? undefined : 'een code burgerlijke staat 1, 2, 3 of 4',
    },
    {
      column: layout.age,
      problem: (c, s, e) =>
        ageValue(c.buf, s, e) >= 0 ? undefined : 'een leeftijd in hele jaren van 0 tot 120',
    },
    {
      column: layout.population,
      problem: (c, s, e) =>
        populationValue(c.buf, s, e) >= 0 ? undefined : `een geheel aantal inwoners van 0 tot ${MAX_INT32}`,
    },
  ];
  if (layout.year >= 0) list.push({ column: layout.year, problem: yearProblem });
  return list.sort((a, b) => a.column - b.column);
}

function nisProblem(ctx: RowContext, start: number, end: number): string | undefined {
  const nis = parseDigits(ctx.buf, start, end, 5, 5);
  if (nis < 0) return 'een gemeentecode (REFNIS) van 5 cijfers';
  if (!ctx.isKnown(nis)) return 'een bekende gemeentecode (REFNIS) uit de referentielijst';
  return undefined;
}

function yearProblem(ctx: RowContext, start: number, end: number): string | undefined {
  const year = parseDigits(ctx.buf, start, end, 4, 4);
  if (year < 0) return 'een jaartal van 4 cijfers';
  if (ctx.year >= 0 && year !== ctx.year) {
    return `hetzelfde jaar op elke rij (${ctx.year}, zoals op regel ${ctx.yearLine})`;
  }
  return undefined;
}

const cache = new WeakMap<ColumnLayout, Check[]>();

export function diagnoseRow(ctx: RowContext): InputError {
  let list = cache.get(ctx.layout);
  if (!list) {
    list = checks(ctx.layout);
    cache.set(ctx.layout, list);
  }
  for (const check of list) {
    const start = ctx.fieldStart[check.column] as number;
    const end = ctx.fieldEnd[check.column] as number;
    const expected = check.problem(ctx, start, end);
    if (expected !== undefined) {
      return new InputError(
        { file: ctx.where, line: ctx.line, column: check.column + 1, field: ctx.layout.names[check.column] },
        expected,
        ctx.buf.toString('utf8', start, end),
      );
    }
  }
  // Unreachable unless fast and slow checks disagree; still report something actionable.
  return new InputError({ file: ctx.where, line: ctx.line }, 'een geldige gegevensrij');
}

export function fieldCountError(
  ctx: RowContext,
  lineStart: number,
  lineEnd: number,
  fields: number,
): InputError {
  const { layout } = ctx;
  const column = Math.min(fields, layout.count) + 1;
  return new InputError(
    { file: ctx.where, line: ctx.line, column, field: layout.names[column - 1] },
    `${layout.count} velden gescheiden door | (zoals in de kopregel)`,
    `${fields} veld${fields === 1 ? '' : 'en'}: ${ctx.buf.toString('utf8', lineStart, lineEnd)}`,
  );
}

export function emptyLineError(where: string, line: number): InputError {
  return new InputError(
    { file: where, line, column: 1 },
    'een gegevensrij (lege regels mogen alleen aan het einde van het bestand staan)',
    '',
  );
}
