/** Printing fetches nothing: requests to the network (and file://) are aborted, the PDF is still made. */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { WarmBrowser } from '../../src/pdf/browser.js';
import { CHROMIUM_ARGS } from '../../src/pdf/chromium-path.js';
import { allowedUrl } from '../../src/pdf/offline-page.js';
import { printPdf } from '../../src/pdf/print-report.js';
import { FIXTURE, reportFixtureHtml } from '../fixtures/pdf/report-fixture.js';
import { CHROMIUM, describeWithChromium } from './chromium-guard.js';
import { inspectPdf } from './inspect-pdf.js';

it('only data: and about: URLs are allowed', () => {
  expect(allowedUrl('data:image/png;base64,AAAA')).toBe(true);
  expect(allowedUrl('about:blank')).toBe(true);
  for (const url of [
    'http://127.0.0.1/x.css',
    'https://example.org/f.woff2',
    'file:///etc/passwd',
    'ws://x',
  ]) {
    expect(allowedUrl(url)).toBe(false);
  }
});

describeWithChromium('offline printing', () => {
  const browser = new WarmBrowser({ executablePath: CHROMIUM });
  afterAll(() => browser.close());

  it('requests from stylesheet, font, image, iframe and script never leave the browser', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const extraHead = [
        `<link rel="stylesheet" href="${base}/extern.css">`,
        `<style>@font-face{font-family:Extern;src:url(${base}/font.woff2)}h1{font-family:Extern,sans-serif}</style>`,
        `<script src="${base}/script.js"></script>`,
      ].join('');
      const html = reportFixtureHtml({ rows: 5, extraHead }).replace(
        '</main>',
        `<img src="${base}/foto.png" alt=""><iframe src="${base}/frame" title="x"></iframe><img src="file:///etc/hostname" alt=""></main>`,
      );
      const pdf = await printPdf(browser, html, FIXTURE);
      const info = await inspectPdf(pdf);
      expect(info.pages[0]?.text).toContain(FIXTURE.area);
      expect(hits).toEqual([]);
      // Control: a plain page with the same HTML does fetch them, so the server would have seen them.
      const plain = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
      try {
        const page = await plain.newPage();
        await page.setContent(html);
        await page.pdf();
      } finally {
        await plain.close();
      }
      expect(hits).toEqual(expect.arrayContaining(['/extern.css', '/foto.png', '/frame', '/script.js']));
    } finally {
      server.close();
    }
  });

  it('runs no script of the page', async () => {
    const html = reportFixtureHtml({ rows: 5 }).replace(
      '</main>',
      `<script>document.querySelector('h1').textContent = 'Gekaapt'</script></main>`,
    );
    const info = await inspectPdf(await printPdf(browser, html, FIXTURE));
    const all = info.pages.map((p) => p.text).join(' ');
    expect(all).not.toContain('Gekaapt');
    expect(info.pages[0]?.text).toContain(FIXTURE.area);
  });
});
