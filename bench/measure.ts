/** Small helpers for benchmarks: medians, child-process runs reporting time and peak memory. */
import { spawnSync } from 'node:child_process';

export interface Run {
  readonly ms: number;
  readonly peakRssMb: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `bench/<script>` in a fresh Node process; the script prints one JSON line `{ ms }`. */
export function runChild(script: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${script}`, ...args], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as Run;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function row(label: string, value: string, baseline: string, ratio: number, goal: string): string {
  return `${label.padEnd(44)} ${value.padStart(12)}   baseline ${baseline.padStart(12)}   ratio ${ratio.toFixed(2).padStart(6)}   ${goal}`;
}
