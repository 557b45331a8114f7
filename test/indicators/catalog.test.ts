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
  it('loads the first indicator set, each with a definition and a known source', () => {
    const c = loadCatalog();
    expect(c.indicators.map((i) => i.id)).toEqual([
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
    expect(c.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    for (const i of c.indicators) expect(c.sources.has(i.source)).toBe(true);
  });

  it('names the file and the path of a schema violation', () => {
    const dir = editedCatalog('themes/nationaliteit.yaml', (t) =>
      t.replace('relative: percent', 'relative: promille'),
    );
    expect(() => loadCatalog(dir)).toThrow(CatalogError);
    expect(() => loadCatalog(dir)).toThrow(/nationaliteit\.yaml.*\n.*indicators\.0\.relative/);
  });

  it('rejects an unknown breakdown and duplicate ids', () => {
    const unknown = editedCatalog('themes/bevolking.yaml', (t) =>
      t.replace('breakdown: sex', 'breakdown: religion'),
    );
    expect(() => loadCatalog(unknown)).toThrow(/unknown breakdown religion/);
    tmp?.cleanup();
    const dup = editedCatalog('themes/bevolking.yaml', (t) =>
      t.replace('id: inwoners_naar_geslacht', 'id: inwoners'),
    );
    expect(() => loadCatalog(dup)).toThrow(/used twice/);
  });
});
