/** Geography: loading the reference tables and searching, next to reading the same files / a bare scan. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGeography, DEFAULT_DATA_DIR } from '../src/geo/index.js';
import { median, row } from './measure.js';

const FILES = [
  'municipalities_2019_2024.csv',
  'municipalities_2025.csv',
  'municipality_crosswalk_2024_2025.csv',
];

function timeMany(n: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export function benchGeo(): string[] {
  const load = timeMany(20, () => createGeography(DEFAULT_DATA_DIR));
  const read = timeMany(20, () => {
    for (const f of FILES) readFileSync(join(DEFAULT_DATA_DIR, 'reference', f), 'utf8').split('\n');
    readFileSync(join(DEFAULT_DATA_DIR, 'reference', 'statbel_TU_COM_REFNIS_2022-03.txt'), 'utf8').split(
      '\r\n',
    );
  });
  const geo = createGeography(DEFAULT_DATA_DIR);
  const names = geo.areas('2025', 'municipality').map((a) => a.name.toLowerCase());
  const queries = ['gent', 'sint-n', 'borsbeek', 'Hove (Antwerpen)', '11002', 'antw'];
  const search = timeMany(200, () => {
    for (const q of queries) geo.search(q, '2025');
  });
  const scan = timeMany(200, () => {
    for (const q of queries) names.filter((n) => n.startsWith(q.toLowerCase()));
  });
  return [
    row(
      'geography load (both divisions, checks)',
      `${load.toFixed(1)} ms`,
      `${read.toFixed(1)} ms`,
      load / read,
      'goal < 50 ms',
    ),
    row(
      'search, 6 queries',
      `${(search * 1000).toFixed(0)} µs`,
      `${(scan * 1000).toFixed(0)} µs`,
      search / scan,
      'goal < 1 ms each',
    ),
    '  (baselines: reading and splitting the same files; a bare prefix scan over the names)',
  ];
}
