/**
 * Map inputs from the real Statbel figures in data/stats (share of non-Belgians on 1/1/2021 per
 * municipality, both divisions); a few municipalities get a non-value state to test "geen cijfer".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChoroplethInput } from '../../src/charts/choropleth.js';
import type { Division } from '../../src/domain/division.js';
import { type FigureValue, notAvailable, suppressed } from '../../src/domain/value.js';
import { DEFAULT_DATA_DIR } from '../../src/geo/index.js';
import { STATBEL } from './fixtures.js';

export function nonBelgianShares(division: Division): Map<string, number> {
  const file =
    division === '2025'
      ? 'statbel_pop_2021_by_municipality_2025.csv'
      : 'statbel_pop_2021_by_municipality_2019_2024.csv';
  const [header, ...lines] = readFileSync(join(DEFAULT_DATA_DIR, 'stats', file), 'utf8')
    .trim()
    .split('\n');
  const columns = (header ?? '').split(',');
  const nis = columns.indexOf('nis_code');
  const total = columns.indexOf('total');
  const foreign = columns.indexOf('non_belgian');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[nis] as string, Number(cells[foreign]) / Number(cells[total])];
    }),
  );
}

/** Test states, not real ones: these municipalities are shown without a figure. */
const NO_FIGURE: Readonly<Record<string, FigureValue>> = {
  '11004': suppressed(5, 'primary'), // Boechout
  '24020': notAvailable('testgeval'), // Diest
  '44083': suppressed(5, 'secondary'), // Deinze
};

export function mapInput(
  division: Division,
  scope: 'region' | 'province',
  provinceNis = '10000',
): ChoroplethInput {
  const shares = nonBelgianShares(division);
  return {
    title: 'Aandeel niet-Belgen',
    unit: 'percent',
    scope,
    scopeArea:
      scope === 'region'
        ? { nis: '02000', label: 'Vlaams Gewest' }
        : {
            nis: provinceNis,
            label: provinceNis === '10000' ? 'provincie Antwerpen' : `provincie ${provinceNis}`,
          },
    subjectNis: '12025',
    division,
    source: STATBEL,
    periodLabel: 'toestand op 1 januari 2021',
    demo: false,
    values: [...shares].map(([nis, share]) => ({ nis, value: NO_FIGURE[nis] ?? share })),
  };
}
