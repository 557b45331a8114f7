/**
 * Periods of figures, normalised as text: a stock on a day ('2024-01-01'), a calendar year ('2024'),
 * a quarter ('2024-Q1') or a school year ('2023-2024'). Every figure carries its period, so figures of
 * different moments never look alike ("1 januari" vs "31 december" vs a quarter).
 */
import { formatDate } from './format.js';

export type PeriodType = 'date' | 'year' | 'quarter' | 'school_year';

const PATTERNS: Record<PeriodType, RegExp> = {
  date: /^(\d{4})-(\d{2})-(\d{2})$/,
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  school_year: /^(\d{4})-(\d{4})$/,
};

export function periodType(period: string): PeriodType {
  for (const type of ['date', 'quarter', 'school_year', 'year'] as const)
    if (PATTERNS[type].test(period)) return type;
  throw new TypeError(`not a period: ${period}`);
}

/** The calendar year a period belongs to (a school year: the year it starts in). */
export function periodYear(period: string): number {
  return Number(period.slice(0, 4));
}

export function quarterOf(period: string): number | undefined {
  const m = PATTERNS.quarter.exec(period);
  return m ? Number(m[2]) : undefined;
}

/** Dutch label of a period: '1 januari 2024', '2024', '1e kwartaal 2024', 'schooljaar 2023-2024'. */
export function formatPeriod(period: string): string {
  switch (periodType(period)) {
    case 'date':
      return formatDate(period);
    case 'year':
      return period;
    case 'quarter':
      return `${quarterOf(period)}e kwartaal ${periodYear(period)}`;
    case 'school_year':
      return `schooljaar ${period}`;
  }
}

/** What the period means for a reader: 'toestand op 1 januari 2024', 'in de loop van 2024', … */
export function describePeriod(period: string): string {
  switch (periodType(period)) {
    case 'date':
      return `toestand op ${formatDate(period)}`;
    case 'year':
      return `in de loop van ${period}`;
    case 'quarter':
      return `in het ${formatPeriod(period)}`;
    case 'school_year':
      return `in het ${formatPeriod(period)}`;
  }
}

export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The day a period starts (a date is its own start): the date classifications such as EU membership use. */
export function periodStartDate(period: string): string {
  return periodType(period) === 'date' ? period : `${periodYear(period)}-01-01`;
}
