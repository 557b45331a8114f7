/** Import of the full real Statbel file vs DuckDB's bare read_csv + GROUP BY of the same file. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_ZIP, tempDir } from '../test/support/real-release.js';
import { extractRealText } from '../test/support/real-text.js';
import { median, type Run, row, runChild } from './measure.js';

export async function benchImport(rounds: number): Promise<string[]> {
  const tmp = tempDir('oa-bench-');
  try {
    const text = await extractRealText(tmp.dir);
    const baseline: Run[] = [];
    const zip: Run[] = [];
    const txt: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      // Interleaved so that machine load hits all three alike.
      baseline.push(runChild('child-baseline-scan.ts', text));
      const a = join(tmp.dir, `zip-${i}`);
      zip.push(runChild('child-import.ts', REAL_ZIP, a));
      rmSync(a, { recursive: true, force: true });
      const b = join(tmp.dir, `txt-${i}`);
      txt.push(runChild('child-import.ts', text, b));
      rmSync(b, { recursive: true, force: true });
    }
    const base = median(baseline.map((r) => r.ms));
    const baseMem = median(baseline.map((r) => r.peakRssMb));
    const lines: string[] = [];
    for (const [label, runs] of [
      ['import full Statbel 2021 .zip (wall)', zip],
      ['import full Statbel 2021 .txt (wall)', txt],
    ] as const) {
      const ms = median(runs.map((r) => r.ms));
      const mem = median(runs.map((r) => r.peakRssMb));
      lines.push(row(label, `${ms.toFixed(0)} ms`, `${base.toFixed(0)} ms`, ms / base, 'goal ratio ≤ 3'));
      lines.push(
        row(`  peak RSS`, `${mem.toFixed(0)} MB`, `${baseMem.toFixed(0)} MB`, mem / baseMem, 'goal < 400 MB'),
      );
    }
    return lines;
  } finally {
    tmp.cleanup();
  }
}
