/**
 * The output attacker (issue 8 §1): on the default release (real Statbel 2021 + embedded demo), it reads
 * only what the tool publishes — the downloads of every protected indicator for all areas, both
 * divisions and every year — plus Statbel's open file and the catalog's declared relations, builds its
 * own equation system (test/disclosure/attacker/, no code shared with the plans) and solves the minimum
 * and maximum of every hidden count with HiGHS (`highs`). No hidden count may be pinned: every one keeps
 * a range at least 1 wide (at least two possible values), and no published mark may be false.
 *
 * Not read (yet): the report CSVs' similar-municipalities column, relative figures (shares with their
 * rounding) and balances; the report's own country lists are checked in cross-dataset.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disclosureHook } from '../../src/cli/disclosure-hook.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { importDefaultRelease } from '../support/default-release.js';
import { tempDir } from '../support/real-release.js';
import { attack } from './attacker/attack.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;

beforeAll(async () => {
  tmp = tempDir('oa-attacker-');
  const silent = { info() {}, warn() {} };
  store = await importDefaultRelease(tmp.dir, geo, disclosureHook({ geo, catalog, countries }, silent));
  release = await store.active();
}, 900_000);
afterAll(async () => {
  await store?.close();
  tmp?.cleanup();
});

/** Datasets linked by relations are attacked together; the others one by one. */
const GROUPS = [
  ['herkomst'],
  ['nationaliteit'],
  ...[...catalog.datasets.values()]
    .filter((d) => d.disclosureThreshold > 1 && !['herkomst', 'nationaliteit'].includes(d.id))
    .map((d) => [d.id]),
];

describe('the output attacker on the default release', () => {
  for (const group of GROUPS) {
    it(`pins no hidden count of ${group.join(' + ')}`, async () => {
      const r = await attack({ geo, catalog, countries, release }, new Set(group), 1);
      console.log(
        `${group.join('+')}: ${r.downloads} downloads, ${r.observations} figures read, ${r.variables} variables, ${r.equations} equations, ${r.statbelFixed} fixed by Statbel, ${r.hidden} hidden, ${r.lps} LPs in ${r.components} components (largest ${r.largest}), ${(r.ms / 1000).toFixed(1)} s; widths ${JSON.stringify(r.widths)}`,
      );
      expect(r.downloads).toBeGreaterThan(0);
      expect(r.hidden).toBeGreaterThan(0);
      expect(r.conflicts).toEqual([]);
      expect(r.infeasible).toEqual([]);
      expect(r.pinned.slice(0, 10)).toEqual([]);
    }, 900_000);
  }
});
