/**
 * Catalog history: every published catalog version is kept as a snapshot of its files
 * (`catalog/history/<version>.json`), so a report can be rebuilt exactly with the catalog version it
 * records, after the catalog has moved on. A snapshot is loaded by the ordinary loader.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from './catalog.js';
import { CatalogError, DEFAULT_CATALOG_DIR, loadCatalog } from './catalog-load.js';

export const CATALOG_SNAPSHOT_SCHEMA = 'omgevingsanalyse.catalog-snapshot';
export const HISTORY_DIR_NAME = 'history';

export interface CatalogSnapshot {
  readonly schema: typeof CATALOG_SNAPSHOT_SCHEMA;
  readonly version: string;
  /** Path relative to the catalog directory ('/' separated) → file text, sorted by path. */
  readonly files: Readonly<Record<string, string>>;
}

function yamlFiles(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === root && entry.name === HISTORY_DIR_NAME) continue;
      out.push(...yamlFiles(path, root));
    } else if (entry.name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

/** The catalog's files as they are now. */
export function snapshotCatalog(dir: string = DEFAULT_CATALOG_DIR): CatalogSnapshot {
  const paths = yamlFiles(dir, dir)
    .map((p) => relative(dir, p).split(sep).join('/'))
    .sort();
  const files = Object.fromEntries(paths.map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
  const main = parseYaml(files['catalog.yaml'] ?? '') as { version?: unknown } | null;
  if (typeof main?.version !== 'string') throw new CatalogError(`${dir}/catalog.yaml: no version`);
  return { schema: CATALOG_SNAPSHOT_SCHEMA, version: main.version, files };
}

export function historyFile(version: string, dir: string = DEFAULT_CATALOG_DIR): string {
  if (!/^[0-9A-Za-z][0-9A-Za-z._-]*$/.test(version)) throw new CatalogError(`bad catalog version ${version}`);
  return join(dir, HISTORY_DIR_NAME, `${version}.json`);
}

/** Writes the current catalog as the snapshot of its version (refuses to change an existing one). */
export function writeCatalogSnapshot(dir: string = DEFAULT_CATALOG_DIR): { file: string; written: boolean } {
  const snapshot = snapshotCatalog(dir);
  const file = historyFile(snapshot.version, dir);
  const text = `${JSON.stringify(snapshot, null, 1)}\n`;
  let existing: string | undefined;
  try {
    existing = readFileSync(file, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === text) return { file, written: false };
  if (existing !== undefined)
    throw new CatalogError(
      `${file} already holds catalog version ${snapshot.version} with other content: ` +
        'a published version never changes; raise `version` in catalog.yaml first',
    );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { file, written: true };
}

export function readCatalogSnapshot(version: string, dir: string = DEFAULT_CATALOG_DIR): CatalogSnapshot {
  const file = historyFile(version, dir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogError(
      `catalog version ${version} is not in the history (${file}): ${(err as Error).message}`,
    );
  }
  const s = raw as Partial<CatalogSnapshot>;
  if (
    s.schema !== CATALOG_SNAPSHOT_SCHEMA ||
    s.version !== version ||
    typeof s.files !== 'object' ||
    !s.files
  )
    throw new CatalogError(`${file}: not a catalog snapshot of version ${version}`);
  return s as CatalogSnapshot;
}

/** Loads a catalog version from the history, through the ordinary loader (migrations included). */
export function loadCatalogVersion(version: string, dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const snapshot = readCatalogSnapshot(version, dir);
  const tmp = mkdtempSync(join(tmpdir(), 'oa-catalog-'));
  try {
    for (const [path, text] of Object.entries(snapshot.files)) {
      if (path.split('/').includes('..')) throw new CatalogError(`snapshot ${version}: bad path ${path}`);
      const target = join(tmp, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return loadCatalog(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The catalog a report asks for: the current one when the version matches, else from the history. */
export function catalogForVersion(version: string | undefined, dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const current = loadCatalog(dir);
  if (version === undefined || version === current.version) return current;
  return loadCatalogVersion(version, dir);
}
