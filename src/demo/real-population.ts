/**
 * Reads the REAL Statbel population of 1/1/2021 per Flemish municipality × sex × nationality (BEL/ETR)
 * × single age: the base every demonstration figure is derived from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../geo/index.js';
import { AGE_COUNT, SEXES } from './ages.js';

export const REAL_POPULATION_FILE = join(
  'stats',
  'statbel_pop_2021_flanders_municipality_sex_nationality_age.csv',
);

/** Per municipality: [sex][nationality 0=BEL, 1=ETR][age] flattened; see `realIndex`. */
export type RealCells = Float64Array;

export function realIndex(sex: number, nat: number, age: number): number {
  return (sex * 2 + nat) * AGE_COUNT + age;
}

export function readRealPopulation(dataDir: string = DEFAULT_DATA_DIR): ReadonlyMap<string, RealCells> {
  const file = join(dataDir, REAL_POPULATION_FILE);
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]?.replace(/^\uFEFF/, '').trim();
  if (header !== 'nis_code,sex,nationality,age,population') {
    throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  }
  const byMunicipality = new Map<string, RealCells>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const [nis = '', sex = '', nat = '', age = '', population = ''] = line.split(',');
    const s = SEXES.indexOf(sex as 'M' | 'F');
    const n = nat === 'BEL' ? 0 : nat === 'ETR' ? 1 : -1;
    const a = Number(age);
    if (s < 0 || n < 0 || !(a >= 0 && a < AGE_COUNT))
      throw new Error(`${file}:${i + 1}: unexpected row ${line}`);
    let cells = byMunicipality.get(nis);
    if (!cells) {
      cells = new Float64Array(2 * 2 * AGE_COUNT);
      byMunicipality.set(nis, cells);
    }
    // Summed, not overwritten: the source may repeat a key (ages ≥ 100 are top-coded).
    cells[realIndex(s, n, a)] = (cells[realIndex(s, n, a)] ?? 0) + Number(population);
  }
  return byMunicipality;
}
