/** Land areas from the boundary files, on the sphere: close to the official figures, both divisions. */
import { describe, expect, it } from 'vitest';
import { geometryAreaKm2, municipalityAreasKm2 } from '../../../src/compare/similar/surface-area.js';
import { asNisCode } from '../../../src/domain/brand.js';

const km2 = (division: '2019-2024' | '2025', nis: string) =>
  municipalityAreasKm2(division).get(asNisCode(nis)) ?? 0;
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

describe('municipal land areas', () => {
  it.each([
    ['2019-2024', '11002', 204.5], // Antwerpen
    ['2019-2024', '44021', 156.2], // Gent
    ['2025', '44021', 156.2],
    ['2019-2024', '73028', 1.35], // Herstappe
  ] as const)('%s %s ≈ %s km² (within 3 %)', (division, nis, official) => {
    expect(Math.abs(km2(division, nis) / official - 1)).toBeLessThan(0.03);
  });

  it('covers every Flemish municipality, about 13.625 km² in all, on both divisions', () => {
    expect(municipalityAreasKm2('2019-2024').size).toBe(300);
    expect(municipalityAreasKm2('2025').size).toBe(285);
    for (const division of ['2019-2024', '2025'] as const)
      expect(Math.abs(sum(municipalityAreasKm2(division).values()) / 13_625 - 1)).toBeLessThan(0.01);
  });

  it('gives a merged municipality the area of its parts', () => {
    const parts = km2('2019-2024', '11056') + km2('2019-2024', '46003') + km2('2019-2024', '46013');
    expect(Math.abs(km2('2025', '46030') / parts - 1)).toBeLessThan(0.005);
    const antwerpen = km2('2019-2024', '11002') + km2('2019-2024', '11007'); // + Borsbeek
    expect(Math.abs(km2('2025', '11002') / antwerpen - 1)).toBeLessThan(0.005);
  });

  it('does not depend on the orientation of the rings', () => {
    // About 1 km × 1 km at 51° N, counter-clockwise (RFC 7946) and clockwise (d3).
    const ring = [
      [4, 51],
      [4.01428, 51],
      [4.01428, 51.00899],
      [4, 51.00899],
      [4, 51],
    ];
    const ccw = geometryAreaKm2({ type: 'Polygon', coordinates: [ring] });
    const cw = geometryAreaKm2({ type: 'Polygon', coordinates: [[...ring].reverse()] });
    expect(ccw).toBeCloseTo(cw, 6); // 4π − a loses a few digits (~1e-8 km²)
    expect(ccw).toBeGreaterThan(0.99);
    expect(ccw).toBeLessThan(1.01);
  });

  it('reads each file once', () => {
    expect(municipalityAreasKm2('2025')).toBe(municipalityAreasKm2('2025'));
  });
});
