/**
 * Acceptance (issue 12 §2): an officer of Gent starts a plan of approach and finds key 1 filled with
 * Gent's figures from the active release (as Gent's report shows them), adds an action under key 4 and
 * submits; the trainer comments; the officer exports Word and PDF, and the Word file's text (read back
 * with mammoth) holds the five keys and Gent's non-Belgian share as the report shows it.
 *
 * A server of its own on a data directory of its own (the suite's release files copied in), as in
 * adoption.spec.ts: the first administrator is made by the CLI, and a fresh store means a fresh plan.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import mammoth from 'mammoth';
import { KEY_TITLES } from '../../src/plan/keys.js';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3917) + 5;
const BASE = `http://127.0.0.1:${PORT}`;
const SUITE_DIR = 'var-browser-test';
const DIR = 'var-browser-plan';
const ENV = { ...process.env, PUBLIC_URL: BASE };

let server: ChildProcess | undefined;
let adminLink = '';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

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

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE, acceptDownloads: true });
  return context.newPage();
}

async function setPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/wachtwoord-instellen'));
}

async function invite(admin: Page, email: string, name: string, role: string, nis?: string): Promise<string> {
  await admin.goto('/beheer/gebruikers');
  await admin.getByLabel('E-mailadres').fill(email);
  await admin.getByLabel('Naam').fill(name);
  await admin.getByLabel(role, { exact: true }).check();
  if (nis) await admin.getByLabel('Gemeenten (NIS-codes, indeling 2025)').fill(nis);
  await admin.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(admin.getByText(email).first()).toBeVisible();
  // No SMTP server: the invitation waits in the outbox, newest first.
  await admin.goto('/beheer/uitgaande-mail');
  await admin
    .getByRole('link', { name: /uitnodiging/i })
    .first()
    .click();
  await expect(admin.getByText(email).first()).toBeVisible();
  const body = (await admin.locator('main').textContent()) ?? '';
  const link = body.match(/http:\/\/127\.0\.0\.1:\d+\/wachtwoord-instellen\?token=[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no invitation link for ${email}`);
  return link;
}

test('an officer of Gent writes and submits a plan, the trainer comments, the officer exports Word and PDF', async ({
  browser,
}) => {
  const admin = await newPerson(browser);
  await setPassword(admin, adminLink, 'beheerder kiest een lange zin');
  const officerLink = await invite(
    admin,
    'plan@gent.test',
    'Ambtenaar van Gent',
    'gemeente (lokale medewerker)',
    '44021',
  );
  const trainerLink = await invite(admin, 'trainer@agii.test', 'Trainer', 'trainer');

  // Gent's non-Belgian share as its report shows it.
  const officer = await newPerson(browser);
  await setPassword(officer, officerLink, 'de ambtenaar van gent plant');
  await officer.goto('/gemeente/44021');
  const card = officer.locator('li.key-figure', {
    has: officer.getByRole('heading', { name: 'Niet-Belgen', exact: true }),
  });
  const share = ((await card.locator('.key-value').textContent()) ?? '').replace(/\s*\(.*$/, '').trim();
  expect(share).toMatch(/^\d+,\d\s%$/);

  // The officer starts the plan from the header link; key 1 holds Gent's figures of the active release.
  await officer.getByRole('link', { name: 'Plan van aanpak' }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Plan van aanpak Gent (44021)');
  await officer.getByRole('button', { name: 'Plan van aanpak starten' }).click();
  const key1 = officer.locator('#sleutel-1');
  await expect(key1.getByRole('heading', { name: 'Cijfers uit het rapport van Gent' })).toBeVisible();
  const row = key1.getByRole('row', { name: /^Niet-Belgen/ });
  await expect(row).toContainText(share);
  const active = JSON.parse(readFileSync(join(DIR, 'active-release.json'), 'utf8')).release as string;
  await expect(key1).toContainText(`Datarelease ${active}`);
  await expect(key1.getByLabel('Huidige situatie')).toHaveValue(
    /In Gent heeft .* niet de Belgische nationaliteit/,
  );

  // An action under key 4.
  const key4 = officer.locator('#sleutel-4');
  await key4.getByText('Actie toevoegen aan sleutel 4').click();
  const form = key4.locator('form', { has: officer.getByRole('button', { name: 'Actie toevoegen' }) });
  await form.getByLabel('Wat').fill('Oefenkansen Nederlands in de bibliotheek');
  await form.getByLabel('Soort actie').selectOption('taal');
  await form.getByLabel('Trekker').fill('integratiedienst');
  await form.getByLabel('Partners').fill('bibliotheek');
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(officer.locator('#sleutel-4')).toContainText('Oefenkansen Nederlands in de bibliotheek');

  const axe = await new AxeBuilder({ page: officer })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  await officer.getByRole('button', { name: 'Plan indienen' }).click();
  await expect(officer.locator('.plan-state')).toHaveText('ingediend');

  // The trainer reads the submitted plan and comments on key 4.
  const trainer = await newPerson(browser);
  await setPassword(trainer, trainerLink, 'de trainer geeft feedback');
  await trainer.goto('/gemeente/44021/plan');
  await expect(trainer.locator('.plan-state')).toHaveText('ingediend');
  await expect(trainer.getByRole('button', { name: 'Sleutel 4 bewaren' })).toHaveCount(0);
  const t4 = trainer.locator('#sleutel-4');
  await t4.getByText('Opmerking bij sleutel 4').click();
  await t4.getByLabel('Opmerking', { exact: true }).fill('Betrek ook de scholen bij het taalbeleid.');
  await t4.getByRole('button', { name: 'Opmerking plaatsen' }).click();
  await expect(trainer.locator('#sleutel-4')).toContainText('Betrek ook de scholen bij het taalbeleid.');

  // The officer sees the comment and exports Word and PDF.
  await officer.reload();
  await expect(officer.locator('#sleutel-4')).toContainText('Betrek ook de scholen bij het taalbeleid.');
  const [word] = await Promise.all([
    officer.waitForEvent('download'),
    officer.getByRole('link', { name: 'Word (.docx)' }).click(),
  ]);
  const docx = readFileSync((await word.path()) as string);
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  for (const [k, title] of Object.entries(KEY_TITLES)) expect(text).toContain(`Sleutel ${k}: ${title}`);
  expect(text.replace(/\u00a0/g, ' ')).toContain(share.replace(/\u00a0/g, ' '));
  expect(text).toContain('Oefenkansen Nederlands in de bibliotheek');
  const [pdf] = await Promise.all([
    officer.waitForEvent('download'),
    officer.getByRole('link', { name: 'PDF' }).click(),
  ]);
  const bytes = readFileSync((await pdf.path()) as string);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.suggestedFilename()).toBe('plan-van-aanpak-44021.pdf');
});
