/** Days and clock times as the training pages write them ('YYYY-MM-DD', 'HH:MM', Brussels time). */
import { DUTCH_MONTHS } from '../domain/format.js';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const MONTHS = DUTCH_MONTHS;
const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** How far Brussels is ahead of UTC at an instant, in ms. */
function offsetAt(at: number): number {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const local = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return local - Math.floor(at / 60_000) * 60_000;
}

/** The instant of a Brussels day and time (winter and summer time both). */
export function brusselsInstant(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, h, mi);
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

/** `vrijdag 18 september 2020`. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** `vrijdag 18 september 2020, 9.30–16.00 uur`, or the day alone, or `nog in te plannen`. */
export function formatWhen(day: string | null, start: string | null, end: string | null): string {
  if (!day) return 'nog in te plannen';
  const time = (t: string) => t.replace(':', '.').replace(/^0(?=\d)/, '');
  if (start && end) return `${formatDay(day)}, ${time(start)}–${time(end)} uur`;
  if (start) return `${formatDay(day)}, vanaf ${time(start)} uur`;
  return formatDay(day);
}
