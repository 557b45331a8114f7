/** The rondvraag's overview: states, the map's classes, the rate per province and the combined view. */
import { describe, expect, it } from 'vitest';
import { brusselsTime, endOfBrusselsDay, isDay, lastDay } from '../../src/rondvraag/closing.js';
import { rondvraagOverview, rondvraagRows } from '../../src/rondvraag/overview.js';
import type { UsageRow } from '../../src/usage/overview.js';

const municipalities = [
  { nis: '44021', name: 'Gent', province: 'Oost-Vlaanderen' },
  { nis: '44084', name: 'Aalter', province: 'Oost-Vlaanderen' },
  { nis: '11002', name: 'Antwerpen', province: 'Antwerpen' },
  { nis: '24062', name: 'Leuven', province: 'Vlaams-Brabant' },
];
const at = new Date('2027-01-10T10:00:00Z');
const invitation = { email: 'x@y.be', invitedAt: at, reminders: 0 };

function usage(nis: string, adoption: UsageRow['adoption'], views: number): UsageRow {
  return { nis, adoption, views, downloadsTotal: 2 } as unknown as UsageRow;
}

describe('rondvraag overview', () => {
  const rows = rondvraagRows(
    municipalities,
    new Map([
      ['44021', 'a@gent.be'],
      ['44084', 'b@aalter.be'],
      ['11002', 'c@antwerpen.be'],
    ]),
    new Map([
      ['44021', invitation],
      ['44084', { ...invitation, reminders: 1 }],
      ['11002', invitation],
    ]),
    new Map([
      ['44021', { complete: true, use: 'ja' as const, updatedAt: at }],
      ['44084', { complete: false, use: 'nee' as const, updatedAt: at }],
    ]),
    [usage('44021', 'eigen', 5), usage('11002', 'bekeken', 1)],
  );

  it('tells not asked, not answered, started and answered apart, and colours the map by the answer', () => {
    expect(rows.map((r) => [r.nis, r.state, r.use ?? null, r.mapClass])).toEqual([
      ['44021', 'beantwoord', 'ja', 3],
      ['44084', 'begonnen', null, 1],
      ['11002', 'uitgenodigd', null, 1],
      ['24062', 'niet-bevraagd', null, 0],
    ]);
    expect(rows[0]?.adoption).toBe('eigen');
    expect(rows[3]?.adoption).toBeUndefined();
  });

  it('counts the response overall and per province, and the answers against the usage counts', () => {
    const o = rondvraagOverview(rows);
    expect(o.total).toEqual({ invited: 3, answered: 1, rate: 1 / 3 });
    expect(o.provinces).toEqual([
      { province: 'Antwerpen', invited: 1, answered: 0, rate: 0 },
      { province: 'Oost-Vlaanderen', invited: 2, answered: 1, rate: 0.5 },
      { province: 'Vlaams-Brabant', invited: 0, answered: 0, rate: null },
    ]);
    expect(o.use).toEqual({ ja: 1, nee: 0, 'weet-niet': 0 });
    expect(o.combined).toEqual([{ use: 'ja', adoption: 'eigen', n: 1 }]);
  });
});

describe('rondvraag days', () => {
  it('closes at the end of the closing day in Brussels, summer time or not', () => {
    expect(endOfBrusselsDay('2027-01-31').toISOString()).toBe('2027-01-31T23:00:00.000Z');
    expect(endOfBrusselsDay('2027-03-28').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(lastDay(endOfBrusselsDay('2027-03-28'))).toBe('2027-03-28');
    expect(brusselsTime('2027-07-15', 9).toISOString()).toBe('2027-07-15T07:00:00.000Z');
  });

  it('knows a real day from a text that only looks like one', () => {
    expect(isDay('2027-02-28')).toBe(true);
    expect(isDay('2027-02-30')).toBe(false);
    expect(isDay('15/01/2027')).toBe(false);
  });
});
