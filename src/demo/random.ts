/**
 * A small seeded PRNG and the distributions the generator needs. Written here (not a package) so the
 * output is byte-identical across platforms and library versions.
 */

export type Rng = () => number;

/** mulberry32: 32-bit state, good enough statistical quality for demonstration data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text, then a murmur-style finaliser so near-identical keys spread well. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * An independent stream per purpose (seed + keys such as contract, municipality, year): the output then
 * does not depend on the order in which parts are generated.
 */
export function rngFor(seed: number, ...keys: readonly (string | number)[]): Rng {
  return mulberry32(hash32(`${seed}|${keys.join('|')}`));
}

/** Standard normal (Box-Muller; one value per call keeps the stream simple). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A multiplicative factor with median 1: exp(sigma · z). */
export function lognormal(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

/** Poisson draw; Knuth for small means, a rounded normal approximation for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
}

/** Binomial draw; exact for small n, a clamped normal approximation for large n. */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n < 50) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const mean = n * p;
  const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(rng));
  return Math.min(n, Math.max(0, draw));
}

/** Index drawn with probability proportional to `weights` (need not sum to 1). */
export function pickIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}
