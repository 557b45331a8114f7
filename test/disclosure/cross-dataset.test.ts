/**
 * One protection model across datasets: counts another dataset publishes exactly (Statbel's open data)
 * enter a plan as published cells. The leak this fixes, on the default release: Herstappe (73028) on
 * 1 January 2021 has 78 inhabitants and 3 niet-Belgen in Statbel's file; with "buitenlandse herkomst 6"
 * shown, "Belg met buitenlandse herkomst < 5" was 6 − 3 = 3.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { readRelations } from '../../src/indicators/dataset-relations.js';
import { auditSuppression } from '../../src/indicators/disclosure/index.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildReport } from '../../src/report/build-report.js';
import { WITHHELD_DERIVED } from '../../src/report/disclosure/apply.js';
import { buildDisclosurePlan, type SolvedPlan } from '../../src/report/disclosure/plan.js';
import type { Report, TableBlock } from '../../src/report/model.js';
import { importDefaultRelease } from '../support/default-release.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;
let plan: SolvedPlan;
let report: Report;

const HERSTAPPE = '2021-01-01@73028#';
const cell = (p: SolvedPlan, key: string) => p.problem.cells.find((c) => c.id === HERSTAPPE + key);

beforeAll(async () => {
  tmp = tempDir('oa-cross-');
  store = await importDefaultRelease(tmp.dir, geo);
  release = await store.active();
  const herkomst = catalog.datasets.get('herkomst');
  if (!herkomst) throw new Error('herkomst');
  plan = await buildDisclosurePlan({ geo, catalog, countries, release }, herkomst, '2021-01-01');
  const subject = geo.municipality('2025', asNisCode('73028'));
  if (!subject) throw new Error('no Herstappe');
  report = await buildReport(
    { geo, catalog, countries, release, now: () => new Date('2026-01-15T12:00:00Z') },
    { subject, division: '2025', year: 2021 },
  );
}, 900_000);
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

describe('relations between datasets', () => {
  it('are declared in the catalog', () => {
    const ids = catalog.relations.map((r) => `${r.dataset}=${r.equals}`);
    expect(ids).toEqual(expect.arrayContaining(['herkomst=bevolking', 'nationaliteit=bevolking']));
  });

  it('are checked against the datasets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-rel-'));
    try {
      const file = join(dir, 'relations.yaml');
      writeFileSync(
        file,
        [
          'schemaVersion: 2',
          'relations:',
          '  - { id: a, description: x, dataset: herkomst, equals: bevolking,',
          '      dimensions: { herkomstgroep: [{ codes: [niet_belgen], filter: { nationaliteit: ETR } }] } }',
          '  - { id: b, description: x, dataset: herkomst, equals: nergens }',
        ].join('\n'),
      );
      const { problems } = readRelations(file, catalog.datasets);
      expect(problems.join('\n')).toMatch(/herkomstgroep has no code niet_belgen/);
      expect(problems.join('\n')).toMatch(/unknown dataset nergens/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Herstappe on the default release (herkomst, 1 januari 2021)', () => {
  it('has Statbel’s figures as published cells', () => {
    expect(cell(plan, '*|*|*|*')?.value).toBe(78);
    expect(cell(plan, 'niet_belg|*|*|*')?.value).toBe(3);
    expect(plan.problem.published.has(`${HERSTAPPE}*|*|*|*`)).toBe(true);
    expect(plan.problem.published.has(`${HERSTAPPE}niet_belg|*|*|*`)).toBe(true);
    // Not linked: a Belgian/foreign split Statbel does not publish.
    expect(plan.problem.published.has(`${HERSTAPPE}belg_bij_geboorte,belg_geworden|*|*|*`)).toBe(false);
  });

  it('hides buitenlandse herkomst, so Belg met buitenlandse herkomst is not 6 − 3', () => {
    expect(cell(plan, 'belg_bij_geboorte,belg_geworden|*|*|*')?.value).toBe(3);
    expect(plan.suppressed.get(`${HERSTAPPE}belg_bij_geboorte,belg_geworden|*|*|*`)).toBe('primary');
    expect(plan.suppressed.has(`${HERSTAPPE}belg_bij_geboorte,belg_geworden,niet_belg|*|*|*`)).toBe(true);
    const audit = auditSuppression({ ...plan.problem, threshold: plan.threshold }, plan.suppressed);
    expect(audit.recoverable).toEqual([]);
  });

  it('would leak without the relations (the attacker knows Statbel’s figures anyway)', async () => {
    const blind = { ...catalog, relations: [] };
    const herkomst = catalog.datasets.get('herkomst');
    if (!herkomst) throw new Error('herkomst');
    const old = await buildDisclosurePlan(
      { geo, catalog: blind, countries, release },
      herkomst,
      '2021-01-01',
    );
    expect(old.problem.published.size).toBe(0);
    const audit = auditSuppression(
      { ...old.problem, threshold: old.threshold, published: plan.problem.published },
      old.suppressed,
    );
    expect(audit.recoverable.map((r) => r.id)).toContain(`${HERSTAPPE}belg_bij_geboorte,belg_geworden|*|*|*`);
  });
});

const block = (indicator: string): TableBlock => {
  const found = report.sections
    .flatMap((s) => s.blocks)
    .find((b): b is TableBlock => b.kind === 'table' && b.indicatorId === indicator);
  if (!found) throw new Error(indicator);
  return found;
};

describe('lists in the report of Herstappe (2021)', () => {
  it('list only countries with a shown count, ordered by it, the rest in one row', () => {
    for (const id of [
      'niet_belgen_top5_nationaliteiten',
      'niet_belgen_naar_nationaliteit',
      'buitenlandse_herkomst_top10_landen',
    ]) {
      const rows = block(id).rows;
      const listed = rows.filter((r) => r.key !== 'andere');
      expect(rows.at(-1)?.key, id).toBe('andere');
      const counts = listed.map((r) => r.cells[0]?.count);
      for (const c of counts) expect(c?.state, id).toBe('value');
      const values = counts.map((c) => (c?.state === 'value' ? c.value : 0));
      expect(values, id).toEqual([...values].sort((a, b) => b - a));
      for (const v of values) expect(v).toBeGreaterThan(0);
    }
  });

  it('does not list NLD (1) and ROU (2) of the 3 niet-Belgen, and hides the number of nationalities (2)', async () => {
    const nationaliteit = catalog.datasets.get('nationaliteit');
    if (!nationaliteit) throw new Error('nationaliteit');
    const p = await buildDisclosurePlan({ geo, catalog, countries, release }, nationaliteit, '2021-01-01');
    expect(cell(p, 'NLD|*|*')?.value).toBe(1);
    expect(cell(p, 'ROU|*|*')?.value).toBe(2);
    expect(p.problem.published.has(`${HERSTAPPE}*|*|*`)).toBe(true);
    const keys = block('niet_belgen_naar_nationaliteit').rows.map((r) => r.key);
    expect(keys).toEqual(['andere']);
    expect(block('niet_belgen_top5_nationaliteiten').rows.map((r) => r.key)).toEqual(['andere']);
    // Withheld without a mark: beside hidden "< 5" counts it would tell how many of them are zeros.
    const distinct = block('vreemde_nationaliteiten').rows[0]?.cells[0]?.count;
    expect(distinct).toEqual({ state: 'not_available', reason: WITHHELD_DERIVED });
    // The remainder of Statbel's 3 niet-Belgen is shown: it is Statbel's figure.
    const rest = block('niet_belgen_naar_nationaliteit').rows[0]?.cells[0]?.count;
    expect(rest).toEqual({ state: 'value', value: 3 });
  });
});
