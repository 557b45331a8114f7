/**
 * /beheer/data through the web: an upload is validated in the background with the CLI's own message,
 * a good one becomes a release that is activated and rolled back (audited), a bad one changes nothing;
 * size limit, CSRF and roles are enforced before anything is kept.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { readActiveReleaseId } from '../../src/release/active.js';
import { type DataReleaseApp, openDataReleaseApp } from '../support/data-release-app.js';
import { multipartBody } from '../support/multipart.js';
import { SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'data', 'samples', 'contracts', 'DEMO-migratie.csv');
const BAD = 'nis,jaar,beweging,aantal\n44021,2023,intern_in,3089\n44021,2023,intern_uit,veel\n';

let t: DataReleaseApp;
/** The release built from the good upload (test 2), inactive after the roll-back. */
let built = '';

beforeAll(async () => {
  t = await openDataReleaseApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function upload(
  client: WebClient,
  files: { name: string; content: Buffer | string }[],
  options: { token?: string | null; fields?: Record<string, string> } = {},
) {
  const token = options.token === undefined ? await client.csrfFrom('/beheer/data') : options.token;
  const { payload, contentType } = multipartBody(files, {
    ...(token ? { _csrf: token } : {}),
    ...options.fields,
  });
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: 'POST',
    url: token ? `/beheer/data?_csrf=${encodeURIComponent(token)}` : '/beheer/data',
    headers: { cookie, 'content-type': contentType },
    payload,
  });
}

const releaseDirs = () => readdirSync(join(t.dataDir, 'releases')).sort();
const uploads = () => (existsSync(join(t.dataDir, 'uploads')) ? readdirSync(join(t.dataDir, 'uploads')) : []);
const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('/beheer/data', () => {
  it('refuses a malformed contract file with the line, column and message the CLI prints, and changes nothing', async () => {
    const before = releaseDirs();
    const res = await upload(t.admin, [{ name: 'migratie-fout.csv', content: BAD }]);
    expect(res.statusCode).toBe(303);
    const page = String(res.headers.location);
    expect(page).toMatch(/^\/beheer\/data\/bouw\/\d+$/);
    const waiting = await t.admin.get(page);
    expect(waiting.body).toContain('wacht om gebouwd te worden');
    expect(waiting.headers.refresh).toBe('2');

    expect(await t.builder().runner.runDue()).toBe(1);

    const done = await t.admin.get(page);
    expect(done.headers.refresh).toBeUndefined();
    // The CLI on the same file, in a directory of its own (so it names the file the same way).
    const cliDir = mkdtempSync(join(tmpdir(), 'oa-cli-'));
    writeFileSync(join(cliDir, 'migratie-fout.csv'), BAD);
    const cli = await run(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
        join(ROOT, 'src/cli/main.ts'),
        'import',
        'migratie-fout.csv',
        '--data-dir',
        join(cliDir, 'var'),
      ],
      { cwd: cliDir },
    ).then(
      () => ({ stderr: '' }),
      (err: { stderr: string }) => err,
    );
    const cliLine = cli.stderr.split('\n').find((l) => l.startsWith('Fout in de invoer'));
    expect(cliLine).toBe(
      'Fout in de invoer: migratie-fout.csv, regel 3, kolom 4 (aantal): verwacht een geheel getal ≥ 0, alleen in cijfers (geen decimalen, teken of scheidingsteken voor duizendtallen), gevonden "veel"',
    );
    expect(decode(done.body)).toContain(cliLine);
    expect(done.body).toContain('<th scope="row">Regel</th><td>3</td>');
    expect(done.body).toContain('<th scope="row">Kolom</th><td>4 (aantal)</td>');
    expect(done.body).toContain(`de release ${t.firstRelease} blijft actief en onveranderd`);
    // Nothing changed: same releases, same active one, the upload removed.
    expect(releaseDirs()).toEqual(before);
    expect(readActiveReleaseId(t.releases.layout)).toBe(t.firstRelease);
    expect(uploads()).toEqual([]);
  }, 120_000);

  it('builds a good upload in the background, activates it without a restart, and rolls back', async () => {
    const res = await upload(t.admin, [{ name: 'DEMO-migratie.csv', content: readFileSync(SAMPLE) }]);
    expect(res.statusCode).toBe(303);
    const page = String(res.headers.location);
    const builder = t.builder();
    const progress: string[] = [];
    const poll = setInterval(() => {
      void t.admin.get(page).then((r) => progress.push(r.body));
    }, 300);
    expect(await builder.runner.runDue()).toBe(1);
    clearInterval(poll);
    const done = await t.admin.get(page);
    expect(done.body).toContain('klaar: nieuwe release gebouwd (nog niet actief)');
    built = done.body.match(/\/beheer\/data\/release\/([^"]+)"/)?.[1] as string;
    expect(built).toBeTruthy();
    expect(releaseDirs()).toContain(built);
    // Derived as the CLI's import derives them: the plans and the maps' all-area tables.
    const version = loadCatalog().version;
    expect(existsSync(join(t.dataDir, 'releases', built, 'disclosure', `${version}.json`))).toBe(true);
    expect(existsSync(join(t.dataDir, 'releases', built, 'derived', version, 'tables.json'))).toBe(true);
    // Built, not active: the server still serves the first release.
    expect(readActiveReleaseId(t.releases.layout)).toBe(t.firstRelease);
    expect((await t.app.inject('/health')).json().release).toBe(t.firstRelease);

    const manifest = await t.admin.get(`/beheer/data/release/${built}`);
    expect(manifest.statusCode).toBe(200);
    expect(manifest.body).toContain('datacontract migratie (DEMODATA): 2023 – 2024');
    expect(manifest.body).toContain(`op basis van release ${t.firstRelease}`);

    // Requests in flight while the release switches: a report page (built on the first release) and a
    // stream of health checks; none fails.
    const inFlight = t.app.inject('/gemeente/44021');
    const statuses: number[] = [];
    let running = true;
    const load = (async () => {
      while (running) {
        statuses.push((await t.app.inject('/health')).statusCode);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const activated = await t.admin.submit(page, `/beheer/data/release/${built}/activeren`, {});
    expect(activated.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    running = false;
    await load;
    statuses.push((await inFlight).statusCode);
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(activated.body).toContain(`Release ${built} is nu actief`);
    expect(readActiveReleaseId(t.releases.layout)).toBe(built);
    await new Promise((r) => setTimeout(r, 1100)); // the server re-reads the pointer once a second
    expect((await t.app.inject('/health')).json().release).toBe(built);

    const back = await t.admin.submit('/beheer/data', `/beheer/data/release/${t.firstRelease}/activeren`, {});
    expect(back.body).toContain(`Teruggezet: release ${t.firstRelease} is opnieuw actief.`);
    expect(readActiveReleaseId(t.releases.layout)).toBe(t.firstRelease);
    const overview = await t.admin.get('/beheer/data');
    expect(overview.body).toContain('<td>teruggezet</td>');
    expect(overview.body).toContain('<td>geactiveerd</td>');
    const audit = await t.wf.audit.list({ limit: 10 });
    expect(audit.map((a) => a.action).slice(0, 3)).toEqual([
      'data.teruggezet',
      'data.geactiveerd',
      'data.opgeladen',
    ]);
    expect(audit[0]?.before).toEqual({ active: built });
    expect(audit[0]?.after).toEqual({ active: t.firstRelease });
    expect(audit[0]?.actor.label).toBe('beheer@agii.be');
  }, 120_000);

  it('solves the plans of a release that lacks them (a newer catalog), and only then lets it become active', async () => {
    expect(built).toBeTruthy();
    rmSync(join(t.dataDir, 'releases', built, 'disclosure'), { recursive: true, force: true });
    const overview = await t.admin.get('/beheer/data');
    expect(overview.body).toContain(`aria-label="Beschermingsplannen berekenen voor release ${built}"`);
    const refused = await t.admin.submit('/beheer/data', `/beheer/data/release/${built}/activeren`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain(
      `Release ${built} heeft nog geen beschermingsplannen voor catalogusversie`,
    );
    const asked = await t.admin.submit('/beheer/data', `/beheer/data/release/${built}/plannen`, {});
    expect(asked.body).toContain(
      `De beschermingsplannen van release ${built} worden in de achtergrond berekend`,
    );
    expect(asked.body).toContain('beschermingsplannen worden berekend');
    expect(await t.builder().runner.runDue()).toBe(1);
    expect(readdirSync(join(t.dataDir, 'releases', built, 'disclosure'))).toEqual([
      `${loadCatalog().version}.json`,
    ]);
    const activated = await t.admin.submit('/beheer/data', `/beheer/data/release/${built}/activeren`, {});
    expect(activated.body).toContain(`Release ${built} is nu actief`);
    const back = await t.admin.submit('/beheer/data', `/beheer/data/release/${t.firstRelease}/activeren`, {});
    expect(back.body).toContain('Teruggezet');
    expect((await t.wf.audit.list({ limit: 3 })).map((a) => a.action)).toEqual([
      'data.teruggezet',
      'data.geactiveerd',
      'data.plannen-gevraagd',
    ]);
  }, 120_000);

  it('refuses activating a release that does not exist, or the active one', async () => {
    const none = await t.admin.submit(
      '/beheer/data',
      '/beheer/data/release/19990101T000000Z-00000000/activeren',
      {},
    );
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('Er is geen release 19990101T000000Z-00000000.');
    const same = await t.admin.submit('/beheer/data', `/beheer/data/release/${t.firstRelease}/activeren`, {});
    expect(same.statusCode).toBe(409);
    expect(same.body).toContain(`Release ${t.firstRelease} is al actief.`);
  });

  it('refuses a file over the size limit and keeps nothing of it', async () => {
    const small = await openDataReleaseAppLimit();
    try {
      const res = await uploadTo(small, [
        { name: 'DEMO-migratie.csv', content: Buffer.alloc(2_000_001, 65) },
      ]);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).toContain(
        'Het bestand DEMO-migratie.csv is groter dan 2 MB, de grens voor opladen (UPLOAD_MAX_MB).',
      );
      expect(await small.builder().builds()).toEqual([]);
      expect(
        existsSync(join(small.dataDir, 'uploads')) ? readdirSync(join(small.dataDir, 'uploads')) : [],
      ).toEqual([]);
    } finally {
      await small.close();
    }
  }, 120_000);

  it('refuses an upload without a valid CSRF token, and uploads by anyone but agii, before keeping a byte', async () => {
    const before = (await t.builder().builds()).length;
    const noToken = await upload(t.admin, [{ name: 'DEMO-migratie.csv', content: 'x' }], { token: null });
    expect(noToken.statusCode).toBe(403);
    const { account, link } = await t.wf.accounts.invite(
      { email: 'gent@gent.be', name: 'Gent', roles: ['gemeente'], municipalities: ['44021'] },
      SYSTEM,
      { mail: false },
    );
    await t.wf.accounts.setPassword(
      new URL(link).searchParams.get('token') as string,
      'een wachtwoord voor gent',
    );
    const officer = new WebClient(t.app);
    officer.cookies.set('oa_sessie', await t.wf.signIn.startSession(account.id, 'password'));
    const refused = await upload(officer, [{ name: 'DEMO-migratie.csv', content: 'x' }], {
      token: await officer.csrfFrom('/mijn-gegevens'),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('<h1>Geen toegang</h1>');
    expect((await t.builder().builds()).length).toBe(before);
    expect(uploads()).toEqual([]);
  });
});

async function openDataReleaseAppLimit() {
  return openDataReleaseApp({ settings: { settings: { uploadMaxBytes: 2_000_000 } } });
}

async function uploadTo(app: DataReleaseApp, files: { name: string; content: Buffer }[]) {
  const token = await app.admin.csrfFrom('/beheer/data');
  const { payload, contentType } = multipartBody(files);
  const cookie = [...app.admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return app.app.inject({
    method: 'POST',
    url: `/beheer/data?_csrf=${encodeURIComponent(token)}`,
    headers: { cookie, 'content-type': contentType },
    payload,
  });
}
