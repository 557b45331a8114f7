/**
 * Usage counting under load: p99 latency and throughput of Gent's report page at 50 concurrent
 * connections (autocannon, over HTTP) with counting on, next to the same server with counting off
 * (`countUsage: false`), on the real Statbel release and one workflow store, runs interleaved
 * (off, on, off, on, …) and the medians compared. Also says how many uses were written, so the
 * counting is seen to have happened. Sign-in throughput: bench/sign-in.bench.ts.
 */
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { openStore } from '../src/store/open-store.js';
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
    for (let i = 0; i < rounds; i++)
      for (const mode of ['off', 'on'] as const) runs[mode].push(await load(urls[mode], seconds));
    await wf.usage.counter.flush();
    const written = (await counted(wf)) - before;
    const p99 = (mode: 'on' | 'off') => median(runs[mode].map((r) => r.p99));
    const rate = (mode: 'on' | 'off') => median(runs[mode].map((r) => r.perSecond));
    const errors = [...runs.on, ...runs.off].reduce((n, r) => n + r.errors, 0);
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
