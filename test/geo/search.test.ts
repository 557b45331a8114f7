import { describe, expect, it } from 'vitest';
import type { Division } from '../../src/domain/division.js';
import { loadGeography } from '../../src/geo/index.js';

const geo = loadGeography();
const top = (query: string, division: Division = '2025') => geo.search(query, division)[0];
const codes = (query: string, division: Division) => geo.search(query, division).map((h) => h.area.nis);

describe('search by name', () => {
  it.each(['gent', 'GENT', 'Gent', ' gent '])('finds Gent for %j', (q) => {
    expect(top(q)?.area.nis).toBe('44021');
    expect(top(q)?.kind).toBe('name');
  });

  it.each(['sint niklaas', 'Sint-Niklaas', 'SINT NIKLAAS', 'sintniklaas', 'St.-Niklaas'])(
    'finds Sint-Niklaas for %j',
    (q) => {
      expect(top(q)?.area.nis).toBe('46021');
    },
  );

  it('understands Statbel qualifiers', () => {
    expect(top('Hove (Antwerpen)')?.area.nis).toBe('11021');
    expect(top('Hove (Antwerpen)')?.matchedName).toBe('Hove (Antwerpen)');
    expect(top('Kapellen')?.area.nis).toBe('11023');
    expect(top('Kapellen (Antwerpen)')?.area.nis).toBe('11023');
    expect(top('Hove (Limburg)')?.area.nis).toBe('11021');
  });

  it.each([
    ['Ronse', '45041'],
    ['Lo-Reninge', '32030'],
    ['lo reninge', '32030'],
    ['Spiere-Helkijn', '34043'],
    ['Sint-Genesius-Rode', '23101'],
    ['sint genesius rode', '23101'],
    ['Meise', '23050'],
    ['De Panne', '38008'],
    ['depanne', '38008'],
  ])('finds %s', (q, code) => {
    expect(top(q, '2019-2024')?.area.nis).toBe(code);
    expect(top(q, '2025')?.area.nis).toBe(code);
  });

  it('ignores accents and apostrophes present in the data (French names)', () => {
    expect(top('Rhode-Saint-Genèse')?.area.nis).toBe('23101');
    expect(top('rhode saint genese')?.area.nis).toBe('23101');
    expect(top('Léau')?.area.nis).toBe('24130');
    expect(top('leau')?.area.nis).toBe('24130');
    expect(top('Bourg-Leopold')?.area.nis).toBe('71034');
    expect(top("Ro'nse")?.area.nis).toBe('45041');
  });

  it('does not invent municipalities', () => {
    expect(geo.search("'s Gravenwezel", '2025').filter((h) => h.kind !== 'fuzzy')).toEqual([]);
    expect(geo.search('', '2025')).toEqual([]);
    expect(geo.search('  - ', '2025')).toEqual([]);
  });

  it('picks the right Tielt per division', () => {
    expect(top('Tielt', '2025')?.area.nis).toBe('37022');
    expect(top('Tielt', '2019-2024')?.area.nis).toBe('37015');
    expect(codes('Tielt', '2019-2024')).toContain('24135');
    expect(codes('Tielt', '2019-2024')).not.toContain('37007');
  });

  it('completes prefixes', () => {
    expect(top('sint-n')?.area.nis).toBe('46021');
    expect(top('sint-n')?.kind).toBe('name');
    expect(top('antw')?.area.nis).toBe('11002');
    expect(codes('sint', '2025').length).toBe(10);
    expect(geo.search('sint', '2025', 3)).toHaveLength(3);
  });

  it('suggests on typos', () => {
    expect(top('gnet')?.area.nis).toBe('44021');
    expect(top('gnet')?.kind).toBe('fuzzy');
    expect(top('Antwrepen')?.area.nis).toBe('11002');
    expect(top('Kortrijck')?.area.nis).toBe('34022');
    expect(top('Sint-Niklas')?.area.nis).toBe('46021');
  });
});

describe('search by code', () => {
  it('finds a code', () => {
    expect(top('11002')).toMatchObject({ kind: 'nis', matchedName: '11002', area: { name: 'Antwerpen' } });
    expect(top('46030', '2025')?.area.name).toBe('Beveren-Kruibeke-Zwijndrecht');
    expect(geo.search('99999', '2025')).toEqual([]);
  });

  it('resolves an older code on 2025 with a note', () => {
    const hit = top('11007', '2025');
    expect(hit).toMatchObject({ kind: 'former_nis', area: { nis: '11002' } });
    expect(hit?.note).toContain('Borsbeek');
    expect(top('71022', '2025')?.note).toBe(
      'Hasselt (NIS-code 71022) is op 1 januari 2025 samengevoegd met Kortessem. De nieuwe NIS-code is 71072.',
    );
  });

  it('resolves a 2025 code on 2019-2024 to its predecessors', () => {
    expect(codes('23106', '2019-2024')).toEqual(['23023', '23024', '23032']);
    expect(top('23106', '2019-2024')?.kind).toBe('former_nis');
  });
});

describe('mergers', () => {
  it('finds Borsbeek itself on 2019-2024 and Antwerpen on 2025', () => {
    expect(top('Borsbeek', '2019-2024')).toMatchObject({ kind: 'name', area: { nis: '11007' } });
    expect(top('borsbeek', '2019-2024')?.note).toBeUndefined();
    expect(top('borsbeek', '2025')).toMatchObject({
      kind: 'former_name',
      matchedName: 'Borsbeek',
      area: { nis: '11002', division: '2025' },
      note: 'Borsbeek is op 1 januari 2025 samengevoegd met Antwerpen.',
    });
  });

  it('writes a sentence for a three-way merger under a new name', () => {
    expect(top('Zwijndrecht', '2025')).toMatchObject({
      area: { nis: '46030' },
      note: 'Zwijndrecht is op 1 januari 2025 samengevoegd met Beveren en Kruibeke tot Beveren-Kruibeke-Zwijndrecht.',
    });
    expect(top('De Pinte', '2025')?.note).toBe(
      'De Pinte is op 1 januari 2025 samengevoegd met Nazareth tot Nazareth-De Pinte.',
    );
    expect(top('Kortessem', '2025')).toMatchObject({
      area: { nis: '71072' },
      note: 'Kortessem is op 1 januari 2025 samengevoegd met Hasselt.',
    });
  });

  it('finds the predecessors of a 2025-only name on 2019-2024', () => {
    const hits = geo.search('Pajottegem', '2019-2024');
    expect(hits.map((h) => h.area.name)).toEqual(['Galmaarden', 'Gooik', 'Herne']);
    expect(hits.every((h) => h.area.division === '2019-2024')).toBe(true);
    expect(hits[0]?.note).toBe(
      'Pajottegem is op 1 januari 2025 ontstaan uit de fusie van Galmaarden, Gooik en Herne.',
    );
  });

  it('ranks own exact names above merger links and keeps results in the requested division', () => {
    expect(codes('Melle', '2019-2024')).toEqual(['44040']);
    for (const q of ['Antwerpen', 'Hasselt', 'Lokeren', 'zwijndrecht', 'beveren']) {
      for (const h of geo.search(q, '2025')) expect(h.area.division).toBe('2025');
    }
    expect(top('Hasselt', '2025')).toMatchObject({ kind: 'name', area: { nis: '71072' } });
  });
});
