/**
 * The web application on a test workflow store and a data directory holding one real release (the
 * bundled Statbel file, suppression plans solved), with a signed-in administrator: what the tests of
 * /beheer/data drive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DataReleases, type DataReleasesOptions } from '../../src/data-releases/service.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { BUNDLED_STATBEL_FILES } from '../../src/release/bundled.js';
import { importFiles } from '../../src/release/import.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { precomputeDisclosure } from '../../src/report/disclosure/precompute.js';
import { buildServer } from '../../src/web/server.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { openTestWorkflow, SYSTEM } from './test-workflow.js';
import { WebClient } from './web-client.js';

export interface DataReleaseApp {
  readonly dir: string;
  readonly dataDir: string;
  readonly wf: Workflow;
  readonly app: FastifyInstance;
  readonly releases: ReleaseStore;
  readonly firstRelease: string;
  /** A signed-in agii administrator. */
  readonly admin: WebClient;
  readonly adminId: number;
  /** A second node's view of the same builds (runs the build jobs, as a server's runner would). */
  builder(options?: Partial<DataReleasesOptions>): DataReleases;
  close(): Promise<void>;
}

export async function openDataReleaseApp(
  options: { settings?: Parameters<typeof openTestWorkflow>[0] } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'oa-data-'));
  const dataDir = join(dir, 'var');
  const geo = loadGeography();
  const catalog = loadCatalog();
  const countries = loadCountries();
  const first = await importFiles({
    dataDir,
    files: BUNDLED_STATBEL_FILES,
    geo,
    countries,
    beforeActivate: async (release) => {
      await precomputeDisclosure({ geo, catalog, countries, release }, { info() {}, warn() {} });
    },
  });
  const wf = await openTestWorkflow(options.settings);
  const releases = new ReleaseStore(dataDir);
  const app = buildServer({ geo, catalog, countries, releases }, { workflow: wf });
  await app.ready();
  const { account, link } = await wf.accounts.invite(
    { email: 'beheer@agii.be', name: 'Beheerder', roles: ['agii'], municipalities: [] },
    SYSTEM,
    { mail: false },
  );
  await wf.accounts.setPassword(
    new URL(link).searchParams.get('token') as string,
    'een wachtwoord voor data',
  );
  const admin = new WebClient(app);
  admin.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
  const result: DataReleaseApp = {
    dir,
    dataDir,
    wf,
    app,
    releases,
    firstRelease: first.releaseId,
    admin,
    adminId: account.id,
    builder: (extra = {}) =>
      new DataReleases({ db: wf.db, layout: releases.layout, catalogVersion: catalog.version, ...extra }),
    close: async () => {
      await app.close();
      await releases.close();
      await wf.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return result;
}
