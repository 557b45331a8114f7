/**
 * `report --all`: the report of every municipality of a division in one format, into a directory.
 * Reports are built one after another (they share caches); PDFs print in parallel on a warm browser.
 * One failure does not stop the batch: it is listed at the end, and the exit code says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Division } from '../domain/division.js';
import type { Progress } from '../domain/effects.js';
import type { Area } from '../geo/index.js';
import { type FileContext, type ReportFormat, reportFile } from '../publish/report-file.js';
import type { ReportService } from '../publish/report-service.js';
import type { ReleaseReader } from '../release/release-reader.js';

export interface BatchResult {
  readonly written: number;
  readonly bytes: number;
  readonly failures: readonly { readonly area: Area; readonly message: string }[];
  readonly ms: number;
}

export async function reportBatch(
  reports: ReportService,
  files: FileContext,
  release: ReleaseReader,
  ask: {
    areas: readonly Area[];
    division: Division;
    year: number;
    format: ReportFormat;
    out: string;
    parallel: number;
  },
  progress: Progress,
): Promise<BatchResult> {
  const started = performance.now();
  mkdirSync(ask.out, { recursive: true });
  const failures: { area: Area; message: string }[] = [];
  let written = 0;
  let bytes = 0;
  let done = 0;
  let next = 0;
  progress.start(`Rapporten (${ask.format})`, ask.areas.length);
  const worker = async () => {
    while (next < ask.areas.length) {
      const area = ask.areas[next++] as Area;
      try {
        const report = await reports.report(release, {
          subject: area,
          division: ask.division,
          year: ask.year,
        });
        const file = await reportFile(files, report, ask.format);
        writeFileSync(join(ask.out, file.name), file.data);
        written++;
        bytes += typeof file.data === 'string' ? Buffer.byteLength(file.data) : file.data.length;
      } catch (err) {
        failures.push({ area, message: (err as Error).message });
      }
      progress.update(++done);
    }
  };
  const lanes = ask.format === 'pdf' ? Math.max(1, ask.parallel) : 2;
  await Promise.all(Array.from({ length: lanes }, worker));
  progress.stop();
  return { written, bytes, failures, ms: performance.now() - started };
}
