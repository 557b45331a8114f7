/**
 * The nationalities and origin countries the demonstration uses, with rough Flemish weights. Values are
 * plausible round numbers (order of magnitude of Statbel's published figures), not real data.
 */

/** Which municipal pattern a country follows (see municipality-profile.ts). */
export type CountryTag =
  | 'nl'
  | 'maghreb'
  | 'tur'
  | 'eu13'
  | 'south'
  | 'france'
  | 'expat'
  | 'asylum'
  | 'student'
  | 'other';

export interface CountrySpec {
  readonly iso3: string;
  readonly tag: CountryTag;
  /** Weight among non-Belgians in Flanders on 1/1/2021 (≈ percent). */
  readonly stock: number;
  /** Weights among Belgians of foreign origin: Belg bij geboorte / later Belg geworden. */
  readonly byBirth: number;
  readonly naturalised: number;
  /** Relative propensity of the bands 0-17, 18-64, 65+ compared with all non-Belgians. */
  readonly ages: readonly [number, number, number];
  /** Share of men. */
  readonly male: number;
  /** Yearly change of the weight in the log (e.g. -0.04: naturalisations shrink the group). */
  readonly trend: number;
  /** Multipliers at given years (1/1), linearly interpolated, flat outside: arrivals in waves. */
  readonly path?: Readonly<Record<number, number>>;
}

const WORKING: readonly [number, number, number] = [0.8, 1.15, 0.12];
const FAMILY: readonly [number, number, number] = [1.2, 1, 0.35];
const OLDER: readonly [number, number, number] = [0.6, 0.95, 2.2];
const REFUGEE: readonly [number, number, number] = [1.5, 1, 0.1];

function c(
  iso3: string,
  tag: CountryTag,
  stock: number,
  byBirth: number,
  naturalised: number,
  ages: readonly [number, number, number] = [1, 1, 1],
  male = 0.5,
  trend = 0,
  path?: Readonly<Record<number, number>>,
): CountrySpec {
  return path
    ? { iso3, tag, stock, byBirth, naturalised, ages, male, trend, path }
    : { iso3, tag, stock, byBirth, naturalised, ages, male, trend };
}

export const COUNTRY_SPECS: readonly CountrySpec[] = [
  c('NLD', 'nl', 21, 14, 4, [0.9, 0.95, 1.6], 0.51, -0.02),
  c('ROU', 'eu13', 10.5, 0.8, 3, WORKING, 0.55, 0.06),
  c('POL', 'eu13', 7, 1.5, 5, WORKING, 0.5, 0.01),
  c('MAR', 'maghreb', 4.8, 22, 18, [0.8, 1, 1.4], 0.5, -0.05),
  c('ITA', 'south', 4.2, 11, 3, OLDER, 0.54, -0.03),
  c('FRA', 'france', 4, 5, 2, [1, 1, 1.1], 0.49, 0.01),
  c('BGR', 'eu13', 4, 0.4, 2, FAMILY, 0.52, 0.05),
  c('ESP', 'south', 3, 2.5, 1, [0.9, 1.05, 0.9], 0.5, 0.01),
  c('TUR', 'tur', 2.9, 13, 10, [0.7, 1, 1.5], 0.51, -0.04),
  c('PRT', 'south', 2.2, 1, 0.8, WORKING, 0.53, 0.02),
  c('DEU', 'expat', 2, 5, 1, OLDER, 0.49, -0.01),
  c('SYR', 'asylum', 2.5, 0.3, 2, REFUGEE, 0.56, 0.03, {
    2015: 0.45,
    2016: 0.7,
    2017: 0.85,
    2018: 0.92,
    2019: 0.96,
    2020: 0.98,
    2021: 1,
  }),
  c('AFG', 'asylum', 1.8, 0.2, 3, REFUGEE, 0.62, 0.02, {
    2015: 0.5,
    2016: 0.75,
    2017: 0.85,
    2019: 0.95,
    2021: 1,
    2023: 1.25,
  }),
  c('UKR', 'other', 0.8, 0.4, 1.5, [1, 1, 0.6], 0.4, 0.02, { 2022: 1, 2023: 8, 2024: 9 }),
  c('IND', 'student', 1.8, 0.3, 2, [0.9, 1.1, 0.1], 0.56, 0.09),
  c('ERI', 'asylum', 1.2, 0.05, 0.8, REFUGEE, 0.6, 0.02, {
    2015: 0.4,
    2016: 0.6,
    2017: 0.75,
    2019: 0.9,
    2021: 1,
  }),
  c('GBR', 'expat', 1.4, 1.5, 1, OLDER, 0.53, -0.02, { 2019: 1.05, 2021: 1, 2023: 0.9 }),
  c('SVK', 'eu13', 1.2, 0.1, 0.5, FAMILY, 0.51, 0.02),
  c('HUN', 'eu13', 1, 0.2, 0.6, WORKING, 0.5, 0.02),
  c('GRC', 'south', 1, 1.5, 0.5, [0.8, 1.05, 1.2], 0.53, 0.01),
  c('LTU', 'eu13', 0.6, 0.05, 0.3, WORKING, 0.5, 0.01),
  c('CHN', 'student', 1, 0.5, 1.5, [0.7, 1.15, 0.3], 0.45, 0.01),
  c('RUS', 'other', 0.8, 0.5, 4, [1, 1, 0.6], 0.4, 0),
  c('IRQ', 'asylum', 0.9, 0.2, 2, REFUGEE, 0.6, 0, { 2015: 0.6, 2016: 0.85, 2018: 1 }),
  c('SOM', 'asylum', 0.6, 0.1, 1, REFUGEE, 0.55, 0),
  c('CMR', 'other', 0.5, 0.5, 2, WORKING, 0.5, 0.02),
  c('COD', 'other', 0.7, 3, 5, FAMILY, 0.47, 0),
  c('BRA', 'other', 0.7, 0.4, 1.5, WORKING, 0.4, 0.04),
  c('USA', 'expat', 0.6, 0.8, 0.5, [0.9, 1.05, 0.6], 0.5, 0),
  c('PHL', 'other', 0.5, 0.3, 1, WORKING, 0.3, 0.02),
  c('PAK', 'other', 0.6, 0.3, 2, FAMILY, 0.6, 0.02),
  c('GIN', 'asylum', 0.4, 0.2, 1.5, REFUGEE, 0.6, 0.02),
  c('NGA', 'other', 0.4, 0.3, 1.5, WORKING, 0.5, 0.02),
  c('GHA', 'other', 0.4, 0.5, 1.5, WORKING, 0.55, 0),
  c('IRN', 'student', 0.4, 0.2, 1, WORKING, 0.55, 0.02),
  c('ALB', 'other', 0.3, 0.2, 1.5, FAMILY, 0.52, 0),
  c('XKX', 'other', 0.3, 0.3, 2, FAMILY, 0.53, 0),
  c('SRB', 'other', 0.2, 0.5, 1, FAMILY, 0.52, 0),
  c('MKD', 'other', 0.4, 0.5, 1.5, FAMILY, 0.52, 0),
  c('ARM', 'other', 0.3, 0.3, 2, FAMILY, 0.5, 0),
  c('GEO', 'other', 0.3, 0.1, 0.8, WORKING, 0.45, 0.03),
  c('THA', 'other', 0.4, 0.2, 1.5, WORKING, 0.15, 0),
  c('VNM', 'student', 0.2, 0.2, 1, WORKING, 0.45, 0.02),
  c('JPN', 'expat', 0.2, 0.1, 0.1, WORKING, 0.5, -0.01),
  c('CZE', 'eu13', 0.3, 0.3, 0.3, WORKING, 0.45, 0.01),
  c('LVA', 'eu13', 0.3, 0.05, 0.2, WORKING, 0.48, 0.01),
  c('HRV', 'eu13', 0.2, 0.3, 0.5, WORKING, 0.52, 0.02),
  c('SVN', 'eu13', 0.05, 0.05, 0.05, WORKING, 0.5, 0),
  c('EST', 'eu13', 0.05, 0.02, 0.05, WORKING, 0.5, 0),
  c('IRL', 'expat', 0.2, 0.2, 0.1, WORKING, 0.5, 0),
  c('AUT', 'expat', 0.1, 0.3, 0.1, WORKING, 0.5, 0),
  c('SWE', 'expat', 0.1, 0.1, 0.05, WORKING, 0.5, 0),
  c('DNK', 'expat', 0.05, 0.1, 0.05, WORKING, 0.5, 0),
  c('FIN', 'expat', 0.05, 0.05, 0.05, WORKING, 0.5, 0),
  c('LUX', 'expat', 0.05, 0.2, 0.05, OLDER, 0.5, 0),
  c('CYP', 'eu13', 0.02, 0.02, 0.02, WORKING, 0.5, 0),
  c('MLT', 'eu13', 0.02, 0.02, 0.02, WORKING, 0.5, 0),
  c('PSE', 'asylum', 0.5, 0.05, 0.5, REFUGEE, 0.65, 0.08),
  c('EGY', 'other', 0.2, 0.3, 0.6, WORKING, 0.6, 0.01),
  c('DZA', 'maghreb', 0.3, 1.5, 2, [0.8, 1, 1.2], 0.55, 0),
  c('TUN', 'maghreb', 0.3, 1, 1.5, [0.8, 1, 1.1], 0.56, 0),
  c('ETH', 'asylum', 0.2, 0.1, 0.5, REFUGEE, 0.5, 0),
  c('SDN', 'asylum', 0.2, 0.02, 0.3, REFUGEE, 0.8, 0.03),
  c('NPL', 'student', 0.3, 0.05, 0.3, WORKING, 0.55, 0.03),
  c('BGD', 'other', 0.1, 0.05, 0.3, WORKING, 0.65, 0.02),
  c('LKA', 'other', 0.1, 0.1, 0.4, FAMILY, 0.55, 0),
  c('TWN', 'student', 0.05, 0.02, 0.1, WORKING, 0.45, 0),
  c('KOR', 'expat', 0.1, 0.05, 0.1, WORKING, 0.5, 0),
  c('MEX', 'other', 0.1, 0.05, 0.2, WORKING, 0.45, 0.02),
  c('COL', 'other', 0.15, 0.1, 0.4, WORKING, 0.45, 0.02),
  c('PER', 'other', 0.05, 0.05, 0.2, WORKING, 0.4, 0),
  c('ECU', 'other', 0.1, 0.1, 0.3, WORKING, 0.45, 0),
  c('ARG', 'other', 0.05, 0.05, 0.1, WORKING, 0.5, 0),
  c('CAN', 'expat', 0.1, 0.1, 0.05, WORKING, 0.5, 0),
  c('AUS', 'expat', 0.05, 0.05, 0.05, WORKING, 0.5, 0),
  c('RWA', 'other', 0.15, 0.4, 0.8, FAMILY, 0.48, 0),
  c('BDI', 'asylum', 0.1, 0.2, 0.5, REFUGEE, 0.5, 0.03),
  c('SEN', 'other', 0.1, 0.1, 0.3, WORKING, 0.6, 0),
  c('CIV', 'other', 0.1, 0.1, 0.3, WORKING, 0.55, 0),
  c('TGO', 'other', 0.1, 0.1, 0.3, WORKING, 0.55, 0),
  c('BLR', 'other', 0.05, 0.05, 0.3, WORKING, 0.4, 0.02),
  c('MDA', 'other', 0.1, 0.02, 0.3, WORKING, 0.5, 0.03),
  c('BIH', 'other', 0.05, 0.2, 0.4, FAMILY, 0.5, 0),
  c('KAZ', 'other', 0.05, 0.02, 0.3, WORKING, 0.45, 0),
  c('CHE', 'expat', 0.1, 0.1, 0.05, OLDER, 0.5, 0),
  c('NOR', 'expat', 0.05, 0.05, 0.02, WORKING, 0.5, 0),
  c('YEM', 'asylum', 0.05, 0.01, 0.1, REFUGEE, 0.7, 0.05),
  c('LBN', 'other', 0.1, 0.1, 0.4, FAMILY, 0.55, 0),
];

/** Linear interpolation in the path (flat outside), times the log-linear trend around 2021. */
export function countryYearFactor(spec: CountrySpec, year: number): number {
  return Math.exp(spec.trend * (year - 2021)) * pathFactor(spec.path, year);
}

function pathFactor(path: Readonly<Record<number, number>> | undefined, year: number): number {
  if (!path) return 1;
  const years = Object.keys(path)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0] ?? year;
  const last = years[years.length - 1] ?? year;
  if (year <= first) return path[first] ?? 1;
  if (year >= last) return path[last] ?? 1;
  for (let i = 1; i < years.length; i++) {
    const hi = years[i] ?? year;
    if (year <= hi) {
      const lo = years[i - 1] ?? year;
      const t = (year - lo) / (hi - lo);
      return (path[lo] ?? 1) * (1 - t) + (path[hi] ?? 1) * t;
    }
  }
  return 1;
}
