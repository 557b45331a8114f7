/**
 * The profile of a municipality that "similar" is judged on, and how each feature enters the distance:
 * a transform (logarithms for size and density, which span orders of magnitude) and a weight.
 */
import type { NisCode } from '../../domain/brand.js';

/** The figures of one municipality on 1 January of a year: shown next to the group in the report. */
export interface MunicipalityFeatures {
  readonly nis: NisCode;
  readonly name: string;
  readonly population: number;
  readonly areaKm2: number;
  /** Inhabitants per km². */
  readonly density: number;
  /** Shares 0–1 of the population. */
  readonly nonBelgianShare: number;
  readonly share0to17: number;
  readonly share18to64: number;
  readonly share65plus: number;
}

export type FeatureKey = 'population' | 'density' | 'nonBelgianShare' | 'share0to17' | 'share65plus';

export interface FeatureDefinition {
  readonly key: FeatureKey;
  /** Dutch, for the method text and tables. */
  readonly label: string;
  readonly weight: number;
  /** The transform is a logarithm (said so in the method text). */
  readonly logarithmic: boolean;
  /** The number that is standardised (z-score over the Flemish municipalities of the division). */
  readonly transform: (f: MunicipalityFeatures) => number;
}

/**
 * Size, density and the share of non-Belgians weigh 1 each; the age structure weighs 1 in total,
 * split over the share of 0–17-year-olds and of 65-plussers (18–64 is what remains, so it adds nothing).
 * Shares of non-Belgians run from about 1 % to over 40 %: their logarithm (after adding 1 percentage
 * point, so a municipality without non-Belgians stays finite) makes 2 % vs 4 % count as much as 20 % vs 40 %.
 */
export const FEATURES: readonly FeatureDefinition[] = [
  {
    key: 'population',
    label: 'aantal inwoners',
    weight: 1,
    logarithmic: true,
    transform: (f) => Math.log10(f.population),
  },
  {
    key: 'density',
    label: 'bevolkingsdichtheid',
    weight: 1,
    logarithmic: true,
    transform: (f) => Math.log10(f.density),
  },
  {
    key: 'nonBelgianShare',
    label: 'aandeel niet-Belgen',
    weight: 1,
    logarithmic: true,
    transform: (f) => Math.log10(f.nonBelgianShare + 0.01),
  },
  {
    key: 'share0to17',
    label: 'aandeel 0–17-jarigen',
    weight: 0.5,
    logarithmic: false,
    transform: (f) => f.share0to17,
  },
  {
    key: 'share65plus',
    label: 'aandeel 65-plussers',
    weight: 0.5,
    logarithmic: false,
    transform: (f) => f.share65plus,
  },
];
