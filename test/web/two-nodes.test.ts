/**
 * Web nodes are stateless (issue 9 §5): two `serve` processes on different ports, one PostgreSQL server,
 * one data directory. A session made on one node is valid on the other (and its CSRF tokens), failed
 * sign-ins count into one lock-out, usage counts of both land in the same rows, and a release activated
 * on one node is served by the other within a second or two, without a failed request.
 * Needs TEST_DATABASE_URL (`npm run test:db`, `.ci/run`); PGlite is one process by design.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { BUNDLED_STATBEL_FILES } from '../../src/release/bundled.js';
import { importFiles } from '../../src/release/import.js';
import { precomputeDisclosure } from '../../src/report/disclosure/precompute.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { openWorkflow } from '../../src/workflow/open-workflow.js';
import { HttpClient } from '../support/http-client.js';
import { freshStoreConfig } from '../support/test-store.js';
import { isMunicipality2025, SYSTEM, TEST_PASSWORD_COST } from '../support/test-workflow.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const PASSWORD = 'twee knopen, een databank';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Node {
  readonly base: string;
  readonly child: ChildProcess;
  log: string;
}

function withoutSmtp(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SMTP_URL: _smtp, ...rest } = env;
  return rest;
}

async function startNode(dataDir: string, databaseUrl: string): Promise<Node> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--import',
      TSX,
      join(ROOT, 'src/cli/main.ts'),
      'serve',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--no-demo',
    ],
    {
      cwd: ROOT,
      env: { ...withoutSmtp(process.env), DATABASE_URL: databaseUrl, PUBLIC_URL: `http://127.0.0.1:${port}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const node: Node = { base: `http://127.0.0.1:${port}`, child, log: '' };
  child.stdout?.on('data', (d: Buffer) => (node.log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (node.log += d.toString()));
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`node on ${port} ended:\n${node.log}`);
    const up = await fetch(`${node.base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return node;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`node on ${port} did not start:\n${node.log}`);
}

function stopNode(node: Node): Promise<void> {
  return new Promise((resolve) => {
    if (node.child.exitCode !== null) return resolve();
    node.child.once('exit', () => resolve());
    node.child.kill('SIGTERM');
  });
}

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('two web nodes on one PostgreSQL server', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let databaseUrl: string;
  let a: Node;
  let b: Node;
  let second: string;
  let first: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oa-two-nodes-'));
    const dataDir = join(dir, 'var');
    const fresh = await freshStoreConfig();
    cleanup = fresh.cleanup;
    if (fresh.config.kind !== 'postgres') throw new Error('needs a PostgreSQL server');
    databaseUrl = fresh.config.url;
    const geo = loadGeography();
    const catalog = loadCatalog();
    const countries = loadCountries();
    const plans = async (release: Parameters<typeof precomputeDisclosure>[0]['release']) => {
      await precomputeDisclosure({ geo, catalog, countries, release }, { info() {}, warn() {} });
    };
    first = (
      await importFiles({ dataDir, files: BUNDLED_STATBEL_FILES, geo, countries, beforeActivate: plans })
    ).releaseId;
    second = (
      await importFiles({
        dataDir,
        files: [join(ROOT, 'data/samples/contracts/DEMO-migratie.csv')],
        geo,
        countries,
        beforeActivate: plans,
        activate: false,
      })
    ).releaseId;
    // The administrator, made the way `user add` does, straight in the shared database.
    const store: Store = await openStore(fresh.config);
    const wf = await openWorkflow({
      store,
      settings: { publicUrl: 'http://oa.test', mailFrom: 'oa@test.invalid', trustProxy: false },
      isMunicipality: isMunicipality2025,
      passwordCost: TEST_PASSWORD_COST,
    });
    const { link } = await wf.accounts.invite(
      { email: 'beheer@agii.be', name: 'Beheerder', roles: ['agii'], municipalities: [] },
      SYSTEM,
      { mail: false },
    );
    await wf.accounts.setPassword(new URL(link).searchParams.get('token') as string, PASSWORD);
    await wf.close();
    [a, b] = await Promise.all([startNode(dataDir, databaseUrl), startNode(dataDir, databaseUrl)]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a && stopNode(a), b && stopNode(b)]);
    await cleanup?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('serves on node B the session started on node A, and accepts A’s CSRF token', async () => {
    const onA = new HttpClient(a.base);
    const token = await onA.csrfFrom('/aanmelden');
    const signedIn = await onA.post('/aanmelden', {
      email: 'beheer@agii.be',
      password: PASSWORD,
      _csrf: token,
    });
    expect(signedIn.status).toBe(303);
    expect(onA.cookies.has('oa_sessie')).toBe(true);
    const onB = onA.on(b.base);
    const mine = await onB.get('/mijn-gegevens');
    expect(mine.status).toBe(200);
    expect(mine.body).toContain('beheer@agii.be');
    // A token from a form of node A, posted to node B: the secrets are in the store, not in a node.
    const formOnA = await onA.csrfFrom('/beheer/data');
    const out = await onB.post('/afmelden', { _csrf: formOnA });
    expect(out.status).toBe(303);
    expect((await onA.get('/mijn-gegevens')).status).toBe(303); // the session is gone on A too
  }, 60_000);

  it('counts failed sign-ins on both nodes into one lock-out', async () => {
    const email = 'iemand@gent.be';
    // Four wrong passwords, two on each node: neither node alone has seen enough to lock.
    for (const [i, node] of [a, b, a, b].entries()) {
      const c = new HttpClient(node.base);
      const res = await c.post('/aanmelden', {
        email,
        password: `fout ${i}`,
        _csrf: await c.csrfFrom('/aanmelden'),
      });
      expect(res.body).toContain('<p class="error" role="alert">');
      expect(res.body).not.toContain('Te veel mislukte pogingen');
    }
    // The fifth, on node A, locks the address (5 in 15 minutes), counted in the shared store.
    const c = new HttpClient(a.base);
    const locked = await c.post('/aanmelden', {
      email,
      password: 'nog eens',
      _csrf: await c.csrfFrom('/aanmelden'),
    });
    expect(locked.body).toContain('Te veel mislukte pogingen voor dit e-mailadres.');
  }, 60_000);

  it('switches both nodes to a release activated on one, without a failed request', async () => {
    expect((await (await fetch(`${b.base}/health`)).json()).release).toBe(first);
    const admin = new HttpClient(a.base);
    await admin.post('/aanmelden', {
      email: 'beheer@agii.be',
      password: PASSWORD,
      _csrf: await admin.csrfFrom('/aanmelden'),
    });
    const statuses: number[] = [];
    let running = true;
    // A report page in flight on B (its first build takes a while) while the release switches.
    const inFlight = fetch(`${b.base}/gemeente/44021`).then(async (r) => {
      await r.text();
      return r.status;
    });
    const load = (async () => {
      while (running) {
        const [h, p] = await Promise.all([fetch(`${b.base}/health`), fetch(`${b.base}/indicatoren`)]);
        statuses.push(h.status, p.status);
        await Promise.all([h.text(), p.text()]);
      }
    })();
    const activated = await admin.post(`/beheer/data/release/${second}/activeren`, {
      _csrf: await admin.csrfFrom('/beheer/data'),
    });
    expect(activated.status).toBe(200);
    expect(activated.body).toContain(`Release ${second} is nu actief`);
    let seen = '';
    for (let i = 0; i < 40 && seen !== second; i++) {
      await new Promise((r) => setTimeout(r, 100));
      seen = (await (await fetch(`${b.base}/health`)).json()).release;
    }
    running = false;
    await load;
    statuses.push(await inFlight);
    expect(seen).toBe(second);
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('adds the usage counts of both nodes into the same rows', async () => {
    for (const node of [a, b, b]) {
      const res = await fetch(`${node.base}/api/v1/gemeente/11002/rapport`, {
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' },
      });
      expect(res.status).toBe(200);
      await res.text();
    }
    await Promise.all([stopNode(a), stopNode(b)]); // a node flushes its counts when it stops
    const store = await openStore({ kind: 'postgres', url: databaseUrl });
    try {
      const rows = await store.db
        .selectFrom('usage_daily')
        .select(['event', 'own', (eb) => eb.fn.sum<number>('hits').as('hits')])
        .where('nis', '=', '11002')
        .where('event', '=', 'api')
        .groupBy(['event', 'own'])
        .execute();
      expect(rows.map((r) => ({ ...r, hits: Number(r.hits) }))).toEqual([
        { event: 'api', own: false, hits: 3 },
      ]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
