/**
 * The public API under load (issue 10): p99 latency of a values question (one indicator, all
 * municipalities, the latest year) at 50 concurrent connections for 30 s (BENCH_API_SECONDS for a
 * shorter run), next to a static file of the same size served by the same server in the same run.
 * Goal: p99 < 50 ms. The embedded default release, derived as `npm start` does; BENCH_API_REAL=1 takes
 * the real Statbel release alone (imported in seconds) for a quick run.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { buildServer } from '../src/web/server.js';
import { importRealRelease, tempDir } from '../test/support/real-release.js';
import { defaultRelease } from './default-release.js';
import { row } from './measure.js';

async function realRelease() {
  const tmp = tempDir('oa-bench-api-');
  const imported = await importRealRelease(tmp.dir);
  const base = { geo: imported.geo, catalog: loadCatalog(), countries: loadCountries() };
  return {
    base,
    store: imported.store,
    out: tmp.dir,
    async close() {
      await imported.store.close();
      tmp.cleanup();
    },
  };
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 50, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return result;
}

export async function benchApi(): Promise<string[]> {
  const seconds = Number(process.env.BENCH_API_SECONDS ?? 30);
  const fixture =
    process.env.BENCH_API_REAL === '1' ? await realRelease() : await defaultRelease('oa-bench-api');
  // The bench is one client asking as fast as it can: lift the per-client limit.
  const app = buildServer(
    { ...fixture.base, releases: fixture.store },
    { apiRateLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 } },
  );
  const staticFile = join(fixture.out, 'same-size.json');
  app.get('/bench/static.json', (_req, reply) =>
    reply.type('application/json').send(createReadStream(staticFile)),
  );
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const release = await fixture.store.active();
    const year = Math.max(...release.years);
    const path = `/api/v1/indicatoren/niet_belgen/waarden?niveau=gemeente&jaar=${year}&categorie=total`;
    const first = await fetch(`${base}${path}`);
    if (first.status !== 200) throw new Error(`${path}: ${first.status}`);
    const body = Buffer.from(await first.arrayBuffer());
    writeFileSync(staticFile, body);
    await load(`${base}${path}`, 2); // warm both
    await load(`${base}/bench/static.json`, 2);
    const api = await load(`${base}${path}`, seconds);
    const file = await load(`${base}/bench/static.json`, seconds);
    const kb = (body.length / 1024).toFixed(0);
    return [
      row(
        `API values p99, 50 conn × ${seconds} s (${kb} KB)`,
        `${api.latency.p99.toFixed(1)} ms`,
        `${file.latency.p99.toFixed(1)} ms`,
        api.latency.p99 / Math.max(file.latency.p99, 0.001),
        api.latency.p99 < 50 ? 'goal < 50 ms: met' : 'goal < 50 ms: NOT met',
      ),
      row(
        'API values throughput',
        `${api.requests.average.toFixed(0)} /s`,
        `${file.requests.average.toFixed(0)} /s`,
        file.requests.average / Math.max(api.requests.average, 0.001),
        'static/API',
      ),
    ];
  } finally {
    await app.close();
    await fixture.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchApi()) console.log(line);
}
