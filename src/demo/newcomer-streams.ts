/**
 * Adult newcomers arrive in "streams" (EU mobility, family reunification, work and study, recognised
 * refugees, Ukrainians under temporary protection, applicants for protection, Belgians born abroad, other),
 * each with its own volume per year, seasonality, nationalities, residence status, ages and sex ratio.
 * Volumes sum to roughly 35–45 thousand a year for Flanders (COVID-19 dip in 2020, Ukraine from 2022).
 */

export const DOELGROEPEN = ['vreemdeling', 'belg_buitenland', 'verzoeker_bescherming', 'andere'] as const;
export const NEWCOMER_AGES = ['18-24', '25-34', '35-44', '45-64', '65+'] as const;
export const STATUTEN = ['gezinshereniging', 'arbeid', 'studie', 'bescherming', 'andere'] as const;
export type Statuut = (typeof STATUTEN)[number];

/** Where a stream settles: like the non-Belgian population, near reception centres, or like everyone. */
export type Affinity = 'stock' | 'asylum' | 'population';

export interface NewcomerStream {
  readonly id: string;
  readonly doelgroep: (typeof DOELGROEPEN)[number];
  readonly affinity: Affinity;
  /** Thousands per year, 2015–2024; `before` for earlier years, the 2024 value after. */
  readonly volume: Readonly<Record<number, number>>;
  readonly before: number;
  readonly nationalities: Readonly<Record<string, number>>;
  readonly statuut: Readonly<Partial<Record<Statuut, number>>>;
  /** Weights for NEWCOMER_AGES. */
  readonly ages: readonly [number, number, number, number, number];
  readonly male: number;
  /** Quarter shares for particular years (default SEASON). */
  readonly quarters?: Readonly<Record<number, readonly [number, number, number, number]>>;
}

/** More arrivals in the third quarter (start of the academic year, summer family reunification). */
export const SEASON = [0.23, 0.24, 0.28, 0.25] as const;

/** 'NLD 22 ROU 20' → { NLD: 22, ROU: 20 }: keeps the long nationality lists readable. */
function weights(text: string): Record<string, number> {
  const parts = text.trim().split(/\s+/);
  const out: Record<string, number> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) out[parts[i] ?? ''] = Number(parts[i + 1]);
  return out;
}

const years = (values: readonly number[]): Record<number, number> =>
  Object.fromEntries(values.map((v, i) => [2015 + i, v]));

export const STREAMS: readonly NewcomerStream[] = [
  {
    id: 'eu',
    doelgroep: 'vreemdeling',
    affinity: 'stock',
    volume: years([14.5, 14.5, 15, 15.5, 16, 13.5, 14.5, 15, 15, 15]),
    before: 14.5,
    nationalities: weights(
      'NLD 22 ROU 20 POL 10 BGR 8 ESP 7 ITA 6 FRA 6 PRT 5 DEU 3 HUN 2 SVK 2 GRC 2 LTU 1.5 ' +
        'LVA 1 CZE 1 HRV 1 IRL 0.5 AUT 0.5 SWE 0.4 FIN 0.2 DNK 0.2 LUX 0.1 SVN 0.2 EST 0.2',
    ),
    statuut: { arbeid: 55, gezinshereniging: 15, studie: 5, andere: 25 },
    ages: [18, 42, 22, 16, 2],
    male: 0.56,
  },
  {
    id: 'family',
    doelgroep: 'vreemdeling',
    affinity: 'stock',
    volume: years([7.5, 7.5, 7, 7, 7, 6, 6.5, 7, 7.5, 7.5]),
    before: 7.5,
    nationalities: weights(
      'MAR 20 TUR 10 IND 8 AFG 6 SYR 8 ERI 5 PAK 4 RUS 3 CHN 3 THA 3 PHL 3 BRA 3 COD 3 ' +
        'CMR 3 GIN 2 NGA 2 UKR 2 DZA 2 TUN 2 ALB 2 XKX 2 USA 1 NPL 2 EGY 1 IRQ 3 SOM 1 GHA 1 ' +
        'MKD 1 ARM 1 LKA 0.5 LBN 0.5 COL 0.5',
    ),
    statuut: { gezinshereniging: 88, andere: 12 },
    ages: [25, 45, 18, 10, 2],
    male: 0.38,
  },
  {
    id: 'work_study',
    doelgroep: 'vreemdeling',
    affinity: 'stock',
    volume: years([4, 4, 4.5, 4.8, 5.2, 4, 4.5, 5.5, 6, 6.3]),
    before: 4,
    nationalities: weights(
      'IND 30 CHN 10 USA 8 GBR 6 BRA 5 TUR 5 PHL 4 JPN 4 IRN 3 PAK 3 NGA 2 KOR 2 COL 2 ' +
        'MEX 2 RUS 2 UKR 2 CMR 2 GHA 2 CAN 1 AUS 0.5 VNM 1.5 NPL 1.5 EGY 1 TWN 0.5 BGD 1',
    ),
    statuut: { arbeid: 55, studie: 35, andere: 10 },
    ages: [20, 55, 18, 7, 0],
    male: 0.6,
  },
  {
    id: 'refugee',
    doelgroep: 'vreemdeling',
    affinity: 'stock',
    volume: years([2, 6, 5, 4, 4, 3, 4, 3.5, 4.5, 4.5]),
    before: 2,
    nationalities: weights(
      'SYR 30 AFG 20 ERI 15 PSE 8 IRQ 6 SOM 6 TUR 3 BDI 2 YEM 2 SDN 2 ETH 2 GIN 1 IRN 2 ' + 'COD 1',
    ),
    statuut: { bescherming: 92, andere: 8 },
    ages: [35, 38, 15, 10, 2],
    male: 0.68,
  },
  {
    id: 'ukraine',
    doelgroep: 'vreemdeling',
    affinity: 'population',
    volume: years([0, 0, 0, 0, 0, 0, 0, 6, 3.5, 2.5]),
    before: 0,
    nationalities: weights('UKR 1'),
    statuut: { bescherming: 1 },
    ages: [10, 25, 30, 27, 8],
    male: 0.3,
    // The invasion began on 24 February 2022: almost no arrivals in the first quarter.
    quarters: { 2022: [0.02, 0.55, 0.26, 0.17] },
  },
  {
    id: 'applicant',
    doelgroep: 'verzoeker_bescherming',
    affinity: 'asylum',
    volume: years([7, 3.5, 3, 3.5, 4, 2.5, 3.5, 4.5, 4.5, 4]),
    before: 3,
    nationalities: weights(
      'AFG 25 SYR 15 PSE 10 ERI 8 TUR 6 BDI 5 IRQ 6 SOM 5 GIN 4 COD 3 CMR 2 GEO 3 MAR 2 ' +
        'ALB 1 XKX 1 SDN 2 YEM 1 IRN 2 ETH 1',
    ),
    statuut: { bescherming: 1 },
    ages: [38, 37, 14, 10, 1],
    male: 0.75,
    // The 2015 asylum peak came in the second half of the year.
    quarters: { 2015: [0.12, 0.15, 0.33, 0.4] },
  },
  {
    id: 'belgian',
    doelgroep: 'belg_buitenland',
    affinity: 'population',
    volume: years([2.5, 2.5, 2.5, 2.5, 2.5, 2, 2.3, 2.5, 2.5, 2.5]),
    before: 2.5,
    nationalities: weights('BEL 1'),
    statuut: { andere: 70, gezinshereniging: 20, arbeid: 10 },
    ages: [30, 30, 18, 17, 5],
    male: 0.5,
  },
  {
    id: 'other',
    doelgroep: 'andere',
    affinity: 'stock',
    volume: years([1.2, 1.2, 1.2, 1.2, 1.2, 1, 1.1, 1.2, 1.2, 1.2]),
    before: 1.2,
    nationalities: weights('NLD 10 ROU 5 MAR 5 IND 5 USA 5 FRA 5 TUR 3 CHN 3 BRA 3 POL 3 COD 3 RUS 2'),
    statuut: { andere: 80, arbeid: 10, studie: 10 },
    ages: [25, 35, 20, 15, 5],
    male: 0.5,
  },
];

/** Flemish volume of a stream in a year (persons). */
export function streamVolume(stream: NewcomerStream, year: number): number {
  if (year < 2015) return stream.before * 1000;
  return (stream.volume[Math.min(year, 2024)] ?? 0) * 1000;
}

export function streamQuarters(stream: NewcomerStream, year: number): readonly number[] {
  return stream.quarters?.[year] ?? SEASON;
}

/** Sex ratio: a few nationalities differ strongly from their stream (Ukrainian women and children; Thai and Filipino spouses). */
export function maleShare(stream: NewcomerStream, iso3: string): number {
  if (iso3 === 'UKR') return 0.3;
  if (iso3 === 'THA' || iso3 === 'PHL') return 0.2;
  return stream.male;
}
