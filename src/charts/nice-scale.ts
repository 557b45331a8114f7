/** Axis ranges with round ticks (1, 2, 2,5 or 5 × a power of ten), always including 0. */

export interface NiceScale {
  readonly min: number;
  readonly max: number;
  readonly interval: number;
  readonly ticks: readonly number[];
}

const STEPS = [1, 2, 2.5, 5, 10];
/** Without 2,5: its multiples are not whole below 10. */
const WHOLE_STEPS = [1, 2, 5, 10];

/** The smallest round step of at least `rough`. */
export function niceStep(rough: number, integers = false): number {
  if (integers && rough <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const steps = integers && power < 10 ? WHOLE_STEPS : STEPS;
  const step = steps.find((s) => s * power >= rough * (1 - 1e-9)) ?? 10;
  return step * power;
}

/** A scale over [lo, hi] and 0 with at most `maxTicks` ticks; whole steps only when `integers`. */
export function niceScale(lo: number, hi: number, maxTicks = 6, integers = false): NiceScale {
  let low = Math.min(0, lo);
  let high = Math.max(0, hi);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (high === low) high = low + 1;
  const interval = niceStep((high - low) / Math.max(1, maxTicks - 1), integers);
  const first = Math.floor(low / interval + 1e-9);
  const last = Math.ceil(high / interval - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(round(k * interval));
  return { min: round(first * interval), max: round(last * interval), interval, ticks };
}

const round = (v: number) => Math.round(v * 1e9) / 1e9 + 0;
