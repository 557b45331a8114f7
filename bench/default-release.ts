/**
 * The embedded default release for benchmarks: the real Statbel file plus the embedded demo data,
 * imported with the same derivation step as `npm start` (plans, map tables, stored facts), in a
 * temporary directory with a second one for output files. `close()` removes both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData } from '../src/demo/index.js';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadGeography } from '../src/geo/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { BUNDLED_STATBEL_FILES, EMBEDDED_DEMO } from '../src/release/bundled.js';
import { importFiles } from '../src/release/import.js';
import { ReleaseStore } from '../src/release/release-store.js';
import { releaseHook } from '../src/report/release-derived.js';
import { tempDir } from '../test/support/real-release.js';

export async function defaultRelease(prefix: string) {
  const tmp = tempDir(`${prefix}-`);
  const out = mkdtempSync(join(tmpdir(), `${prefix}-out-`));
  const geo = loadGeography();
  const base = { geo, catalog: loadCatalog(), countries: loadCountries() };
  const dataDir = join(tmp.dir, 'var');
  const demo = await generateDemoData(join(tmp.dir, 'demo'), EMBEDDED_DEMO);
  const quiet = { info() {}, warn() {} };
  await importFiles({
    dataDir,
    files: [...BUNDLED_STATBEL_FILES, ...demo.map((f) => f.path)],
    geo,
    logger: quiet,
    beforeActivate: releaseHook(base, quiet),
  });
  const store = new ReleaseStore(dataDir);
  return {
    base,
    geo,
    store,
    dataDir,
    out,
    async close() {
      await store.close();
      tmp.cleanup();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
