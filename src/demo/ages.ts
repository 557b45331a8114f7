/** Sexes, single ages and the age bands of the contracts. */

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

/** Single ages 0..100, where 100 means "100 and older" (as in the Statbel file). */
export const AGE_COUNT = 101;

/** The stock contracts' bands (herkomst, nationaliteit): 0-17, 18-64, 65+. */
export const BANDS = ['0-17', '18-64', '65+'] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(age: number): 0 | 1 | 2 {
  return age < 18 ? 0 : age < 65 ? 1 : 2;
}

/** Index of a sex × band cell (0..5): the unit in which stocks are kept. */
export function cellIndex(sex: number, band: number): number {
  return sex * 3 + band;
}

export const CELL_COUNT = 6;

/** Sum of a per-age array over [from, to] inclusive. */
export function sumAges(values: ArrayLike<number>, offset: number, from: number, to: number): number {
  let total = 0;
  for (let a = from; a <= to; a++) total += values[offset + a] ?? 0;
  return total;
}
