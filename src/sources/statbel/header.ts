/** Locates the Statbel columns by name, so column order and extra columns do not matter. */
import { InputError } from '../../domain/input-error.js';

export interface ColumnLayout {
  count: number;
  names: string[];
  nis: number;
  sex: number;
  nationality: number;
  civilStatus: number;
  age: number;
  population: number;
  /** Optional columns: -1 when absent. */
  year: number;
  nameNl: number;
  arrondissement: number;
  province: number;
  region: number;
}

/** Each role with its accepted names, current name first (older Statbel files use the second). */
const REQUIRED = {
  nis: ['CD_REFNIS', 'CD_MUNTY_REFNIS'],
  sex: ['CD_SEX'],
  nationality: ['CD_NATLTY'],
  civilStatus: ['CD_CIV_STS'],
  age: ['CD_AGE'],
  population: ['MS_POPULATION'],
} as const;

const OPTIONAL = {
  year: ['CD_YEAR'],
  nameNl: ['TX_DESCR_NL', 'TX_MUNTY_DESCR_NL'],
  arrondissement: ['CD_DSTR_REFNIS'],
  province: ['CD_PROV_REFNIS'],
  region: ['CD_RGN_REFNIS'],
} as const;

export const EXPECTED_HEADER_START = 'een kopregel die begint met CD_REFNIS|TX_DESCR_NL|…';

function describeRequired(): string {
  return Object.values(REQUIRED)
    .map((names) => (names.length > 1 ? `${names[0]} (of ${names.slice(1).join(', ')})` : names[0]))
    .join(', ');
}

export function parseHeader(text: string, where: string): ColumnLayout {
  const names = text.split('|').map((name) => name.trim());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (index.has(name)) {
      throw new InputError(
        { file: where, line: 1, column: i + 1, field: name },
        'elke kolomnaam maar één keer in de kopregel',
        text,
      );
    }
    index.set(name, i);
  });
  const find = (candidates: readonly string[]): number => {
    for (const name of candidates) {
      const i = index.get(name);
      if (i !== undefined) return i;
    }
    return -1;
  };
  const missing = Object.values(REQUIRED)
    .filter((candidates) => find(candidates) < 0)
    .map((candidates) => candidates[0]);
  if (missing.length > 0) {
    throw new InputError(
      { file: where, line: 1 },
      `een kopregel met de kolommen ${describeRequired()} gescheiden door | (ontbreekt: ${missing.join(', ')})`,
      text,
    );
  }
  return {
    count: names.length,
    names,
    nis: find(REQUIRED.nis),
    sex: find(REQUIRED.sex),
    nationality: find(REQUIRED.nationality),
    civilStatus: find(REQUIRED.civilStatus),
    age: find(REQUIRED.age),
    population: find(REQUIRED.population),
    year: find(OPTIONAL.year),
    nameNl: find(OPTIONAL.nameNl),
    arrondissement: find(OPTIONAL.arrondissement),
    province: find(OPTIONAL.province),
    region: find(OPTIONAL.region),
  };
}
