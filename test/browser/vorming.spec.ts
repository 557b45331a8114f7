/**
 * Acceptance (issue 12 §1): a trainer adds a session to the example edition 2020–2021; an officer of Gent
 * registers for it and the test's SMTP server receives the confirmation with an .ics invitation (parsed
 * here); the trainer marks attendance on a phone-sized screen (390 px).
 *
 * Like adoption.spec.ts this runs a server of its own (accounts are made by the CLI, which cannot open
 * the embedded store while a server holds it), with the suite's release files copied in and SMTP_URL
 * pointing at an SMTP server in this process.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { parseIcs } from '../support/ics.js';
import { mimeParts, mimeSubject } from '../support/mime.js';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3917) + 6;
const BASE = `http://127.0.0.1:${PORT}`;
const SUITE_DIR = 'var-browser-test';
const DIR = 'var-browser-vorming';
const PASSWORD_TRAINER = 'de trainer noteert wie er is';
const PASSWORD_OFFICER = 'de ambtenaar van gent schrijft in';

const received: { to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let server: ChildProcess | undefined;
let log = '';
const links: Record<'trainer' | 'officer', string> = { trainer: '', officer: '' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (d: Buffer) => {
        data += d.toString();
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const env = {
    ...process.env,
    PUBLIC_URL: BASE,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Vorming <vorming@agii.test>',
  };
  rmSync(DIR, { recursive: true, force: true });
  const pointer = join(SUITE_DIR, 'active-release.json');
  if (!existsSync(pointer))
    throw new Error(`${SUITE_DIR} has no active release: the suite's server made none`);
  cpSync(join(SUITE_DIR, 'releases'), join(DIR, 'releases'), { recursive: true });
  cpSync(pointer, join(DIR, 'active-release.json'));
  const cli = ['--import', 'tsx', 'src/cli/main.ts'];
  const add = (args: string[]) =>
    execFileSync(process.execPath, [...cli, 'user', 'add', ...args, '--data-dir', DIR], {
      env,
      encoding: 'utf8',
    }).trim();
  links.trainer = add(['--email', 'trainer@agii.test', '--name', 'Trainer Tine', '--role', 'trainer']);
  links.officer = add([
    '--email',
    'ambtenaar@gent.test',
    '--name',
    'Ambtenaar van Gent',
    '--role',
    'gemeente',
    '--gemeente',
    '44021',
  ]);
  server = spawn(process.execPath, [...cli, 'serve', '--port', String(PORT), '--data-dir', DIR], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const until = Date.now() + 480_000;
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

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures from this pattern
test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) console.error(`server log:\n${log.slice(-4000)}`);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(DIR, { recursive: true, force: true });
});

async function person(
  browser: Browser,
  link: string,
  password: string,
  viewport?: { width: number; height: number },
) {
  const context = await browser.newContext({ baseURL: BASE, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/wachtwoord-instellen'));
  return page;
}

async function noAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** A day two months ahead, as the date field takes it. */
function dayAhead(): string {
  return new Date(Date.now() + 60 * 86400_000).toISOString().slice(0, 10);
}

test('an officer of Gent registers and receives the .ics; the trainer marks attendance on a phone', async ({
  browser,
}) => {
  const day = dayAhead();
  // The trainer opens the example edition and adds a session to it.
  const trainer = await person(browser, links.trainer, PASSWORD_TRAINER);
  await trainer.goto('/vorming');
  await trainer.getByRole('link', { name: /2020–2021/ }).click();
  await expect(trainer.getByRole('cell', { name: 'vrijdag 18 september 2020' })).toBeVisible();
  await expect(trainer.getByRole('cell', { name: 'nog in te plannen' })).toBeVisible();
  await noAxeViolations(trainer);
  await trainer.getByLabel('Onderwerp', { exact: true }).fill('Inclusief taalbeleid');
  await trainer.getByLabel('Datum', { exact: true }).fill(day);
  await trainer.getByLabel('Beginuur').fill('09:30');
  await trainer.getByLabel('Einduur').fill('12:30');
  await trainer.getByLabel('Plaats', { exact: true }).fill('Gent, Sint-Pietersplein');
  await trainer.getByLabel('Capaciteit (aantal plaatsen)').fill('20');
  await trainer.getByRole('button', { name: 'Sessie toevoegen' }).click();
  await expect(trainer.getByRole('heading', { level: 1 })).toHaveText('Inclusief taalbeleid');
  const sessionUrl = new URL(trainer.url()).pathname;

  // The officer of Gent registers.
  const officer = await person(browser, links.officer, PASSWORD_OFFICER);
  await officer.goto('/vorming');
  await officer.getByRole('link', { name: /2020–2021/ }).click();
  await officer.getByRole('link', { name: 'Inclusief taalbeleid' }).click();
  await noAxeViolations(officer);
  await officer.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(officer.getByRole('status')).toContainText('Je bent ingeschreven.');

  // The SMTP server receives the confirmation with the invitation.
  await expect
    .poll(() => received.filter((m) => m.to.includes('ambtenaar@gent.test')).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const mail = received.find((m) => m.to.includes('ambtenaar@gent.test'))?.data ?? '';
  expect(mimeSubject(mail)).toBe('Inschrijving bevestigd: Inclusief taalbeleid');
  const calendar = mimeParts(mail).find((p) => p.headers['content-type']?.startsWith('text/calendar'));
  expect(calendar?.headers['content-disposition']).toContain('uitnodiging.ics');
  const ics = parseIcs(calendar?.body ?? '');
  expect(ics.METHOD).toBe('REQUEST');
  expect(ics.SUMMARY).toBe('Inclusief taalbeleid');
  expect(ics.LOCATION).toBe('Gent\\, Sint-Pietersplein');
  expect(ics.DTSTART?.slice(0, 8)).toBe(day.replaceAll('-', ''));
  expect(ics.DTSTART).toMatch(/^\d{8}T0[78]3000Z$/); // 9.30 in Brussels: 8.30 UTC in winter, 7.30 in summer

  // The trainer marks attendance on a phone.
  const phone = await browser.newContext({ baseURL: BASE, viewport: { width: 390, height: 844 } });
  await phone.addCookies(await trainer.context().cookies());
  const small = await phone.newPage();
  await small.goto(`${sessionUrl}/aanwezigheid`);
  const block = small.getByRole('group', { name: /Ambtenaar van Gent, Gent \(44021\)/ });
  await block.getByLabel('te laat').check();
  await block.getByLabel('Opmerking').fill('trein vertraagd');
  expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await noAxeViolations(small);
  await small.getByRole('button', { name: 'Aanwezigheid bewaren' }).click();
  await expect(small.getByRole('status')).toHaveText('Aanwezigheid bewaard voor 1 deelnemer.');
  await expect(block.getByLabel('te laat')).toBeChecked();
  await expect(block.getByLabel('Opmerking')).toHaveValue('trein vertraagd');
});
