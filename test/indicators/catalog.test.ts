import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogError, DEFAULT_CATALOG_DIR, loadCatalog } from '../../src/indicators/catalog-load.js';
import { tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

function editedCatalog(file: string, edit: (text: string) => string): string {
  tmp = tempDir('oa-catalog-');
  cpSync(DEFAULT_CATALOG_DIR, tmp.dir, { recursive: true });
  const path = join(tmp.dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return tmp.dir;
}

describe('catalog', () => {
  it('loads, every indicator with a definition, a known dataset and a source to cite', () => {
    const c = loadCatalog();
    expect(c.schemaVersion).toBe(2);
    expect(c.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    for (const i of c.indicators) {
      expect(c.datasets.has(i.numerator.dataset)).toBe(true);
      expect(c.sources.has(i.numerator.dataset)).toBe(true);
      expect(i.definition.length).toBeGreaterThan(20);
      expect(c.themeOf(i.id)).toBeDefined();
    }
    expect(c.datasets.size).toBe(13);
  });

  it('migrates a schema-version-1 catalog explicitly and computes the same indicators', () => {
    const old = loadCatalog('test/fixtures/catalog-v1', `${DEFAULT_CATALOG_DIR}/contracts`);
    expect(old.schemaVersion).toBe(2);
    expect(old.indicators.map((i) => i.id)).toEqual([
      'inwoners',
      'inwoners_naar_geslacht',
      'inwoners_naar_leeftijdsgroep',
      'inwoners_naar_leeftijd_5j',
      'belgen',
      'niet_belgen',
      'niet_belgen_naar_geslacht',
      'niet_belgen_naar_leeftijdsgroep',
      'belgen_naar_geslacht',
      'belgen_naar_leeftijdsgroep',
    ]);
    const current = loadCatalog();
    for (const i of old.indicators) {
      const now = current.indicator(i.id);
      expect({ ...i, chart: 'x' }).toEqual({ ...now, chart: 'x' });
    }
    expect(old.groupings.get('age_5y')?.categories).toEqual(current.groupings.get('age_5y')?.categories);
  });

  it('names the file and the path of a schema violation', () => {
    const dir = editedCatalog('themes/nationaliteit.yaml', (t) =>
      t.replace('unit: percent', 'unit: promille'),
    );
    expect(() => loadCatalog(dir)).toThrow(CatalogError);
    expect(() => loadCatalog(dir)).toThrow(/nationaliteit\.yaml.*\n.*indicators\.0\.unit/);
  });

  it('rejects unknown datasets, dimensions, groupings and duplicate ids', () => {
    const unknown = editedCatalog('themes/bevolking.yaml', (t) =>
      t.replace('grouping: sex', 'grouping: religion'),
    );
    expect(() => loadCatalog(unknown)).toThrow(/unknown grouping religion/);
    tmp?.cleanup();
    const dim = editedCatalog('themes/taal.yaml', (t) =>
      t.replace('niveau: kleuter, thuistaal', 'niveeu: kleuter, thuistaal'),
    );
    expect(() => loadCatalog(dim)).toThrow(/unknown dimension niveeu of thuistaal/);
    tmp?.cleanup();
    const dup = editedCatalog('themes/bevolking.yaml', (t) =>
      t.replace('id: inwoners_naar_geslacht', 'id: inwoners'),
    );
    expect(() => loadCatalog(dup)).toThrow(/used twice/);
  });

  it('checks the key figures and maps of the report: known indicators, and a real row for a breakdown', () => {
    const loaded = loadCatalog();
    expect(loaded.report.keyFigures.length).toBeGreaterThanOrEqual(8);
    expect(loaded.report.keyFigures.length).toBeLessThanOrEqual(12);
    const row = editedCatalog('catalog.yaml', (t) =>
      t.replace(/(werkzaamheidsgraad_herkomstkloof\n\s+row:) niet_eu/, '$1 noord'),
    );
    expect(() => loadCatalog(row)).toThrow(/has no row noord \(rows: belgisch, eu, niet_eu\)/);
    tmp?.cleanup();
    const missing = editedCatalog('catalog.yaml', (t) =>
      t.replace(/(leefloon_naar_herkomst\n)\s+row: niet_eu\n/, '$1'),
    );
    expect(() => loadCatalog(missing)).toThrow(/leefloon_naar_herkomst has a breakdown: name its row/);
    tmp?.cleanup();
    const unknown = editedCatalog('catalog.yaml', (t) =>
      t.replace('indicator: niet_belgen\n', 'indicator: x_y\n'),
    );
    expect(() => loadCatalog(unknown)).toThrow(/report.keyFigures: unknown indicator x_y/);
  });

  it('declares the kernrapport as data: 4–6 known charts, one of the maps, a policy text', () => {
    const kern = loadCatalog().report.kern;
    expect(kern?.charts.length).toBeGreaterThanOrEqual(4);
    expect(kern?.charts.length).toBeLessThanOrEqual(6);
    expect(kern?.policy.paragraphs.join(' ')).toContain('Ken je realiteit');
    const chart = editedCatalog('catalog.yaml', (t) =>
      t.replace('      - nieuwkomers_per_kwartaal\n', '      - nieuwkomers_per_week\n'),
    );
    expect(() => loadCatalog(chart)).toThrow(/report.kern.charts: unknown indicator nieuwkomers_per_week/);
    tmp?.cleanup();
    const map = editedCatalog('catalog.yaml', (t) =>
      t.replace('    map: { indicator: niet_belgen }', '    map: { indicator: inwoners }'),
    );
    expect(() => loadCatalog(map)).toThrow(/report.kern.map: inwoners is not one of report.maps/);
    tmp?.cleanup();
    const few = editedCatalog('catalog.yaml', (t) =>
      t.replace(
        / {6}- niet_belgen_top5_nationaliteiten\n {6}- buitenlandse_herkomst_naar_herkomstgroep\n/,
        '',
      ),
    );
    expect(() => loadCatalog(few)).toThrow(/charts/);
  });

  it('needs no code to add an indicator on a dataset that has a contract', () => {
    const dir = editedCatalog('themes/taal.yaml', (t) =>
      t.replace(
        'indicators:\n',
        `indicators:
  - id: okan_leerlingen_aantal
    title: OKAN-leerlingen (aantal)
    definition: Leerlingen die in het gebied wonen en les volgen in OKAN, in aantal.
    numerator: { dataset: thuistaal, label: leerlingen in OKAN, filter: { niveau: okan } }
    unit: count
    chart: line
`,
      ),
    );
    expect(loadCatalog(dir).indicator('okan_leerlingen_aantal')?.unit).toBe('count');
  });
});
