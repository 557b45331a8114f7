/**
 * Flemish-level targets the demonstration data is calibrated to. Real figures are marked "real" with
 * their file in data/stats/; the rest are plausible round values (documented in README.md).
 */

export const REFERENCE_YEAR = 2021;

/** Real Statbel totals of the Vlaams Gewest on 1 January (data/stats/: 2019-2020 file, 2021 file, headline figures 2025). */
const REAL_FLEMISH_TOTALS: Readonly<Record<number, number>> = {
  2019: 6_589_069,
  2020: 6_629_143,
  2021: 6_653_062,
  2025: 6_864_766,
};

/** Before 2019 and after 2025 the population grows by about half a percent a year. */
const GROWTH_OUTSIDE_KNOWN = 0.0055;

/** Flemish population on 1 January of `year`: real where known, geometric in between, extrapolated outside. */
export function flemishTotal(year: number): number {
  const known = REAL_FLEMISH_TOTALS[year];
  if (known !== undefined) return known;
  if (year < 2019) return (REAL_FLEMISH_TOTALS[2019] ?? 0) / (1 + GROWTH_OUTSIDE_KNOWN) ** (2019 - year);
  if (year > 2025) return (REAL_FLEMISH_TOTALS[2025] ?? 0) * (1 + GROWTH_OUTSIDE_KNOWN) ** (year - 2025);
  const a = REAL_FLEMISH_TOTALS[2021] ?? 0;
  const b = REAL_FLEMISH_TOTALS[2025] ?? 0;
  return a * (b / a) ** ((year - 2021) / 4);
}

/** Real Vlaams Gewest 1/1/2025 by sex × age band (headline figures, PolicyEngine/arch-data from Statbel). */
export const REAL_FLEMISH_2025_BANDS: Readonly<Record<'M' | 'F', readonly [number, number, number]>> = {
  M: [673_449, 2_042_553, 683_817],
  F: [642_319, 2_014_794, 807_834],
};

/**
 * Share of non-Belgians in the Vlaams Gewest on 1 January. 2021 is real (9.53 %, data/stats/); 2015 ≈ 7.0 %
 * and 2024 ≈ 11 % follow Statbel's wording; 2023 carries the arrival of Ukrainians (from spring 2022).
 */
const NON_BELGIAN_SHARE: Readonly<Record<number, number>> = {
  2015: 0.07,
  2016: 0.0745,
  2017: 0.0785,
  2018: 0.083,
  2019: 0.0872,
  2020: 0.0915,
  2021: 0.0953, // real; the model takes 2021 from the file itself
  2022: 0.0995,
  2023: 0.1055,
  2024: 0.11,
};

export function nonBelgianShareTarget(year: number): number {
  const known = NON_BELGIAN_SHARE[year];
  if (known !== undefined) return known;
  if (year < 2015) return Math.max(0.03, 0.07 - 0.0025 * (2015 - year));
  return Math.min(0.2, 0.11 + 0.004 * (year - 2024));
}

/**
 * Share of Belgians with a foreign background ("Belg met buitenlandse herkomst") in the Vlaams Gewest:
 * real 15.2 % on 1/1/2022 and 16.4 % on 1/1/2024 (Statbel, headline figures), i.e. +0.6 points a year;
 * assumed +0.6 back to 2015, slower before (Belgium: +0.47 a year 2010–2020), +0.5 after 2024.
 */
export function foreignBackgroundShareTarget(year: number): number {
  if (year < 2015) return Math.max(0.05, 0.11 - 0.0045 * (2015 - year));
  if (year <= 2024) return 0.164 - 0.006 * (2024 - year);
  return Math.min(0.3, 0.164 + 0.005 * (year - 2024));
}
