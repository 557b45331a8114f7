/**
 * Standardised features: z-scores over the municipalities given (all Flemish municipalities of one
 * division), scaled by √(weight / Σ weights), so the plain Euclidean distance between two rows is the
 * weighted distance √(Σ wᵢ (zᵢ − z'ᵢ)² / Σ wᵢ) — in "standard deviations", comparable between divisions.
 */
import type { FeatureDefinition, FeatureKey, MunicipalityFeatures } from './features.js';
import { FEATURES } from './features.js';

export interface FeatureSpace {
  readonly municipalities: readonly MunicipalityFeatures[];
  readonly definitions: readonly FeatureDefinition[];
  /** Per feature: mean and (population) standard deviation of the transformed values. */
  readonly scales: readonly { readonly key: FeatureKey; readonly mean: number; readonly sd: number }[];
  /** Row-major, municipalities × features: weighted z-scores. */
  readonly matrix: Float64Array;
}

export function buildFeatureSpace(
  municipalities: readonly MunicipalityFeatures[],
  definitions: readonly FeatureDefinition[] = FEATURES,
): FeatureSpace {
  const n = municipalities.length;
  const m = definitions.length;
  const totalWeight = definitions.reduce((s, d) => s + d.weight, 0);
  if (!(totalWeight > 0)) throw new RangeError('feature weights must add up to more than 0');
  const matrix = new Float64Array(n * m);
  const scales = definitions.map((def, j) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = def.transform(municipalities[i] as MunicipalityFeatures);
      if (!Number.isFinite(x)) throw new RangeError(`${def.key} of ${municipalities[i]?.nis} is not finite`);
      matrix[i * m + j] = x;
      sum += x;
    }
    const mean = n > 0 ? sum / n : 0;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += ((matrix[i * m + j] as number) - mean) ** 2;
    const sd = n > 0 ? Math.sqrt(squares / n) : 0;
    // A feature that does not vary (up to rounding) cannot tell municipalities apart: it contributes 0.
    const varies = sd > 1e-12 * Math.max(1, Math.abs(mean));
    const factor = varies ? Math.sqrt(def.weight / totalWeight) / sd : 0;
    for (let i = 0; i < n; i++) matrix[i * m + j] = ((matrix[i * m + j] as number) - mean) * factor;
    return { key: def.key, mean, sd };
  });
  return { municipalities, definitions, scales, matrix };
}

/** Weighted distance between rows i and j. */
export function distanceBetween(space: FeatureSpace, i: number, j: number): number {
  const m = space.definitions.length;
  let s = 0;
  for (let f = 0; f < m; f++) {
    const d = (space.matrix[i * m + f] as number) - (space.matrix[j * m + f] as number);
    s += d * d;
  }
  return Math.sqrt(s);
}
