/**
 * Every sentence of every report: all 285 municipalities (division 2025) on the demo release (real
 * Statbel 2021 + demonstration data), with the similar municipalities. No sentence may be malformed
 * (test/support/sentence-check.ts, written apart from the code that makes them), and no year the
 * report offers may be empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { availableYears, buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/model.js';
import { SimilarSource } from '../../src/report/similar-source.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';
import { sentenceProblems } from '../support/sentence-check.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
const similar = new SimilarSource();
const countLabels = [...new Set(catalog.indicators.map((i) => i.numerator.label))];
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;

beforeAll(async () => {
  tmp = tempDir('oa-sentences-');
  store = await importDemoRelease(tmp.dir, geo);
  release = await store.active();
}, 600_000);
afterAll(async () => {
  await store?.close();
  tmp?.cleanup();
});

/** Every sentence a reader gets, with where it stands. */
function sentences(r: Report): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | null | undefined) => {
    if (text) out.push({ where: `${r.subject.name} ${where}`, text });
  };
  for (const s of r.sections)
    for (const b of s.blocks) {
      if (b.kind === 'table' || b.kind === 'map' || b.kind === 'pyramid') add(b.id, b.summary);
      // The fixed texts of Definities en bronnen (method, how to use) are not sentences about figures.
      if (b.kind === 'text' && s.id !== 'definities-en-bronnen') add(b.id, b.text);
      if (b.kind === 'keyfigures') {
        for (const f of b.figures) {
          add(`${f.indicatorId} (kerncijfer)`, f.sentence);
          add(`${f.indicatorId} (verandering)`, f.change);
        }
        for (const c of b.changes) add('veranderingen', c);
      }
    }
  for (const n of r.notes) add('noot', n);
  return out;
}

describe('the sentences of all 285 reports', () => {
  it('are well formed', async () => {
    const municipalities = geo.areas('2025', 'municipality');
    expect(municipalities).toHaveLength(285);
    const problems: string[] = [];
    let count = 0;
    for (const subject of municipalities) {
      const r = await buildReport(
        { geo, catalog, countries, release, similar },
        { subject, division: '2025', year: 2021 },
      );
      for (const s of sentences(r)) {
        count++;
        for (const p of sentenceProblems(s.text, countLabels)) problems.push(`${s.where}: ${p}: ${s.text}`);
      }
    }
    // One example per block and problem, so a systematic defect is one line.
    const byKind = new Map<string, string>();
    for (const p of problems) {
      const key = p.replace(/^\S+ /, '').split(':').slice(0, 2).join(':');
      if (!byKind.has(key)) byKind.set(key, p);
    }
    expect([...byKind.values()]).toEqual([]);
    expect(count).toBeGreaterThan(285 * 40);
  }, 900_000);

  it('offers only years with figures: every offered year has the population of the subject', async () => {
    const years = availableYears(catalog, release);
    expect(years).toEqual([2021]);
    const gent = geo.municipality('2025', '44021' as never);
    if (!gent) throw new Error('no Gent');
    for (const year of years) {
      const r = await buildReport(
        { geo, catalog, countries, release },
        { subject: gent, division: '2025', year },
      );
      const inwoners = r.sections
        .flatMap((s) => s.blocks)
        .find((b) => b.kind === 'table' && b.id === 'inwoners');
      expect(inwoners?.kind === 'table' && inwoners.rows[0]?.cells[0]?.count.state).toBe('value');
    }
  });
});
