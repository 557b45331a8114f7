/** Calendar days and months in Brussels time, as 'YYYY-MM-DD' and 'YYYY-MM' (what the store keeps). */

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let cached = { minute: Number.NaN, day: '' };

/** The Brussels calendar day of an instant (days change on the minute: one formatting per minute). */
export function brusselsDay(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== cached.minute) cached = { minute, day: DAY.format(at) };
  return cached.day;
}

/** The first day of the last 12 months up to `today`: a year before, plus one day ('YYYY-MM-DD'). */
export function yearBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first day of the 12 calendar months ending with the month of `today` ('YYYY-MM-DD'). */
export function twelveMonthsBefore(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 - 11, 1));
  return first.toISOString().slice(0, 10);
}

/** The months from the month of `from` to the month of `to`, both included ('YYYY-MM'). */
export function monthsBetween(from: string, to: string): string[] {
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const [y1, m1] = to.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++)
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return months;
}
