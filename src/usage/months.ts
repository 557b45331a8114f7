/** Month names in Dutch: '2026-12' → 'december 2026'. */
import { DUTCH_MONTHS } from '../domain/format.js';

const MONTHS = DUTCH_MONTHS;

export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}
