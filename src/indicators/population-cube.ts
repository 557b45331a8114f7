/**
 * The population of one area on one reference date as a small dense cube:
 * sex (M, F) × nationality (BEL, ETR) × age (0–120). Summed over civil status.
 */
/** Filters in the population's own terms (tests and the import checks use them). */
export interface PopulationFilter {
  readonly sex?: 'M' | 'F';
  readonly nationality?: 'BEL' | 'ETR';
  readonly age?: { readonly from: number; readonly to?: number };
}

export const SEXES = ['M', 'F'] as const;
export const NATIONALITIES = ['BEL', 'ETR'] as const;
export const MAX_AGE = 120;
const AGE_SLOTS = MAX_AGE + 1;

export type Sex = (typeof SEXES)[number];
export type Nationality = (typeof NATIONALITIES)[number];

export class PopulationCube {
  private readonly counts = new Float64Array(SEXES.length * NATIONALITIES.length * AGE_SLOTS);

  private static index(sex: Sex, nationality: Nationality, age: number): number {
    return (SEXES.indexOf(sex) * NATIONALITIES.length + NATIONALITIES.indexOf(nationality)) * AGE_SLOTS + age;
  }

  add(sex: Sex, nationality: Nationality, age: number, count: number): void {
    if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) throw new RangeError(`age out of range: ${age}`);
    const i = PopulationCube.index(sex, nationality, age);
    this.counts[i] = (this.counts[i] ?? 0) + count;
  }

  /** Every non-zero cell, as sex, nationality, age and count. */
  forEachCell(visit: (sex: Sex, nationality: Nationality, age: number, count: number) => void): void {
    for (const sex of SEXES) {
      for (const nat of NATIONALITIES) {
        const base = PopulationCube.index(sex, nat, 0);
        for (let age = 0; age <= MAX_AGE; age++) {
          const n = this.counts[base + age] ?? 0;
          if (n !== 0) visit(sex, nat, age, n);
        }
      }
    }
  }

  /** Sum of the cells matching every given filter (filters are AND-ed). */
  sum(...filters: readonly (PopulationFilter | undefined)[]): number {
    let total = 0;
    for (const sex of SEXES) {
      if (filters.some((f) => f?.sex !== undefined && f.sex !== sex)) continue;
      for (const nat of NATIONALITIES) {
        if (filters.some((f) => f?.nationality !== undefined && f.nationality !== nat)) continue;
        let from = 0;
        let to = MAX_AGE;
        for (const f of filters) {
          if (f?.age) {
            from = Math.max(from, f.age.from);
            to = Math.min(to, f.age.to ?? MAX_AGE);
          }
        }
        const base = PopulationCube.index(sex, nat, 0);
        for (let age = from; age <= to; age++) total += this.counts[base + age] ?? 0;
      }
    }
    return total;
  }
}
