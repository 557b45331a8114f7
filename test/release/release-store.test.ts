/** ReleaseStore: a failed open of the active release is tried again, not kept. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { activateRelease } from '../../src/release/active.js';
import { dataDirLayout } from '../../src/release/layout.js';
import { MANIFEST_FORMAT } from '../../src/release/manifest.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { tempDir } from '../support/real-release.js';

const tmp = tempDir('oa-release-store-');

async function writeRelease(dir: string, id: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    format: MANIFEST_FORMAT,
    id,
    builtAt: '2026-01-15T10:00:00.000Z',
    software: { name: 'omgevingsanalyse', version: 'test' },
    basedOn: null,
    sources: [],
    tables: {},
    years: [],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const db = await DuckDBInstance.create(join(dir, 'release.duckdb'));
  db.closeSync();
}

describe('ReleaseStore.active()', () => {
  it('tries again after the active release failed to open', async () => {
    const layout = dataDirLayout(join(tmp.dir, 'var'));
    mkdirSync(layout.releases, { recursive: true });
    activateRelease(layout, 'r1', new Date());
    const store = new ReleaseStore(layout.root);
    // The pointer names a release whose files are not there (yet): the open fails.
    await expect(store.active()).rejects.toThrow();
    await expect(store.active()).rejects.toThrow();
    await writeRelease(layout.releaseDir('r1'), 'r1');
    const reader = await store.active();
    expect(reader.id).toBe('r1');
    expect(await store.active()).toBe(reader);
    await store.close();
    tmp.cleanup();
  });
});
