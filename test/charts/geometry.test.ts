import { describe, expect, it } from 'vitest';
import { buildDisplayMap, displayMap, type MapGeoJson } from '../../src/charts/geo/display-map.js';
import { preparedGeometry, prepareGeometry } from '../../src/charts/geo/prepared.js';
import { readMunicipalities, type SourceFeature } from '../../src/charts/geo/source.js';
import { buildTopology } from '../../src/charts/geo/topology.js';

type Pt = readonly [number, number];
const key = ([x, y]: Pt) => `${x},${y}`;
const segmentKey = (a: Pt, b: Pt) => [key(a), key(b)].sort().join('|');

/** How often each undirected segment is used by all rings. */
function segmentUse(rings: readonly (readonly Pt[])[]): Map<string, number> {
  const use = new Map<string, number>();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const k = segmentKey(ring[i] as Pt, ring[i + 1] as Pt);
      use.set(k, (use.get(k) ?? 0) + 1);
    }
  }
  return use;
}

/** Connected pieces of the segments used once: the outer boundary, holes, islands — and any sliver or gap. */
function boundaryLoops(use: Map<string, number>): number {
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    const p = parent.get(a) ?? a;
    if (p === a) return a;
    const root = find(p);
    parent.set(a, root);
    return root;
  };
  for (const [k, n] of use) {
    if (n !== 1) continue;
    const [a, b] = k.split('|') as [string, string];
    parent.set(find(a), find(b));
  }
  const roots = new Set<string>();
  for (const [k, n] of use) if (n === 1) roots.add(find(k.split('|')[0] as string));
  return roots.size;
}

const ringsOf = (json: MapGeoJson) => json.features.flatMap((f) => f.geometry.coordinates.flat());
const sourceRings = (features: readonly SourceFeature[]) => features.flatMap((f) => f.polygons.flat());

/** Two municipalities side by side with a wiggly shared border (lon/lat near Mechelen). */
function twoSquares(): SourceFeature[] {
  const border: [number, number][] = Array.from({ length: 41 }, (_, i) => [
    4.5 + 0.004 * Math.sin(i),
    51 + i * 0.0025,
  ]);
  const west: [number, number][] = [[4.4, 51], ...border, [4.4, 51.1], [4.4, 51]];
  const east: [number, number][] = [[4.6, 51], [4.6, 51.1], ...[...border].reverse(), [4.6, 51]];
  return [
    { nis: '1', name: 'West', province: 'p', polygons: [[west]] },
    { nis: '2', name: 'Oost', province: 'p', polygons: [[east]] },
  ];
}

describe('shared arcs', () => {
  it('finds the shared border once, used by both neighbours', () => {
    const topology = buildTopology(twoSquares());
    const shared = topology.arcUsers.filter((u) => u.length === 2);
    expect(shared).toHaveLength(1);
    expect(topology.arcUsers.every((u) => u.length <= 2)).toBe(true);
  });

  it('keeps neighbours on exactly the same simplified border (no gap, no sliver)', () => {
    const map = buildDisplayMap(prepareGeometry('2025', twoSquares()), { kind: 'region' });
    const use = segmentUse(ringsOf(map.geoJson));
    expect([...use.values()].filter((n) => n === 2).length).toBeGreaterThan(1);
    expect(boundaryLoops(use)).toBe(1);
  });

  it('cuts the real boundaries into arcs used by one municipality (outer border) or two', () => {
    const topology = preparedGeometry('2025').topology;
    expect(topology.features).toHaveLength(285);
    expect(topology.arcUsers.every((u) => u.length === 1 || u.length === 2)).toBe(true);
  });
});

describe('display maps', () => {
  for (const division of ['2019-2024', '2025'] as const) {
    it(`keeps the topology of Flanders (${division}): no segment used thrice, no new boundary pieces`, () => {
      const map = displayMap(division, { kind: 'region' });
      const use = segmentUse(ringsOf(map.geoJson));
      expect([...use.values()].every((n) => n <= 2)).toBe(true);
      const original = boundaryLoops(segmentUse(sourceRings(readMunicipalities(division))));
      expect(boundaryLoops(use)).toBeLessThanOrEqual(original);
      expect(map.geoJson.features).toHaveLength(division === '2025' ? 285 : 300);
      for (const f of map.geoJson.features)
        expect(f.geometry.coordinates.length, f.properties.name).toBeGreaterThan(0);
    });
  }

  it('has whole-pixel coordinates inside its frame, north up (y negated for ECharts)', () => {
    const map = displayMap('2025', { kind: 'province', nis: '70000' });
    for (const [x, y] of ringsOf(map.geoJson).flat()) {
      expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
      expect(x >= 0 && x <= map.width && -y >= 0 && -y <= map.height).toBe(true);
    }
    expect(map.municipalities.every((m) => m.nis.startsWith('7'))).toBe(true);
  });

  it('is prepared once per division and scope', () => {
    expect(displayMap('2025', { kind: 'region' })).toBe(displayMap('2025', { kind: 'region' }));
    expect(preparedGeometry('2025')).toBe(preparedGeometry('2025'));
  });

  it('follows the division: Zwijndrecht (Antwerpen) until 2024, Beveren-Kruibeke-Zwijndrecht (Oost-Vlaanderen) from 2025', () => {
    const nis = (division: '2019-2024' | '2025', province: string) =>
      displayMap(division, { kind: 'province', nis: province }).municipalities.map((m) => m.nis);
    expect(nis('2019-2024', '10000')).toContain('11056');
    expect(nis('2025', '10000')).not.toContain('11056');
    expect(nis('2025', '40000')).toContain('46030');
  });
});
