/**
 * Starting the web application as `npm start` does (`serve` in a fresh process, empty data directory,
 * embedded default with demo data), each figure next to a same-run baseline:
 * - first start to a usable report page: from spawning the process until `/gemeente/44021` answers
 *   200 with the real Statbel figures (goal ≤ 20 s) vs a fresh process that only loads the software and
 *   answers one request (the floor every start pays);
 * - after a restart on the same data directory: the slowest first answer of a set of pages, each asked
 *   once, from the moment the server listens (goal < 1 s each) vs the same pages asked a second time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../test/support/real-release.js';
import { row } from './measure.js';

const PAGES = [
  '/gemeente/44021',
  '/gemeente/73028',
  '/gemeente/11002?indeling=2019-2024',
  '/indicator/niet_belgen',
  '/api/v1/gemeente/44021/rapport',
  '/zoek?q=gent',
];

interface Server {
  readonly child: ChildProcess;
  readonly port: number;
  readonly log: string[];
  /** Resolves when the process says it listens. */
  readonly listening: Promise<void>;
}

function startServer(dataDir: string, port: number, extra: string[] = []): Server {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--data-dir', dataDir, ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  const log: string[] = [];
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) log.push(line);
        if (line.includes(' draait op ')) resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve stopped (${code}):\n${log.slice(-20).join('\n')}`)));
  });
  listening.catch(() => {});
  return { child, port, log, listening };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  await exited;
}

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

/** Asks `path` until it answers 200 (connection refused or 503 while starting); the time of the first 200. */
async function firstOk(port: number, path: string, deadline: number): Promise<string> {
  for (;;) {
    try {
      const r = await get(port, path);
      if (r.status === 200) return r.body;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${path} did not answer within the deadline`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The chart images a page links to (the last ones are the maps). */
function chartsOf(html: string): string[] {
  return [...html.matchAll(/src="(\/gemeente\/[^"]*\/grafiek\/[^"]*)"/g)].map((m) =>
    (m[1] ?? '').replaceAll('&amp;', '&'),
  );
}

async function timed(port: number, path: string): Promise<number> {
  const t = performance.now();
  const r = await get(port, path);
  if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  return performance.now() - t;
}

/** A fresh process that loads the web layer and answers one request: what any start costs at least. */
async function floorMs(): Promise<number> {
  const script = [
    "const { default: Fastify } = await import('fastify');",
    "await import('./src/web/server.ts');",
    'const app = Fastify();',
    "app.get('/', async () => 'ok');",
    'const address = await app.listen({ port: 0, host: "127.0.0.1" });',
    'const r = await fetch(address);',
    'await r.text();',
    'await app.close();',
  ].join('\n');
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: 'ignore',
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`floor process: ${code}`))));
  });
  return performance.now() - t;
}

export async function benchStart(): Promise<string[]> {
  const tmp = tempDir('oa-bench-start-');
  const dataDir = join(tmp.dir, 'var');
  const port = 3700 + Math.floor(Math.random() * 200);
  try {
    const floor = await floorMs();
    const t0 = performance.now();
    const first = startServer(dataDir, port);
    const body = await firstOk(port, '/gemeente/44021', Date.now() + 600_000);
    const firstMs = performance.now() - t0;
    if (!body.includes('Gent')) throw new Error('first page without Gent');
    // Wait for whatever the first start still does in the background (the demo import and the warm-up
    // of its release), then restart.
    const settled = Date.now() + 900_000;
    const demoAt = () => first.log.findIndex((l) => l.includes('Demonstratiedata ingelezen'));
    let demoMs: number | undefined;
    while (first.child.exitCode === null && Date.now() < settled) {
      const at = demoAt();
      if (at >= 0) {
        demoMs ??= performance.now() - t0;
        if (first.log.slice(at).some((l) => l.includes('Rapporten klaar voor gebruik'))) break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const demoBody = (await get(port, '/gemeente/44021')).body;
    if (!demoBody.includes('DEMODATA')) throw new Error('no demo data after the background import');
    await stopServer(first);

    const t1 = performance.now();
    const second = startServer(dataDir, port);
    await second.listening;
    const listenMs = performance.now() - t1;
    const pages = [...PAGES, ...chartsOf(body).slice(-2)];
    const firstTimes: number[] = [];
    for (const path of pages) firstTimes.push(await timed(port, path));
    const againTimes: number[] = [];
    for (const path of pages) againTimes.push(await timed(port, path));
    await stopServer(second);
    const detail = pages.map((p, i) => `${p} ${(firstTimes[i] ?? 0).toFixed(0)} ms`).join(', ');
    const slowest = Math.max(...firstTimes);
    const slowestAgain = Math.max(...againTimes);
    const worst = pages[firstTimes.indexOf(slowest)];
    return [
      row(
        'first start → report page Gent',
        `${(firstMs / 1000).toFixed(1)} s`,
        `${(floor / 1000).toFixed(2)} s`,
        firstMs / floor,
        'goal ≤ 20 s',
      ),
      '  (from spawning `serve` on an empty data directory until /gemeente/44021 answers 200; baseline: a fresh process loading the web layer and answering one request)',
      `  (the embedded demo data, imported in the background, active ${demoMs === undefined ? '—' : `${(demoMs / 1000).toFixed(1)} s`} after the spawn)`,
      row(
        'after a restart: slowest first page',
        `${slowest.toFixed(0)} ms`,
        `${slowestAgain.toFixed(0)} ms`,
        slowest / slowestAgain,
        'goal < 1.000 ms',
      ),
      `  (${pages.length} pages asked once right after listening, ${(listenMs / 1000).toFixed(1)} s after the restart; slowest ${worst}; baseline: the same pages asked again)`,
      `  (${detail})`,
    ];
  } finally {
    tmp.cleanup();
  }
}

if (process.argv[1]?.endsWith('start.bench.ts')) for (const line of await benchStart()) console.log(line);
