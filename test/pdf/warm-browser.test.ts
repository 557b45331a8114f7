/** The warm browser: one launch for many PDFs, a bounded pool under concurrency, recovery after a crash. */

import { type Browser, chromium } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { PdfBrowserClosedError, WarmBrowser } from '../../src/pdf/browser.js';
import { CHROMIUM_ARGS } from '../../src/pdf/chromium-path.js';
import { printPdf } from '../../src/pdf/print-report.js';
import { FIXTURE, reportFixtureHtml } from '../fixtures/pdf/report-fixture.js';
import { CHROMIUM, describeWithChromium } from './chromium-guard.js';
import { inspectPdf } from './inspect-pdf.js';

const SMALL = reportFixtureHtml({ rows: 5 });

function isPdf(b: Buffer): boolean {
  return b.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** A warm browser whose launched Chromiums the test can reach (to crash them). */
function recordingBrowser(poolSize = 2): { warm: WarmBrowser; launched: Browser[] } {
  const launched: Browser[] = [];
  const warm = new WarmBrowser({
    executablePath: CHROMIUM,
    poolSize,
    launch: async (executablePath) => {
      const b = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
      launched.push(b);
      return b;
    },
  });
  return { warm, launched };
}

/** Crashes the browser process from the inside (CDP Browser.crash) and waits until it is gone. */
async function crash(browser: Browser): Promise<void> {
  const gone = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.crash').catch(() => undefined);
  await gone;
}

describeWithChromium('warm browser', () => {
  const open: WarmBrowser[] = [];
  afterEach(async () => {
    for (const b of open.splice(0)) await b.close();
  });
  function track(b: WarmBrowser): WarmBrowser {
    open.push(b);
    return b;
  }

  it('launches once on first use and reuses browser and page for the next PDFs', async () => {
    const warm = track(new WarmBrowser({ executablePath: CHROMIUM }));
    expect(warm.stats()).toMatchObject({ launches: 0, connected: false });
    for (let i = 0; i < 3; i++) expect(isPdf(await printPdf(warm, SMALL, FIXTURE))).toBe(true);
    expect(warm.stats()).toEqual({ launches: 1, connected: true, busy: 0, idle: 1, waiting: 0 });
  });

  it('serves concurrent callers with at most poolSize pages at a time', async () => {
    const { warm } = recordingBrowser(2);
    track(warm);
    let running = 0;
    let most = 0;
    const pages = new Set<unknown>();
    const jobs = Array.from({ length: 6 }, (_, i) =>
      warm.withPage(async (page) => {
        running++;
        most = Math.max(most, running);
        pages.add(page);
        await page.setContent(`<p>Rapport ${i}</p>`);
        await new Promise((r) => setTimeout(r, 50));
        const pdf = await page.pdf({ format: 'A4' });
        running--;
        return pdf;
      }),
    );
    const pdfs = await Promise.all(jobs);
    expect(pdfs.every(isPdf)).toBe(true);
    expect(most).toBe(2);
    expect(pages.size).toBe(2);
    expect(warm.stats()).toMatchObject({ launches: 1, busy: 0, idle: 2, waiting: 0 });
  });

  it('prints concurrent reports correctly (each PDF its own content)', async () => {
    const warm = track(new WarmBrowser({ executablePath: CHROMIUM, poolSize: 3 }));
    const areas = ['Aalst', 'Brugge', 'Genk', 'Hasselt', 'Leuven'];
    const pdfs = await Promise.all(
      areas.map((area) => printPdf(warm, SMALL.replaceAll(FIXTURE.area, area), { ...FIXTURE, area })),
    );
    for (const [i, pdf] of pdfs.entries()) {
      const first = (await inspectPdf(pdf)).pages[0]?.text ?? '';
      expect(first).toContain(`${areas[i]} Cijferrapport lokale diversiteit`);
      for (const other of areas.filter((a) => a !== areas[i])) expect(first).not.toContain(other);
    }
  });

  it('launches a new browser after a crash', async () => {
    const { warm, launched } = recordingBrowser();
    track(warm);
    expect(isPdf(await printPdf(warm, SMALL, FIXTURE))).toBe(true);
    await crash(launched[0] as Browser);
    expect(warm.stats()).toMatchObject({ connected: false, idle: 0 });
    expect(isPdf(await printPdf(warm, SMALL, FIXTURE))).toBe(true);
    expect(warm.stats()).toMatchObject({ launches: 2, connected: true });
  });

  it('runs a job once more when the browser crashed under it', async () => {
    const { warm, launched } = recordingBrowser();
    track(warm);
    let calls = 0;
    const pdf = await warm.withPage(async (page) => {
      calls++;
      if (calls === 1) await crash(launched[0] as Browser);
      await page.setContent('<p>Opnieuw</p>');
      return page.pdf({ format: 'A4' });
    });
    expect(isPdf(pdf)).toBe(true);
    expect(calls).toBe(2);
    expect(warm.stats().launches).toBe(2);
  });

  it('does not retry a job that failed on its own, and keeps working', async () => {
    const warm = track(new WarmBrowser({ executablePath: CHROMIUM, poolSize: 1 }));
    let calls = 0;
    await expect(
      warm.withPage(async () => {
        calls++;
        throw new Error('kapot');
      }),
    ).rejects.toThrow('kapot');
    expect(calls).toBe(1);
    expect(isPdf(await printPdf(warm, SMALL, FIXTURE))).toBe(true);
    expect(warm.stats()).toMatchObject({ launches: 1, busy: 0 });
  });

  it('after close, refuses new work with a clear error; waiting callers are released', async () => {
    const warm = new WarmBrowser({ executablePath: CHROMIUM, poolSize: 1 });
    let release: () => void = () => undefined;
    const holding = warm.withPage(() => new Promise<number>((r) => (release = () => r(1))));
    await new Promise((r) => setTimeout(r, 200));
    const waiting = warm.withPage(async () => 2);
    await new Promise((r) => setTimeout(r, 20));
    expect(warm.stats().waiting).toBe(1);
    const closing = warm.close();
    await expect(waiting).rejects.toThrow(PdfBrowserClosedError);
    release();
    await holding.catch(() => undefined);
    await closing;
    await expect(printPdf(warm, SMALL, FIXTURE)).rejects.toThrow(/PDF-browser is afgesloten/);
    expect(warm.stats()).toMatchObject({ connected: false, busy: 0 });
  });
});
