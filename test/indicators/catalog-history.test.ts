/**
 * Catalog history: the current catalog version is kept as a snapshot, a published version never changes,
 * and a snapshot loads to the same catalog as the files it was taken from.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  catalogForVersion,
  historyFile,
  loadCatalogVersion,
  readCatalogSnapshot,
  snapshotCatalog,
  writeCatalogSnapshot,
} from '../../src/indicators/catalog-history.js';
import { CatalogError, DEFAULT_CATALOG_DIR, loadCatalog } from '../../src/indicators/catalog-load.js';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function copyOfCatalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oa-cat-test-'));
  temps.push(dir);
  cpSync(DEFAULT_CATALOG_DIR, dir, { recursive: true });
  return dir;
}

const essence = (c: ReturnType<typeof loadCatalog>) => ({
  version: c.version,
  indicators: c.indicators,
  themes: c.themes,
  groupings: [...c.groupings],
  datasets: [...c.datasets],
  sources: [...c.sources],
});

describe('catalog history', () => {
  it('holds the current catalog version, equal to the files in catalog/ (edit ⇒ new version + snapshot)', () => {
    const current = snapshotCatalog();
    const stored = readCatalogSnapshot(current.version);
    const changed = Object.keys({ ...current.files, ...stored.files }).filter(
      (p) => current.files[p] !== stored.files[p],
    );
    // On failure: raise `version` in catalog/catalog.yaml, then `npm run cli -- catalog --snapshot`.
    expect(changed).toEqual([]);
  });

  it('loads a snapshot to exactly the catalog it was taken from', () => {
    const current = loadCatalog();
    expect(essence(loadCatalogVersion(current.version))).toEqual(essence(current));
    expect(catalogForVersion(undefined).version).toBe(current.version);
  });

  it('rebuilds an old version after the catalog has moved on, and refuses to rewrite a published one', () => {
    const dir = copyOfCatalog();
    const old = loadCatalog(dir);
    const main = join(dir, 'catalog.yaml');
    const text = readFileSync(main, 'utf8');
    // Edit a title without raising the version: the snapshot may not be overwritten.
    const edited = text.replace(/^version: .*$/m, `version: ${old.version}`);
    const themeFile = join(dir, 'themes', 'bevolking.yaml');
    const theme = readFileSync(themeFile, 'utf8');
    writeFileSync(themeFile, theme.replace(/title: .*/, 'title: Gewijzigde titel'));
    writeFileSync(main, edited);
    expect(() => writeCatalogSnapshot(dir)).toThrow(CatalogError);
    expect(() => writeCatalogSnapshot(dir)).toThrow(/raise `version`/);
    // Raise the version: a new snapshot, and the old version still loads as it was.
    writeFileSync(main, edited.replace(/^version: .*$/m, 'version: 2099.1.1'));
    expect(writeCatalogSnapshot(dir).written).toBe(true);
    expect(writeCatalogSnapshot(dir).written).toBe(false);
    expect(essence(catalogForVersion(old.version, dir))).toEqual(essence(old));
    expect(catalogForVersion('2099.1.1', dir).themes[0]?.title).toBe('Gewijzigde titel');
  });

  it('says which version is missing, and rejects paths that are not versions', () => {
    expect(() => loadCatalogVersion('1999.1.1')).toThrow(/catalog version 1999\.1\.1 is not in the history/);
    expect(() => historyFile('../x')).toThrow(/bad catalog version/);
  });
});
