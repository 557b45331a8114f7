/** The contacts file of the rondvraag: what it accepts, and every problem named with its line. */
import { describe, expect, it } from 'vitest';
import type { NisCode } from '../../src/domain/brand.js';
import { loadGeography } from '../../src/geo/index.js';
import { problemText, readContactsCsv } from '../../src/rondvraag/contacts-csv.js';
import { municipalityLookup } from '../../src/rondvraag/municipalities.js';

const lookup = municipalityLookup(loadGeography());
const read = (text: string) => readContactsCsv(Buffer.from(text), lookup);
const problems = (text: string) => {
  const result = read(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(problemText);
};

describe('contacts CSV', () => {
  it('reads NIS code, e-mail and name, with ";" or ",", a BOM and columns in any order', () => {
    const result = read(
      '\uFEFFNaam;E-mail;NIS-code\r\nAn Peeters;An@Gent.be;44021\r\n;info@antwerpen.be;11002\r\n',
    );
    expect(result).toEqual({
      ok: true,
      contacts: [
        { nis: '44021', email: 'an@gent.be', name: 'An Peeters', line: 2 },
        { nis: '11002', email: 'info@antwerpen.be', name: null, line: 3 },
      ],
    });
    const comma = read('nis,email\n44021,an@gent.be\n\n11002,"info@antwerpen.be"\n');
    expect(comma.ok && comma.contacts.map((c) => [c.nis, c.line])).toEqual([
      ['44021', 2],
      ['11002', 4],
    ]);
  });

  it('names the line of a bad NIS code, a bad e-mail and a duplicate municipality', () => {
    expect(
      problems(
        [
          'nis;email',
          '44021;an@gent.be',
          '4402;x@gent.be',
          '11007;jo@borsbeek.be',
          '21004;brussel@example.be',
          '11002;geen-adres',
          '44021;els@gent.be',
          '12345;',
        ].join('\n'),
      ),
    ).toEqual([
      'Regel 3: "4402" is geen NIS-code (vijf cijfers, bv. 44021 voor Gent).',
      `Regel 4: 11007 is geen gemeente van de huidige indeling (2025): sinds 1 januari 2025 hoort ze bij Antwerpen (11002).`,
      'Regel 5: 21004 is geen Vlaamse gemeente van de huidige indeling (2025).',
      'Regel 6: "geen-adres" is geen geldig e-mailadres.',
      'Regel 7: Gent (44021) staat ook al op regel 2: geef één contact per gemeente.',
      'Regel 8: 12345 is geen Vlaamse gemeente van de huidige indeling (2025).',
      'Regel 8: Het e-mailadres ontbreekt.',
    ]);
  });

  it('refuses a file without the needed columns, an empty one, and one that is not UTF-8', () => {
    expect(problems('gemeente;adres\nGent;an@gent.be\n')).toEqual([
      'Regel 1: De eerste regel moet de kolomnamen geven: een kolom "nis" met de NIS-code en een kolom "e-mail" met het e-mailadres ontbreekt (gevonden: gemeente, adres).',
    ]);
    expect(problems('')).toEqual(['Het bestand is leeg.']);
    expect(problems('nis;email\n')).toEqual(['Het bestand heeft geen contacten onder de kolomnamen.']);
    const latin1 = Buffer.from('nis;naam;email\n44021;Bart Vandenbroecke\xe9;b@gent.be\n', 'latin1');
    const result = readContactsCsv(latin1, lookup);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/geen UTF-8/);
  });

  it('names the line of a broken quote', () => {
    expect(problems('nis;email\n44021;an@gent.be\n11002;"info@antwerpen.be\n')[0]).toMatch(
      /^Regel \d: Het bestand is geen geldige CSV/,
    );
  });

  it('knows the 285 municipalities of the 2025 division', () => {
    const geo = loadGeography();
    const all = geo.areas('2025', 'municipality');
    expect(all).toHaveLength(285);
    expect(all.every((m) => lookup.name(m.nis) === m.name)).toBe(true);
    expect(lookup.name('11007' as NisCode)).toBeUndefined();
  });
});
