/** Period spellings per contract period type. */
import { describe, expect, it } from 'vitest';
import { dayLabel, parsePeriod } from '../../../src/sources/contracts/period-format.js';

const value = (text: string, period: Parameters<typeof parsePeriod>[1]) => {
  const parsed = parsePeriod(text, period);
  return parsed.ok ? parsed.value : `! ${parsed.expected}`;
};

describe('parsePeriod', () => {
  it('dates: ISO, existing, on the required day', () => {
    const stock = { type: 'date', column: 'datum', day: '01-01' } as const;
    expect(value('2024-01-01', stock)).toBe('2024-01-01');
    expect(value('2024-02-30', { type: 'date', column: 'datum' })).toMatch(/^! een bestaande datum/);
    expect(value('2024-02-29', { type: 'date', column: 'datum' })).toBe('2024-02-29');
    expect(value('01/01/2024', stock)).toMatch(/^! een datum geschreven als JJJJ-MM-DD/);
    expect(value('2024-12-31', stock)).toBe('! 1 januari (een datum JJJJ-01-01)');
  });

  it('years, quarters and school years', () => {
    expect(value('2024', { type: 'year', column: 'jaar' })).toBe('2024');
    expect(value('2024.0', { type: 'year', column: 'jaar' })).toMatch(/^! een jaar/);
    expect(value('2024-q3', { type: 'quarter', column: 'kwartaal' })).toBe('2024-Q3');
    expect(value('2024-Q0', { type: 'quarter', column: 'kwartaal' })).toMatch(/van 1 tot 4/);
    expect(value('2024Q1', { type: 'quarter', column: 'kwartaal' })).toMatch(/geschreven als JJJJ-Qn/);
    expect(value('2023-2024', { type: 'school_year', column: 'schooljaar' })).toBe('2023-2024');
    expect(value('2023-24', { type: 'school_year', column: 'schooljaar' })).toMatch(
      /geschreven als JJJJ-JJJJ/,
    );
  });

  it('names the day in words', () => {
    expect(dayLabel('12-31')).toBe('31 december');
  });
});
