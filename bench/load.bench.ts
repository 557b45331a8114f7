/**
 * The server under load (issue 13 §3): autocannon at 100 connections against the server in a process
 * of its own (bench/child-load-server.ts, built as `serve` builds it) on the default release, for the
 * report page of Gent, its JSON, its chart SVGs (every chart of the page in turn) and 20 report pages of
 * other municipalities in turn; each next to a static file served by the same server in the same run
 * (Swagger UI's stylesheet, from disk). Prints p99, throughput, time-outs and failed requests, and the
 * server's resident memory (largest seen while loaded; goal < 1,5 GB, flat).
 * Run alone: `tsx bench/load.bench.ts [seconds]`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { loadGeography } from '../src/geo/index.js';
import { defaultRelease } from './default-release.js';
import { row } from './measure.js';

const CONNECTIONS = 100;

interface Load {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
  readonly total: number;
  readonly timeouts: number;
  readonly failed: number;
  readonly peakRssMb: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/child-load-server.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`load server stopped (${code})`)));
  });
  return { child, port };
}

async function load(port: number, paths: readonly string[], seconds: number, pid: number): Promise<Load> {
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 250);
  let i = 0;
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] as string }),
        },
      ],
    });
    return {
      p50: result.latency.p50,
      p99: result.latency.p99,
      perSecond: result.requests.average,
      total: result.requests.total,
      timeouts: result.timeouts,
      failed: result.errors + result.non2xx,
      peakRssMb: peak,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function fetchText(port: number, path: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.text();
}

/** A static file of the same server: Swagger UI's stylesheet, sent from disk by @fastify/static. */
const STATIC = '/api/docs/static/swagger-ui.css';

export async function benchLoad(seconds = 10): Promise<string[]> {
  // BENCH_LOAD_DATA_DIR: an existing data directory with the default release (skips building one).
  const given = process.env.BENCH_LOAD_DATA_DIR;
  const release = given
    ? { dataDir: given, geo: loadGeography(), close: async () => {} }
    : await defaultRelease('oa-bench-load');
  const server = await startServer(release.dataDir);
  const pid = server.child.pid as number;
  try {
    const { port } = server;
    const page = '/gemeente/44021';
    const html = await fetchText(port, page);
    const charts = [...html.matchAll(/src="(\/gemeente\/44021\/grafiek\/[^"]*)"/g)].map((m) =>
      (m[1] ?? '').replaceAll('&amp;', '&'),
    );
    const others = release.geo
      .areas('2025', 'municipality')
      .filter((_, i) => i % 14 === 0)
      .slice(0, 20)
      .map((a) => `/gemeente/${a.nis}`);
    const targets: { label: string; paths: readonly string[] }[] = [
      { label: 'report page Gent (HTML)', paths: [page] },
      { label: 'report JSON Gent (API)', paths: ['/api/v1/gemeente/44021/rapport'] },
      { label: `chart SVGs of Gent (${charts.length} in turn)`, paths: charts },
      { label: `report pages of ${others.length} municipalities in turn`, paths: others },
    ];
    // Warm each once (the first build of a report is the warm-up's job, not this bench's).
    for (const t of targets) for (const p of t.paths) await fetchText(port, p);
    await fetchText(port, STATIC);
    const rssBefore = rssMb(pid);
    const lines: string[] = [];
    let peak = rssBefore;
    for (const t of targets) {
      // The static file right before each target: a same-run baseline under the same conditions.
      const base = await load(port, [STATIC], seconds, pid);
      const got = await load(port, t.paths, seconds, pid);
      peak = Math.max(peak, base.peakRssMb, got.peakRssMb);
      lines.push(
        row(
          `${t.label}, p99 @ ${CONNECTIONS}`,
          `${got.p99.toFixed(0)} ms`,
          `${base.p99.toFixed(0)} ms`,
          got.p99 / Math.max(1, base.p99),
          'goal < 50 ms, 0 time-outs',
        ),
        `  (${got.perSecond.toFixed(0)} req/s vs ${base.perSecond.toFixed(0)} static; p50 ${got.p50.toFixed(0)} ms; ${got.total} responses, ${got.timeouts} time-outs, ${got.failed} failed; static ${base.timeouts} time-outs, ${base.failed} failed)`,
      );
    }
    const rssAfter = rssMb(pid);
    lines.push(
      row(
        'server memory under load (peak RSS)',
        `${peak.toFixed(0)} MB`,
        `${rssBefore.toFixed(0)} MB`,
        peak / rssBefore,
        'goal < 1.536 MB, flat',
      ),
      `  (resident memory of the server process: ${rssBefore.toFixed(0)} MB warmed before the load, ${rssAfter.toFixed(0)} MB after it, ${seconds} s per run, baseline static file ${STATIC})`,
    );
    return lines;
  } finally {
    const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
    server.child.kill('SIGTERM');
    await exited;
    await release.close();
  }
}

if (process.argv[1]?.endsWith('load.bench.ts'))
  for (const line of await benchLoad(Number(process.argv[2] ?? 10))) console.log(line);
