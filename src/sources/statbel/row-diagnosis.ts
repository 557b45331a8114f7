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
    { column: layout.sex, problem: (c, s, e) => (sexCode(c.buf, s, e) ? undefined : 'M or F') },
    {
      column: layout.nationality,
      problem: (c, s, e) => (nationalityCode(c.buf, s, e) ? undefined : 'BEL or ETR'),
    },
    {
      column: layout.civilStatus,
      problem: (c, s, e) =>
        civilStatusCode(c.buf, s, e) > 0 ? undefined : 'a civil status code 1, 2, 3 or 4',
    },
    {
      column: layout.age,
      problem: (c, s, e) => (ageValue(c.buf, s, e) >= 0 ? undefined : 'an age in whole years from 0 to 120'),
    },
    {
      column: layout.population,
      problem: (c, s, e) =>
        populationValue(c.buf, s, e) >= 0
          ? undefined
          : `a whole number of inhabitants from 0 to ${MAX_INT32}`,
    },
  ];
  if (layout.year >= 0) list.push({ column: layout.year, problem: yearProblem });
  return list.sort((a, b) => a.column - b.column);
}

function nisProblem(ctx: RowContext, start: number, end: number): string | undefined {
  const nis = parseDigits(ctx.buf, start, end, 5, 5);
  if (nis < 0) return 'a 5-digit municipality code (REFNIS)';
  if (!ctx.isKnown(nis)) return 'a known municipality code (REFNIS) from the reference list';
  return undefined;
}

function yearProblem(ctx: RowContext, start: number, end: number): string | undefined {
  const year = parseDigits(ctx.buf, start, end, 4, 4);
  if (year < 0) return 'a 4-digit year';
  if (ctx.year >= 0 && year !== ctx.year) {
    return `the same year on every row (${ctx.year}, as on line ${ctx.yearLine})`;
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
  return new InputError({ file: ctx.where, line: ctx.line }, 'a valid data row');
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
    `${layout.count} fields separated by | (as in the header)`,
    `${fields} field${fields === 1 ? '' : 's'}: ${ctx.buf.toString('utf8', lineStart, lineEnd)}`,
  );
}

export function emptyLineError(where: string, line: number): InputError {
  return new InputError(
    { file: where, line, column: 1 },
    'a data row (empty lines are only allowed at the end of the file)',
    '',
  );
}
