/**
 * The first start with the demo in the background: the real Statbel file becomes active at once, a
 * marker says the demo is still to come, and the demo import builds on that release (Statbel carried
 * over) and removes the marker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../src/geo/index.js';
import { demoPending, ensureRelease, importEmbeddedDemo } from '../../src/release/bundled.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const tmp = tempDir('oa-bundled-');
const quiet = { info() {}, warn() {} };
afterAll(() => tmp.cleanup());

describe('a first start with the demo deferred', () => {
  it('activates the real data first, then the demo on top of it', async () => {
    const dataDir = `${tmp.dir}/var`;
    const first = await ensureRelease(dataDir, geo, { logger: quiet, deferDemo: true });
    expect(demoPending(dataDir)).toBe(true);
    const store = new ReleaseStore(dataDir);
    const real = await store.active();
    expect(real.id).toBe(first);
    expect(real.manifest.demo).toBe(false);
    expect(real.manifest.years).toEqual([2021]);
    expect(Object.keys(real.manifest.datasets)).toEqual([]);
    // A second start finds the release and does not import again.
    expect(await ensureRelease(dataDir, geo, { logger: quiet, deferDemo: true })).toBe(first);

    const second = await importEmbeddedDemo(dataDir, geo, { logger: quiet });
    expect(second).not.toBe(first);
    expect(demoPending(dataDir)).toBe(false);
    store.refresh();
    const withDemo = await store.active();
    expect(withDemo.id).toBe(second);
    expect(withDemo.manifest.demo).toBe(true);
    expect(withDemo.manifest.basedOn).toBe(first);
    expect(withDemo.manifest.years).toEqual([2021]);
    expect(Object.keys(withDemo.manifest.datasets).length).toBe(12);
    const total = async (r: typeof real) =>
      (
        await r.query(
          "SELECT sum(population) FROM area_population WHERE division = '2025' AND level = 'region' AND year = 2021",
        )
      )[0]?.[0];
    expect(await total(withDemo)).toBe(6_653_062);
    await store.close();
  });

  it('without demo leaves no marker', async () => {
    const dataDir = `${tmp.dir}/no-demo`;
    await ensureRelease(dataDir, geo, { logger: quiet, demo: false, deferDemo: true });
    expect(demoPending(dataDir)).toBe(false);
  });
});
