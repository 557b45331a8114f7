/** Feature space and nearest neighbours on made-up municipalities: weights, ties, order, edge cases. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFeatureSpace, distanceBetween } from '../../../src/compare/similar/feature-space.js';
import { FEATURES, type MunicipalityFeatures } from '../../../src/compare/similar/features.js';
import { featureYear, type LoadedFeatures } from '../../../src/compare/similar/load-features.js';
import { nearestNeighbours } from '../../../src/compare/similar/neighbours.js';
import {
  allSimilarGroups,
  similarGroup,
  similarityModel,
} from '../../../src/compare/similar/similar-groups.js';
import { asNisCode } from '../../../src/domain/brand.js';

function municipality(nis: string, population: number, areaKm2 = 10, foreign = 0.05, young = 0.2, old = 0.2) {
  return {
    nis: asNisCode(nis),
    name: `G${nis}`,
    population,
    areaKm2,
    density: population / areaKm2,
    nonBelgianShare: foreign,
    share0to17: young,
    share18to64: 1 - young - old,
    share65plus: old,
  } satisfies MunicipalityFeatures;
}

const loaded = (features: MunicipalityFeatures[]): LoadedFeatures => ({
  division: '2025',
  year: 2021,
  features,
  missing: [asNisCode('99999')],
});

const sample = [
  municipality('10001', 1000),
  municipality('10002', 2000),
  municipality('10003', 4000),
  municipality('10004', 8000, 10, 0.2),
  municipality('10005', 16000, 5, 0.1, 0.25, 0.15),
  municipality('10006', 32000, 40, 0.02, 0.18, 0.25),
];

describe('feature space', () => {
  it('standardises every feature: mean 0, and the squares of a column add up to n × its weight share', () => {
    const space = buildFeatureSpace(sample);
    const m = FEATURES.length;
    const total = FEATURES.reduce((s, f) => s + f.weight, 0);
    FEATURES.forEach((f, j) => {
      const column = sample.map((_, i) => space.matrix[i * m + j] as number);
      expect(column.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
      expect(column.reduce((a, b) => a + b * b, 0)).toBeCloseTo((sample.length * f.weight) / total, 12);
    });
  });

  it('is a metric: zero to itself, symmetric, triangle inequality', () => {
    const space = buildFeatureSpace(sample);
    const n = sample.length;
    for (let i = 0; i < n; i++) {
      expect(distanceBetween(space, i, i)).toBe(0);
      for (let j = 0; j < n; j++) {
        expect(distanceBetween(space, i, j)).toBe(distanceBetween(space, j, i));
        for (let k = 0; k < n; k++)
          expect(distanceBetween(space, i, k)).toBeLessThanOrEqual(
            distanceBetween(space, i, j) + distanceBetween(space, j, k) + 1e-12,
          );
      }
    }
  });

  it('lets a feature that does not vary count for nothing (no division by zero)', () => {
    const flat = [municipality('10001', 1000), municipality('10002', 1000), municipality('10003', 1000)];
    const space = buildFeatureSpace(flat);
    expect([...space.matrix].every((x) => x === 0)).toBe(true);
  });

  it('refuses features that are not finite and weights that add up to nothing', () => {
    expect(() => buildFeatureSpace([municipality('10001', 0)])).toThrow(/not finite/);
    expect(() =>
      buildFeatureSpace(
        sample,
        FEATURES.map((f) => ({ ...f, weight: 0 })),
      ),
    ).toThrow(/weights/);
  });

  it('follows the weights: with only size weighing, the nearest are the nearest in log population', () => {
    const sizeOnly = FEATURES.map((f) => ({ ...f, weight: f.key === 'population' ? 1 : 0 }));
    const model = similarityModel(loaded(sample), { k: 2, definitions: sizeOnly });
    const group = similarGroup(model, asNisCode('10003'));
    expect(group.available && group.group.members.map((m) => m.nis)).toEqual(['10002', '10004']);
  });
});

describe('nearest neighbours', () => {
  it('excludes the municipality itself and orders by distance', () => {
    const space = buildFeatureSpace(sample);
    const nn = nearestNeighbours(space, 2, 3);
    expect(nn).toHaveLength(3);
    expect(nn.map((n) => n.index)).not.toContain(2);
    expect(nn.map((n) => n.distance)).toEqual([...nn.map((n) => n.distance)].sort((a, b) => a - b));
  });

  it('breaks ties by NIS code', () => {
    // Five identical municipalities: all at distance 0 from each other.
    const same = ['10005', '10003', '10001', '10004', '10002'].map((nis) => municipality(nis, 1000));
    const model = similarityModel(loaded(same), { k: 3 });
    const g = similarGroup(model, asNisCode('10003'));
    expect(g.available && g.group.members.map((m) => m.nis)).toEqual(['10001', '10002', '10004']);
  });

  it('gives the same groups whatever the order of the input', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sample, { minLength: sample.length, maxLength: sample.length }),
        (shuffled) => {
          expect(allSimilarGroups(similarityModel(loaded(shuffled), { k: 3 }))).toEqual(
            allSimilarGroups(similarityModel(loaded(sample), { k: 3 })),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('caps the group at all other municipalities, and allows an empty group', () => {
    const all = similarityModel(loaded(sample), { k: 50 });
    expect(all.k).toBe(sample.length - 1);
    const g = similarGroup(all, asNisCode('10001'));
    expect(g.available && g.group.members).toHaveLength(5);
    expect(nearestNeighbours(buildFeatureSpace(sample), 0, 0)).toEqual([]);
    expect(() => nearestNeighbours(buildFeatureSpace(sample), 0, -1)).toThrow(RangeError);
  });

  it('says why a municipality has no group', () => {
    const model = similarityModel(loaded(sample));
    expect(similarGroup(model, asNisCode('99999'))).toEqual({
      available: false,
      reason: 'geen bevolkingscijfers voor 1 januari 2021 op de gemeentelijke indeling 2025',
    });
    expect(similarGroup(model, asNisCode('21004'))).toMatchObject({ available: false });
  });
});

describe('featureYear', () => {
  it.each([
    [[2021], 2025, 2021],
    [[2019, 2021], 2020, 2019],
    [[2021, 2019], 2018, 2019],
    [[], 2021, undefined],
  ])('release years %j, year %s → %s', (years, year, expected) => {
    expect(featureYear(years, year)).toBe(expected);
  });
});
