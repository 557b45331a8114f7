/**
 * Usage counting under load: p99 latency and throughput of Gent's report page at 50 concurrent
 * connections (autocannon, over HTTP) with counting on, next to the same server with counting off
 * (`countUsage: false`), on the real Statbel release and one workflow store, runs interleaved
 * (off, on, on, off, …) and the medians compared. Also says how many uses were written, so the
 * counting is seen to have happened. Sign-in throughput: bench/sign-in.bench.ts.
 */
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { openStore } from '../src/store/open-store.js';
import { classifyRequest } from '../src/usage/classify.js';
import { UsageCounter } from '../src/usage/counter.js';
import { isCountedAgent } from '../src/usage/hook.js';
import { usageByMunicipality } from '../src/usage/repository.js';
import { buildServer } from '../src/web/server.js';
import { openWorkflow } from '../src/workflow/open-workflow.js';
import { importRealRelease, tempDir } from '../test/support/real-release.js';
import { freshStoreConfig } from '../test/support/test-store.js';
import { isMunicipality2025 } from '../test/support/test-workflow.js';
import { median, row } from './measure.js';

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

interface Load {
  p99: number;
  perSecond: number;
  total: number;
  errors: number;
}

async function load(url: string, seconds: number): Promise<Load> {
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers: { 'user-agent': BROWSER },
  });
  return {
    p99: result.latency.p99,
    perSecond: result.requests.average,
    total: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

/** What the hook does per request (classify, bot check, record), in µs, with the writes going nowhere. */
function hookMicros(n: number): number {
  const counter = new UsageCounter({
    write: async () => {},
    intervalMs: 0,
    batchKeys: Number.POSITIVE_INFINITY,
  });
  const request = {
    method: 'GET',
    route: '/gemeente/:nis',
    statusCode: 200,
    nis: '44021',
    accept: 'text/html',
  };
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const event = classifyRequest(request);
    if (event && isCountedAgent(BROWSER, false)) counter.record({ nis: '44021', event, own: i % 2 === 0 });
  }
  return ((performance.now() - started) * 1000) / n;
}

export async function benchUsage(rounds = 3, seconds = 5): Promise<string[]> {
  const tmp = tempDir('oa-bench-usage-');
  const imported = await importRealRelease(tmp.dir);
  const place = await freshStoreConfig();
  const wf = await openWorkflow({
    store: await openStore(place.config),
    settings: { publicUrl: 'http://oa.test', mailFrom: 'x@oa.test', trustProxy: false },
    isMunicipality: isMunicipality2025,
  });
  const base = {
    geo: imported.geo,
    catalog: loadCatalog(),
    countries: loadCountries(),
    releases: imported.store,
  };
  const servers: Record<'on' | 'off', FastifyInstance> = {
    on: buildServer(base, { workflow: wf }),
    off: buildServer(base, { workflow: wf, countUsage: false }),
  };
  try {
    const urls = {
      on: `${await servers.on.listen({ port: 0, host: '127.0.0.1' })}/gemeente/44021`,
      off: `${await servers.off.listen({ port: 0, host: '127.0.0.1' })}/gemeente/44021`,
    };
    for (const url of Object.values(urls)) await load(url, 1); // build and cache the report, warm the JIT
    await wf.usage.counter.flush();
    const before = await counted(wf);
    const runs: Record<'on' | 'off', Load[]> = {
      on: [],
      off: [],
    };
    // Alternating which goes first, so neither always runs on a machine warmed (or tired) by the other.
    for (let i = 0; i < rounds; i++)
      for (const mode of i % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const))
        runs[mode].push(await load(urls[mode], seconds));
    await wf.usage.counter.flush();
    const written = (await counted(wf)) - before;
    const p99 = (mode: 'on' | 'off') => median(runs[mode].map((r) => r.p99));
    const rate = (mode: 'on' | 'off') => median(runs[mode].map((r) => r.perSecond));
    const errors = [...runs.on, ...runs.off].reduce((n, r) => n + r.errors, 0);
    hookMicros(20_000); // warm
    const micros = median([hookMicros(100_000), hookMicros(100_000), hookMicros(100_000)]);
    const pageMicros = 1e6 / rate('off');
    return [
      row(
        'report page p99, 50 connections, counting on',
        `${p99('on').toFixed(0)} ms`,
        `${p99('off').toFixed(0)} ms`,
        p99('on') / p99('off'),
        'goal ≤ 1,05 (off = baseline)',
      ),
      row(
        'report page throughput, counting on',
        `${rate('on').toFixed(0)} /s`,
        `${rate('off').toFixed(0)} /s`,
        rate('off') / rate('on'),
        'off/on',
      ),
      row(
        'usage counting work per request',
        `${micros.toFixed(2)} µs`,
        `${(pageMicros / 1000).toFixed(2)} ms`,
        micros / pageMicros,
        `${((100 * micros) / pageMicros).toFixed(3)} % of a page's service time`,
      ),
      `  (${rounds} interleaved runs of ${seconds} s each; ${runs.on.reduce((n, r) => n + r.total, 0)} responses measured with counting on, ${written} views counted and written (requests still in flight at the end of a run are counted too), ${errors} failed requests)`,
    ];
  } finally {
    await servers.on.close();
    await servers.off.close();
    await wf.close();
    await imported.store.close();
    await place.cleanup();
    tmp.cleanup();
  }
}

async function counted(wf: Awaited<ReturnType<typeof openWorkflow>>): Promise<number> {
  const sums = await usageByMunicipality(wf.db, '2000-01-01', '2100-01-01');
  return sums.reduce((n, s) => n + s.hits, 0);
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const line of await benchUsage(Number(process.argv[2] ?? 3), Number(process.argv[3] ?? 5)))
    console.log(line);
