/**
 * PDF printing of one static HTML file, one JSON line on stdout (`{ ms, … }`, ms = median per PDF):
 *
 *   child-pdf.ts warm [file.html] [n]   our path: warm browser, printPdf (offline page, header/footer,
 *                                        tagged, outline); also reports the cold start
 *   child-pdf.ts page [file.html] [n]   baseline: same Chromium, page.goto(file://) + page.pdf({ format: 'A4' })
 *   child-pdf.ts cli  [file.html] [n]   baseline: `chromium --headless --print-to-pdf`, one process per PDF
 *
 * Without a file (or with `-`) the report-like test fixture is written to a temporary file and used.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { WarmBrowser } from '../src/pdf/browser.js';
import { CHROMIUM_ARGS, requireChromium } from '../src/pdf/chromium-path.js';
import { printPdf } from '../src/pdf/print-report.js';
import { FIXTURE, reportFixtureHtml } from '../test/fixtures/pdf/report-fixture.js';
import { median, peakRssMb } from './measure.js';

const [mode = 'warm', fileArg = '-', nArg = '20'] = process.argv.slice(2);
const n = Math.max(1, Number(nArg));
const tmp = mkdtempSync(join(tmpdir(), 'oa-bench-pdf-'));
const file = fileArg === '-' ? join(tmp, 'report.html') : resolve(fileArg);
if (fileArg === '-') writeFileSync(file, reportFixtureHtml());
const html = readFileSync(file, 'utf8');
const executablePath = requireChromium();

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

interface Result {
  readonly times: number[];
  readonly pdf: Uint8Array;
  readonly extra?: Record<string, number>;
}

async function warm(): Promise<Result> {
  const browser = new WarmBrowser({ executablePath });
  try {
    const cold = await timed(() => browser.warmUp());
    const first = await timed(() => printPdf(browser, html, FIXTURE));
    const times: number[] = [];
    let pdf = first.value;
    for (let i = 0; i < n; i++) {
      const r = await timed(() => printPdf(browser, html, FIXTURE));
      times.push(r.ms);
      pdf = r.value;
    }
    return { times, pdf, extra: { coldStartMs: cold.ms, firstPdfMs: first.ms } };
  } finally {
    await browser.close();
  }
}

async function page(): Promise<Result> {
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const p = await browser.newPage();
    const url = pathToFileURL(file).href;
    const once = async () => {
      await p.goto(url);
      return p.pdf({ format: 'A4' });
    };
    await once(); // warm-up, as for `warm`
    const times: number[] = [];
    let pdf: Uint8Array = new Uint8Array();
    for (let i = 0; i < n; i++) {
      const r = await timed(once);
      times.push(r.ms);
      pdf = r.value;
    }
    return { times, pdf };
  } finally {
    await browser.close();
  }
}

async function cli(): Promise<Result> {
  const out = join(tmp, 'cli.pdf');
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = spawnSync(
      executablePath,
      [
        ...CHROMIUM_ARGS,
        `--user-data-dir=${join(tmp, `profile-${i}`)}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8' },
    );
    times.push(performance.now() - t);
    if (r.status !== 0 || statSync(out, { throwIfNoEntry: false }) === undefined) {
      throw new Error(`chromium --print-to-pdf failed (${r.status}):\n${r.stderr}`);
    }
  }
  return { times, pdf: readFileSync(out) };
}

const runs: Record<string, () => Promise<Result>> = { warm, page, cli };
const run = runs[mode];
if (!run) throw new Error(`unknown mode ${mode}: use warm, page or cli`);
try {
  const { times, pdf, extra } = await run();
  const ms = median(times);
  const pages = pageCount(pdf);
  console.log(
    JSON.stringify({
      mode,
      ms,
      msPerPage: ms / Math.max(1, pages),
      pages,
      bytes: pdf.byteLength,
      n,
      htmlBytes: Buffer.byteLength(html),
      ...extra,
      peakRssMb: peakRssMb(),
    }),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
