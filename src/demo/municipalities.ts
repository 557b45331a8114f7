/** The 300 municipalities of the 2019-2024 division, in NIS order, with their parents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadGeography } from '../geo/index.js';

export interface Municipality {
  /** Position in `municipalities`; arrays of the model are indexed by it. */
  readonly index: number;
  readonly nis: string;
  readonly arrondissement: string;
  readonly province: string;
  /** Real Statbel population on 1/1/2019 (data/stats/), used for the municipality's own growth trend. */
  readonly population2019: number;
}

const TOTALS_2019_FILE = join('stats', 'population_total_2019_2020_by_municipality_2019_2024.csv');

export function loadMunicipalities(dataDir: string = DEFAULT_DATA_DIR): Municipality[] {
  const totals2019 = new Map<string, number>();
  const lines = readFileSync(join(dataDir, TOTALS_2019_FILE), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [nis, , pop2019] = line.trim().split(',');
    if (nis && pop2019) totals2019.set(nis, Number(pop2019));
  }
  const areas = loadGeography(dataDir).areas('2019-2024', 'municipality');
  return [...areas]
    .sort((a, b) => (a.nis < b.nis ? -1 : a.nis > b.nis ? 1 : 0))
    .map((area, index) => ({
      index,
      nis: area.nis,
      arrondissement: area.parents.arrondissement ?? '',
      province: area.parents.province ?? '',
      population2019: totals2019.get(area.nis) ?? 0,
    }));
}
