import { describe, expect, it } from 'vitest';
import { editDistance, typoBudget } from '../../src/geo/edit-distance.js';
import { formedFromNote, listNl, mergedIntoNote } from '../../src/geo/merger-notes.js';
import { compactKey, innerWordKeys, normalizeWords, stripQualifier } from '../../src/geo/normalize.js';

describe('merger notes', () => {
  it('joins names the Dutch way', () => {
    expect(listNl(['A'])).toBe('A');
    expect(listNl(['A', 'B'])).toBe('A en B');
    expect(listNl(['A', 'B', 'C'])).toBe('A, B en C');
  });

  it('writes two-way, three-way, kept and new names', () => {
    expect(mergedIntoNote('Borsbeek', ['Antwerpen'], 'Antwerpen')).toBe(
      'Borsbeek is op 1 januari 2025 samengevoegd met Antwerpen.',
    );
    expect(mergedIntoNote('Tielt', ['Meulebeke'], 'Tielt')).toBe(
      'Tielt is op 1 januari 2025 samengevoegd met Meulebeke.',
    );
    expect(mergedIntoNote('Zwijndrecht', ['Beveren', 'Kruibeke'], 'Beveren-Kruibeke-Zwijndrecht')).toBe(
      'Zwijndrecht is op 1 januari 2025 samengevoegd met Beveren en Kruibeke tot Beveren-Kruibeke-Zwijndrecht.',
    );
    expect(mergedIntoNote('A', ['B', 'C'], 'B')).toBe(
      'A is op 1 januari 2025 samengevoegd met B en C tot de nieuwe gemeente B.',
    );
    expect(formedFromNote('Pajottegem', ['Galmaarden', 'Gooik', 'Herne'])).toBe(
      'Pajottegem is op 1 januari 2025 ontstaan uit de fusie van Galmaarden, Gooik en Herne.',
    );
  });
});

describe('normalization', () => {
  it('ignores case, accents, apostrophes, hyphens and spacing', () => {
    expect(normalizeWords('Sint-Genesius-Rode')).toBe('sint genesius rode');
    expect(normalizeWords('  Rhode-Saint-Genèse ')).toBe('rhode saint genese');
    expect(compactKey("'s-Gravenwezel")).toBe('sgravenwezel');
    expect(compactKey('St.-Truiden')).toBe('sinttruiden');
    expect(compactKey('Lo-Reninge')).toBe(compactKey('lo reninge'));
    expect(innerWordKeys('Beveren-Kruibeke-Zwijndrecht')).toEqual(['kruibekezwijndrecht', 'zwijndrecht']);
    expect(stripQualifier('Hove (Antwerpen)')).toBe('Hove');
    expect(stripQualifier('Hove')).toBe('Hove');
  });
});

describe('edit distance', () => {
  it('counts edits and transpositions, capped', () => {
    expect(editDistance('gent', 'gent', 2)).toBe(0);
    expect(editDistance('gnet', 'gent', 2)).toBe(1);
    expect(editDistance('kortrijck', 'kortrijk', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(typoBudget(2)).toBe(0);
    expect(typoBudget(4)).toBe(1);
  });
});
