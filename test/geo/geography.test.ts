import { describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { loadGeography } from '../../src/geo/index.js';

const geo = loadGeography();
const nis = asNisCode;

describe('areas', () => {
  it('has the expected number of areas per level and division', () => {
    const counts = (d: '2019-2024' | '2025') =>
      (['municipality', 'arrondissement', 'province', 'region'] as const).map((l) => geo.areas(d, l).length);
    expect(counts('2019-2024')).toEqual([300, 22, 5, 1]);
    expect(counts('2025')).toEqual([285, 22, 5, 1]);
  });

  it('counts municipalities per province', () => {
    const per = (d: '2019-2024' | '2025') =>
      ['10000', '20001', '30000', '40000', '70000'].map(
        (p) => geo.municipalitiesIn(d, 'province', nis(p)).length,
      );
    expect(per('2019-2024')).toEqual([69, 65, 64, 60, 42]);
    expect(per('2025')).toEqual([67, 63, 62, 55, 38]);
  });

  it('sorts areas by Dutch name', () => {
    expect(geo.areas('2025', 'province').map((a) => a.name)).toEqual([
      'Antwerpen',
      'Limburg',
      'Oost-Vlaanderen',
      'Vlaams-Brabant',
      'West-Vlaanderen',
    ]);
  });

  it('fills names and parents', () => {
    expect(geo.municipality('2019-2024', nis('11021'))).toEqual({
      level: 'municipality',
      nis: '11021',
      division: '2019-2024',
      name: 'Hove',
      statbelName: 'Hove (Antwerpen)',
      nameFr: 'Hove (Anvers)',
      parents: { arrondissement: '11000', province: '10000', region: '02000' },
    });
    const bkz = geo.municipality('2025', nis('46030'));
    expect(bkz?.name).toBe('Beveren-Kruibeke-Zwijndrecht');
    expect(bkz?.statbelName).toBeUndefined();
    expect(bkz?.parents).toEqual({ arrondissement: '46000', province: '40000', region: '02000' });
    expect(geo.area('2025', 'arrondissement', nis('11000'))?.parents).toEqual({
      province: '10000',
      region: '02000',
    });
    expect(geo.area('2025', 'province', nis('10000'))?.parents).toEqual({ region: '02000' });
    expect(geo.area('2025', 'province', nis('10000'))?.name).toBe('Antwerpen');
    expect(geo.area('2025', 'region', nis('02000'))?.name).toBe('Vlaams Gewest');
    expect(geo.area('2025', 'municipality', nis('11007'))).toBeUndefined();
    expect(geo.municipality('2019-2024', nis('11007'))?.name).toBe('Borsbeek');
  });
});

describe('membership', () => {
  it('moves Zwijndrecht from Antwerpen to Oost-Vlaanderen', () => {
    const ov2025 = geo.municipalitiesIn('2025', 'province', nis('40000'));
    expect(ov2025).toContain('46030');
    expect(ov2025).not.toContain('11056');
    expect(geo.municipalitiesIn('2019-2024', 'province', nis('10000'))).toContain('11056');
    const province = geo.area('2025', 'province', nis('40000'));
    expect(province && geo.sourceMunicipalities2024For(province)).toContain('11056');
  });

  it('moves Kortessem from arrondissement Tongeren to Hasselt', () => {
    const hasselt = geo.area('2025', 'arrondissement', nis('71000'));
    expect(hasselt && geo.sourceMunicipalities2024For(hasselt)).toContain('73040');
    expect(geo.municipalitiesIn('2019-2024', 'arrondissement', nis('73000'))).toContain('73040');
  });

  it('maps the 2025 region onto all 300 older municipalities', () => {
    const region = geo.area('2025', 'region', nis('02000'));
    const sources = region ? geo.sourceMunicipalities2024For(region) : [];
    expect(sources).toHaveLength(300);
    expect(new Set(sources).size).toBe(300);
  });

  it('treats a municipality as containing itself', () => {
    expect(geo.municipalitiesIn('2025', 'municipality', nis('44021'))).toEqual(['44021']);
    expect(geo.municipalitiesIn('2025', 'municipality', nis('99999'))).toEqual([]);
    const area2024 = geo.municipality('2019-2024', nis('11007'));
    expect(area2024 && geo.sourceMunicipalities2024For(area2024)).toEqual(['11007']);
  });
});

describe('crosswalk', () => {
  it('links both directions', () => {
    expect(geo.crosswalk).toHaveLength(300);
    expect(geo.successor(nis('11007'))).toBe('11002');
    expect(geo.successor(nis('44021'))).toBe('44021');
    expect(geo.successor(nis('99999'))).toBeUndefined();
    expect(geo.predecessors(nis('46030'))).toEqual(['11056', '46003', '46013']);
    expect(geo.predecessors(nis('11002'))).toEqual(['11002', '11007']);
    expect(geo.predecessors(nis('23106'))).toEqual(['23023', '23024', '23032']);
    const total = geo.areas('2025', 'municipality').reduce((n, a) => n + geo.predecessors(a.nis).length, 0);
    expect(total).toBe(300);
  });
});

describe('codes and labels', () => {
  it('knows Belgian municipality codes', () => {
    for (const code of ['21004', '62063', '46030', '11007', '44021']) {
      expect(geo.isKnownMunicipalityCode(nis(code))).toBe(true);
    }
    expect(geo.isKnownMunicipalityCode(nis('99999'))).toBe(false);
    expect(geo.isKnownMunicipalityCode(nis('10000'))).toBe(false);
  });

  it('labels areas with their level', () => {
    const label = (level: 'municipality' | 'arrondissement' | 'province' | 'region', code: string) => {
      const area = geo.area('2025', level, nis(code));
      return area && geo.displayName(area);
    };
    expect(label('province', '10000')).toBe('provincie Antwerpen');
    expect(label('arrondissement', '11000')).toBe('arrondissement Antwerpen');
    expect(label('municipality', '11002')).toBe('Antwerpen');
    expect(label('region', '02000')).toBe('Vlaams Gewest');
  });
});

describe('loading', () => {
  it('caches per data directory', () => {
    expect(loadGeography()).toBe(geo);
    expect(geo.divisions).toEqual(['2019-2024', '2025']);
  });
});
