/**
 * Harmonised time series: the real 2021 Statbel file plus a second year derived from it in the test
 * give a two-point evolution on both divisions; on the 2025 division every merged municipality's points
 * are sums of its former parts, and shares are recomputed from summed numerators and denominators.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import type { Division } from '../../src/domain/division.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import type { Geography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { importFiles } from '../../src/release/import.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report, SeriesPoint, TableBlock } from '../../src/report/model.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { extractRealText } from '../support/real-text.js';

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let store: ReleaseStore;
const catalog = loadCatalog();
const countries = loadCountries();

beforeAll(async () => {
  tmp = tempDir();
  ({ geo, store } = await importRealRelease(tmp.dir));
  // 2022: the same file with every seventh count raised by 3 (a derived test file, not real figures).
  const lines = readFileSync(await extractRealText(tmp.dir), 'utf8').split('\r\n');
  const derived = lines.map((line, i) => {
    if (i === 0 || line === '' || i % 7 !== 0) return line;
    const cut = line.lastIndexOf('|');
    return `${line.slice(0, cut + 1)}${Number(line.slice(cut + 1)) + 3}`;
  });
  const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2022.txt');
  writeFileSync(path, derived.join('\r\n'));
  // +3 on every seventh row moves small municipalities (Baarle-Hertog +10,5 %) beyond the year-on-year
  // plausibility bound: accepted, as an import of a real change would be.
  await importFiles({ dataDir: tmp.dir, files: [path], geo, acceptChange: true });
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

async function report(nis: string, division: Division): Promise<Report> {
  const subject = geo.municipality(division, asNisCode(nis));
  if (!subject) throw new Error(nis);
  return buildReport(
    { geo, catalog, countries, release: await store.active() },
    { subject, division, year: 2022 },
  );
}

function block(r: Report, id: string): TableBlock {
  for (const s of r.sections) for (const b of s.blocks) if (b.kind === 'table' && b.id === id) return b;
  throw new Error(id);
}

const count = (p: SeriesPoint | undefined) =>
  p?.cells[0]?.count.state === 'value' ? p.cells[0].count.value : Number.NaN;

describe('evolution series across the 2025 mergers', () => {
  it('has one point per year with its reference date, on both divisions', async () => {
    for (const division of ['2019-2024', '2025'] as const) {
      const series = block(await report('44021', division), 'inwoners').series;
      expect(series.map((p) => [p.period, p.periodLabel])).toEqual([
        ['2021-01-01', '1 januari 2021'],
        ['2022-01-01', '1 januari 2022'],
      ]);
      expect(count(series[1])).toBeGreaterThan(count(series[0]));
    }
  });

  it('sums the former municipalities for every merged 2025 municipality, in every year', async () => {
    const merged = geo.areas('2025', 'municipality').filter((m) => geo.predecessors(m.nis).length > 1);
    expect(merged).toHaveLength(13);
    for (const m of merged) {
      const r2025 = await report(m.nis, '2025');
      const parts = await Promise.all(geo.predecessors(m.nis).map((p) => report(p, '2019-2024')));
      for (const id of ['inwoners', 'niet_belgen']) {
        const mergedSeries = block(r2025, id).series;
        expect(mergedSeries).toHaveLength(2);
        mergedSeries.forEach((point, i) => {
          const partCounts = parts.map((p) => count(block(p, id).series[i]));
          expect(count(point), `${m.name} ${id} ${point.period}`).toBe(partCounts.reduce((a, b) => a + b, 0));
        });
      }
      // Shares come from summed numerators and denominators, never from averaging the parts' shares.
      const share = block(r2025, 'niet_belgen').series[1]?.cells[0]?.relative;
      const num = parts.map((p) => count(block(p, 'niet_belgen').series[1])).reduce((a, b) => a + b, 0);
      const den = parts.map((p) => count(block(p, 'inwoners').series[1])).reduce((a, b) => a + b, 0);
      expect(share).toEqual({ state: 'value', value: num / den });
    }
  });
});
