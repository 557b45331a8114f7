/** The batch goes on after a failing report and lists every failure at the end. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportBatch } from '../../src/cli/report-batch.js';
import type { Area } from '../../src/geo/index.js';
import type { ReportService } from '../../src/publish/report-service.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { Report } from '../../src/report/model.js';
import { tempDir } from '../support/real-release.js';

const tmp = tempDir('oa-batch-');
afterAll(() => tmp.cleanup());

const area = (nis: string, name: string) => ({ level: 'municipality', nis, name }) as unknown as Area;

describe('reportBatch', () => {
  it('writes the good reports, lists the failures, and reports progress to the end', async () => {
    const areas = [area('11001', 'Aartselaar'), area('11002', 'Antwerpen'), area('11004', 'Boechout')];
    const service = {
      report: async (_r: ReleaseReader, ask: { subject: Area }) => {
        if (ask.subject.nis === '11002') throw new Error('kapot bestand');
        return {
          subject: ask.subject,
          areas: [],
          year: 2021,
          division: '2025',
          demo: false,
        } as unknown as Report;
      },
    } as unknown as ReportService;
    const updates: number[] = [];
    const result = await reportBatch(
      service,
      { catalog: {} as never },
      {} as ReleaseReader,
      { areas, division: '2025', year: 2021, format: 'json', out: join(tmp.dir, 'out'), parallel: 2 },
      { start: () => {}, update: (n) => updates.push(n), stop: () => {} },
    );
    expect(result.written).toBe(2);
    expect(result.failures.map((f) => [f.area.name, f.message])).toEqual([['Antwerpen', 'kapot bestand']]);
    expect(readdirSync(join(tmp.dir, 'out'))).toHaveLength(2);
    expect(updates.at(-1)).toBe(3);
  });
});
