/** Days of the rondvraag: Brussels calendar days, answering possible until the closing day ends. */
import { brusselsDay } from '../usage/days.js';

const HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** Whether a text is a real calendar day 'YYYY-MM-DD'. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}

/** The instant it is `hour`:00 in Brussels on `day` ('YYYY-MM-DD'). */
export function brusselsTime(day: string, hour: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, hour) - offsetHours * 3600_000);
    if (brusselsDay(candidate) === day && Number(HOUR.format(candidate)) === hour) return candidate;
  }
  throw new RangeError(`no ${hour}:00 in Brussels on ${day}`);
}

/** The instant the Brussels day after `day` begins: the rondvraag's exclusive end. */
export function endOfBrusselsDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return brusselsTime(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10), 0);
}

/** The last day on which answers are taken ('YYYY-MM-DD'). */
export function lastDay(closesAt: Date): string {
  return brusselsDay(new Date(closesAt.getTime() - 1));
}
