/**
 * Acceptance (issue 9): an administrator invites an officer of Gent by e-mail (the outbox: no SMTP is
 * configured), the officer sets a password from the link in that mail, signs in and opens Gent's
 * report; the adoption overview then shows Gent as used by its own officers.
 *
 * The first administrator can only be made by the CLI (`user add`), and the CLI cannot open the
 * embedded store while a server holds it: this test runs its own server on a data directory of its
 * own, with the release files of the suite's server copied in (releases are read-only files; a node
 * needs nothing else of them).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3917) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const SUITE_DIR = 'var-browser-test';
const DIR = 'var-browser-usage';
const ENV = { ...process.env, PUBLIC_URL: BASE };
/** A person's browser: a headless browser announces itself as one, and robots are not counted. */
const PERSON_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PASSWORD_ADMIN = 'beheerder kiest een lange zin';
const PASSWORD_OFFICER = 'de ambtenaar van gent kiest dit';

let server: ChildProcess | undefined;
let adminLink = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(DIR, { recursive: true, force: true });
  const pointer = join(SUITE_DIR, 'active-release.json');
  if (!existsSync(pointer))
    throw new Error(`${SUITE_DIR} has no active release: the suite's server made none`);
  cpSync(join(SUITE_DIR, 'releases'), join(DIR, 'releases'), { recursive: true });
  cpSync(pointer, join(DIR, 'active-release.json'));
  const cli = ['--import', 'tsx', 'src/cli/main.ts'];
  adminLink = execFileSync(
    process.execPath,
    [
      ...cli,
      'user',
      'add',
      '--email',
      'beheer@agii.test',
      '--name',
      'Beheerder',
      '--role',
      'agii',
      '--data-dir',
      DIR,
    ],
    { env: ENV, encoding: 'utf8' },
  ).trim();
  expect(adminLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wachtwoord-instellen\?token=/);
  server = spawn(process.execPath, [...cli, 'serve', '--port', String(PORT), '--data-dir', DIR], {
    env: ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const until = Date.now() + 240_000;
  for (;;) {
    const up = await fetch(`${BASE}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > until || server.exitCode !== null) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(DIR, { recursive: true, force: true });
});

async function setPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies je wachtwoord');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

async function newPerson(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE, userAgent: PERSON_UA });
  return { context, page: await context.newPage() };
}

test('an invited officer of Gent opens its report, and the overview shows Gent as used by its own officers', async ({
  browser,
}) => {
  // The administrator sets a password from the CLI's link and invites an officer of Gent.
  const admin = await newPerson(browser);
  await setPassword(admin.page, adminLink, PASSWORD_ADMIN);
  await admin.page.goto('/beheer/gebruikers');
  await admin.page.getByLabel('E-mailadres').fill('ambtenaar@gent.test');
  await admin.page.getByLabel('Naam').fill('Ambtenaar van Gent');
  await admin.page.getByLabel('gemeente (lokale medewerker)').check();
  await admin.page.getByLabel('Gemeenten (NIS-codes, indeling 2025)').fill('44021');
  await admin.page.getByRole('button', { name: 'Uitnodigen' }).click();

  // No SMTP server configured: the invitation is in the outbox; its link is what the officer receives.
  await admin.page.goto('/beheer/uitgaande-mail');
  await admin.page
    .getByRole('link', { name: /uitnodiging/i })
    .first()
    .click();
  await expect(admin.page.getByText('ambtenaar@gent.test').first()).toBeVisible();
  const body = (await admin.page.locator('main').textContent()) ?? '';
  const invitation = body.match(/http:\/\/127\.0\.0\.1:\d+\/wachtwoord-instellen\?token=[A-Za-z0-9_-]+/)?.[0];
  expect(invitation).toBeDefined();

  // Before: Gent is not used by its own officers.
  await admin.page.goto('/beheer/gebruik');
  const gentRow = admin.page.getByRole('row', { name: /^Gent\b/ });
  await expect(gentRow).not.toContainText('gebruikt door de gemeente zelf');

  // The officer sets a password from the link, signs out and in again, and opens Gent's report.
  const officer = await newPerson(browser);
  await setPassword(officer.page, invitation as string, PASSWORD_OFFICER);
  await expect(officer.page.getByRole('link', { name: 'Ambtenaar van Gent' })).toBeVisible();
  await officer.page.goto('/afmelden');
  await officer.page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(officer.page.getByRole('link', { name: 'Aanmelden' }).first()).toBeVisible();
  await officer.page.goto('/aanmelden');
  await officer.page.getByLabel('E-mailadres').fill('ambtenaar@gent.test');
  await officer.page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD_OFFICER);
  await officer.page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(officer.page.getByRole('link', { name: 'Ambtenaar van Gent' })).toBeVisible();
  await officer.page.goto('/gemeente/44021');
  await expect(officer.page.getByRole('heading', { level: 1 })).toHaveText('Gent');

  // The overview (counts are written every few seconds) shows Gent as used by its own officers.
  await expect(async () => {
    await admin.page.goto('/beheer/gebruik?sorteer=eigen&volgorde=af');
    const row = admin.page.getByRole('row', { name: /^Gent\b/ });
    await expect(row).toContainText('gebruikt door de gemeente zelf', { timeout: 1000 });
    // Set-password and sign-in both land on the municipality's report, then it is opened once more.
    await expect(row).toContainText('(waarvan 3 door de gemeente zelf)', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(
    admin.page.getByRole('img', { name: /Gebruik van het cijferrapport per gemeente/ }),
  ).toBeVisible();
  const axe = await new AxeBuilder({ page: admin.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const csv = await admin.page.request.get('/beheer/gebruik.csv');
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split('\n').find((l) => l.startsWith('44021,'))).toContain(
    'gebruikt door de gemeente zelf',
  );
});
