/**
 * A full release: the real Statbel 2021 file plus ten years of demonstration data for every contract,
 * with suppression plans, next to DuckDB's bare read_csv of the same files.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoData } from '../src/demo/index.js';
import { DEMO_DEFAULTS } from '../src/release/bundled.js';
import { tempDir } from '../test/support/real-release.js';
import { extractRealText } from '../test/support/real-text.js';
import { row, runChild } from './measure.js';

export async function benchReleaseWithDemo(): Promise<string[]> {
  const tmp = tempDir('oa-bench-demo-');
  try {
    const text = await extractRealText(tmp.dir);
    const t = performance.now();
    const demo = await generateDemoData(join(tmp.dir, 'demo'), {
      ...DEMO_DEFAULTS,
      quarterFromYear: DEMO_DEFAULTS.fromYear,
    });
    const generateMs = performance.now() - t;
    const mb = demo.reduce((s, f) => s + statSync(f.path).size, 0) / 2 ** 20;
    const rows = demo.reduce((s, f) => s + f.rows, 0);
    const baseline = runChild('child-baseline-csvs.ts', text, ...demo.map((f) => f.path));
    const run = runChild('child-import-all.ts', join(tmp.dir, 'var'), text, ...demo.map((f) => f.path)) as {
      ms: number;
      planMs: number;
      peakRssMb: number;
    };
    return [
      `demo data: ${demo.length} files, ${rows} rows, ${mb.toFixed(0)} MB, generated in ${(generateMs / 1000).toFixed(1)} s (10 years, quarters included)`,
      row(
        'release: Statbel + demo, all themes, 10 years',
        `${(run.ms / 1000).toFixed(1)} s`,
        `${(baseline.ms / 1000).toFixed(1)} s`,
        run.ms / baseline.ms,
        '(baseline: bare read_csv)',
      ),
      `  of which suppression plans: ${(run.planMs / 1000).toFixed(1)} s`,
      row(
        '  peak RSS',
        `${run.peakRssMb.toFixed(0)} MB`,
        `${baseline.peakRssMb.toFixed(0)} MB`,
        run.peakRssMb / baseline.peakRssMb,
        '',
      ),
    ];
  } finally {
    tmp.cleanup();
  }
}
