/**
 * The output attacker (issue 8 §1): on the default release (real Statbel 2021 + embedded demo), it reads
 * only what the tool publishes — the downloads of every protected indicator for all areas, both
 * divisions and every year — plus Statbel's open file and the catalog's declared relations, builds its
 * own equation system (test/disclosure/attacker/, no code shared with the plans) and solves the minimum
 * and maximum of every hidden count with HiGHS (`highs`). No hidden count may be pinned (every range at
 * least 1 wide: the plans' level, PROTECTION_WIDTH), and no published mark may be false. It prints the
 * distribution of the widths.
 *
 * Not read (yet): the report CSVs (their similar-municipalities column, the subject's own country
 * lists), relative figures (shares with their rounding), balances and distinct counts (not linear; the
 * rule that withholds them is tested in cross-dataset.test.ts).
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
}, 1_800_000);
afterAll(async () => {
  await store?.close();
  tmp?.cleanup();
});

/**
 * The promise of the plans today (README, docs/architecture.md "Disclosure control"): no reader narrows a
 * "< 5" to fewer than two possible values (range at least 1 wide). Issue 8 asks for three (2 wide): the
 * engine can, the plans do not yet (PROTECTION_WIDTH); the widths printed show how far the release is.
 */
const GOAL = 1;

/**
 * The families attacked, each on its own (they share no figure). Asserted by default: herkomst (related
 * to Statbel's open file by the catalog, where the Herstappe leak was). OA_ATTACK_FAMILIES
 * (space-separated, '+' within a family) runs others, e.g. `nationaliteit migratie`: not in the default
 * yet, because on a loaded two-core machine nationaliteit alone took 688 s, and its run with the withheld
 * "andere" rows did not finish before the session's deadline (so it is not verified).
 */
const FAMILIES = (process.env.OA_ATTACK_FAMILIES ?? 'herkomst')
  .split(' ')
  .filter(Boolean)
  .map((g) => g.split('+'));

describe('the output attacker on the default release', () => {
  for (const family of FAMILIES) {
    it(`pins no hidden count of ${family.join(' + ')}`, async () => {
      const r = await attack({ geo, catalog, countries, release }, new Set(family), GOAL);
      console.log(
        `${family.join('+')}: ${r.downloads} downloads, ${r.observations} figures read, ${r.variables} variables, ${r.equations} equations, ${r.statbelFixed} fixed by Statbel, ${r.hidden} hidden, ${r.lps} LPs in ${r.components} components (largest ${r.largest}), ${(r.ms / 1000).toFixed(1)} s (reading ${(r.readMs / 1000).toFixed(1)} s); narrower than ${GOAL}: ${r.pinned.length} "< 5", ${r.pinnedSecondary} "x"; widths of hidden counts ${JSON.stringify(r.widths)}`,
      );
      expect(r.downloads).toBeGreaterThan(0);
      expect(r.hidden).toBeGreaterThan(0);
      expect(r.conflicts).toEqual([]);
      expect(r.infeasible).toEqual([]);
      expect(r.pinned.slice(0, 10).map((p) => `${p.id}: ${p.min}..${p.max}`)).toEqual([]);
      // No "x" either: a derived row is withheld without a mark, plan cells are protected like "< 5".
      expect(r.pinnedSecondary).toBe(0);
    }, 1_800_000);
  }
});
