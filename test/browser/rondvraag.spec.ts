/**
 * Acceptance (issue 11 §2): AgII imports contacts for three municipalities (a bad file first: it names
 * the line and imports nothing), sends the rondvraag, the test's SMTP server receives three mails; Gent
 * answers through its link, stopping halfway and resuming; the dashboard shows 1 of 3 answered and the
 * map colours Gent; a reminder goes only to the two others; a restart in between sends nothing twice.
 *
 * Like the adoption test, this runs a server of its own (the first administrator is made by the CLI, and
 * the server needs SMTP_URL pointing at the SMTP server in this test).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { classColours } from '../../src/charts/classes.js';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3917) + 5;
const BASE = `http://127.0.0.1:${PORT}`;
const SUITE_DIR = 'var-browser-test';
const DIR = 'var-browser-rondvraag';
const PASSWORD = 'de rondvraag van agii bij de gemeenten';

interface Received {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly messageId: string;
}
const received: Received[] = [];
let smtp: SMTPServer;
let server: ChildProcess | undefined;
let serverLog = '';
let adminLink = '';

/** A mail as the server received it: headers unfolded, quoted-printable body decoded. */
function readMail(to: string, raw: string): Received {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => headers.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1]?.trim() ?? '';
  const body = rest
    .join('\n\n')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return {
    to,
    subject: header('Subject'),
    body: Buffer.from(body, 'latin1').toString('utf8'),
    messageId: header('Message-ID'),
  };
}

async function startServer(): Promise<void> {
  const env = {
    ...process.env,
    PUBLIC_URL: BASE,
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
  };
  server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(PORT), '--data-dir', DIR],
    { env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  server.stderr?.on('data', (chunk: Buffer) => {
    serverLog += chunk.toString();
  });
  const until = Date.now() + 480_000;
  for (;;) {
    const up = await fetch(`${BASE}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    if (Date.now() > until || server.exitCode !== null)
      throw new Error(`server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function stopServer(): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  server = undefined;
}

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (d: Buffer) => chunks.push(d));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        received.push(readMail(to, Buffer.concat(chunks).toString('latin1')));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  rmSync(DIR, { recursive: true, force: true });
  const pointer = join(SUITE_DIR, 'active-release.json');
  if (!existsSync(pointer))
    throw new Error(`${SUITE_DIR} has no active release: the suite's server made none`);
  cpSync(join(SUITE_DIR, 'releases'), join(DIR, 'releases'), { recursive: true });
  cpSync(pointer, join(DIR, 'active-release.json'));
  adminLink = execFileSync(
    process.execPath,
    [
      ...['--import', 'tsx', 'src/cli/main.ts', 'user', 'add'],
      ...['--email', 'rondvraag@agii.test', '--name', 'Beheerder', '--role', 'agii', '--data-dir', DIR],
    ],
    { env: { ...process.env, PUBLIC_URL: BASE }, encoding: 'utf8' },
  ).trim();
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(DIR, { recursive: true, force: true });
});

async function person(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE });
  return { context, page: await context.newPage() };
}

async function upload(page: Page, name: string, text: string): Promise<void> {
  mkdirSync(join(DIR, 'tmp'), { recursive: true });
  const file = join(DIR, 'tmp', name);
  writeFileSync(file, text);
  await page.goto('/beheer/rondvraag');
  await page.getByLabel('Contactenbestand (CSV)').setInputFiles(file);
  await page.getByRole('button', { name: 'Contacten importeren' }).click();
}

/** Waits a while and checks that no further mail arrived. */
async function noMoreMailThan(n: number): Promise<void> {
  await new Promise((r) => setTimeout(r, 6000)); // the job runner polls every 2 s
  expect(received.map((m) => `${m.to}: ${m.subject}`)).toHaveLength(n);
}

const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

test('AgII runs the rondvraag: contacts, invitations, an answer with a pause, the dashboard, a reminder, restarts', async ({
  browser,
}) => {
  const admin = await person(browser);
  await admin.page.goto(adminLink.replace(/^http:\/\/[^/]+/, ''));
  await admin.page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await admin.page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
  await admin.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await admin.page.waitForURL((url) => !url.pathname.startsWith('/wachtwoord-instellen'));

  // A bad contacts file names its lines and imports nothing.
  await upload(admin.page, 'fout.csv', 'nis;e-mail\n44021;an@gent.be\n4402;x@gent.be\n24062;geen-adres\n');
  const alert = admin.page.getByRole('alert');
  await expect(alert).toContainText('Er is niets geïmporteerd');
  await expect(alert).toContainText('Regel 3: "4402" is geen NIS-code');
  await expect(alert).toContainText('Regel 4: "geen-adres" is geen geldig e-mailadres.');
  await expect(admin.page.getByText('0 gemeenten hebben een contact')).toBeVisible();

  // The real file: three municipalities.
  await upload(
    admin.page,
    'contacten.csv',
    'nis;e-mail;naam\n44021;an@gent.test;An\n24062;bo@leuven.test;Bo\n31005;cis@brugge.test;Cis\n',
  );
  await expect(admin.page.getByRole('status')).toContainText('3 contacten geïmporteerd');

  // Start and send: three mails, each with its own link.
  await admin.page.getByLabel('Sluitingsdatum', { exact: true }).fill(inDays(30));
  await admin.page.getByRole('button', { name: /Rondvraag starten en 3 uitnodigingen versturen/ }).click();
  await expect(admin.page.getByRole('status')).toContainText('3 uitnodigingen zijn onderweg');
  await expect.poll(() => received.length, { timeout: 30_000 }).toBe(3);
  expect(received.map((m) => m.to).sort()).toEqual(['an@gent.test', 'bo@leuven.test', 'cis@brugge.test']);
  const linkOf = (to: string) =>
    received
      .find((m) => m.to === to)
      ?.body.match(/http:\/\/127\.0\.0\.1:\d+\/enquete\/uitnodiging\/[A-Za-z0-9_-]+/)?.[0];
  const links = received.map((m) => linkOf(m.to));
  expect(new Set(links).size).toBe(3);
  const gentLink = linkOf('an@gent.test') as string;
  expect(gentLink).toBeDefined();

  // A restart right after sending sends nothing again.
  await stopServer();
  await startServer();
  await noMoreMailThan(3);

  // Gent answers the first two pages and stops.
  const gent = await person(browser);
  await gent.page.goto(gentLink);
  await expect(gent.page.getByRole('heading', { level: 1 })).toHaveText('Gebruik van de cijfers');
  await gent.page.getByLabel('Ja', { exact: true }).check();
  await gent.page.getByRole('button', { name: 'Volgende' }).click();
  await expect(gent.page.getByRole('heading', { level: 1 })).toHaveText('Waar jullie de cijfers gebruikten');
  await gent.page.getByLabel('De omgevingsanalyse').check();
  await gent.page.getByLabel('Het meerjarenplan').check();
  await gent.page.getByRole('button', { name: 'Volgende' }).click();
  await expect(gent.page.getByRole('heading', { level: 1 })).toHaveText('Wat ontbreekt er?');
  await gent.context.close();

  // Halfway: not answered yet.
  await admin.page.goto('/beheer/rondvraag');
  await expect(admin.page.locator('#respons')).toHaveText('0 van 3 beantwoord (0,0 %)');
  const map = admin.page.getByRole('img', { name: /Rondvraag: gebruik van het cijferrapport/ });
  await expect(map).toBeVisible();
  const usesColour = (classColours(4)[3] as string).toLowerCase();
  const colourCount = async () =>
    (await admin.page.locator('figure.chart').first().innerHTML()).toLowerCase().split(usesColour).length - 1;
  const before = await colourCount();

  // Later, through the same link, Gent resumes where it stopped and sends.
  const resumed = await person(browser);
  await resumed.page.goto(gentLink);
  await expect(resumed.page.getByRole('heading', { level: 1 })).toHaveText('Wat ontbreekt er?');
  await resumed.page.getByLabel('Nee', { exact: true }).check();
  await resumed.page.getByRole('button', { name: 'Volgende' }).click();
  await expect(resumed.page.getByRole('heading', { level: 1 })).toHaveText('Contact voor een vervolg');
  await resumed.page.getByLabel('Nee', { exact: true }).check();
  await resumed.page.getByRole('button', { name: 'Verzenden' }).click();
  await expect(resumed.page.getByRole('status')).toContainText('Bedankt');

  // The dashboard: 1 of 3 answered, Gent coloured as using the figures, its answers listed.
  await admin.page.goto('/beheer/rondvraag');
  await expect(admin.page.locator('#respons')).toHaveText('1 van 3 beantwoord (33,3 %)');
  expect(await colourCount()).toBeGreaterThan(before);
  await expect(admin.page.getByRole('img', { name: /1 beantwoord: gebruikt de cijfers/ })).toBeVisible();
  await expect(admin.page.getByRole('row', { name: /^Gent\b/ })).toContainText('gebruikt de cijfers');
  await expect(admin.page.getByRole('row', { name: /^Oost-Vlaanderen\b/ })).toContainText(
    '1 van 1 beantwoord',
  );
  await expect(admin.page.locator('#antwoord-44021')).toHaveText('Gent');
  const axe = await new AxeBuilder({ page: admin.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // A reminder now: only Leuven and Brugge get it, with their own link again.
  await admin.page.getByRole('button', { name: 'Herinnering versturen' }).click();
  await expect(admin.page.getByRole('status')).toContainText('De herinnering gaat nu weg');
  await expect.poll(() => received.length, { timeout: 30_000 }).toBe(5);
  const reminders = received.slice(3);
  expect(reminders.map((m) => m.to).sort()).toEqual(['bo@leuven.test', 'cis@brugge.test']);
  for (const r of reminders) {
    expect(r.body).toContain('We kregen nog geen antwoord');
    expect(r.body).toContain(linkOf(r.to) as string);
  }

  // Another restart: still five mails, every one with its own Message-ID.
  await stopServer();
  await startServer();
  await noMoreMailThan(5);
  expect(new Set(received.map((m) => m.messageId)).size).toBe(5);
});
