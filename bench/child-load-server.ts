/**
 * The web server for the load bench, in a process of its own: as `serve` builds it (workflow store,
 * security, usage counting, the API), on a data directory with a release, with the API's per-client
 * limit lifted (every request of the bench comes from one address). Prints `{"port":…}` when listening.
 */
import { openCliWorkflow } from '../src/cli/workflow.js';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadGeography } from '../src/geo/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { ReleaseStore } from '../src/release/release-store.js';
import { buildServer } from '../src/web/server.js';

const dataDir = process.argv[2] as string;
const geo = loadGeography();
const workflow = await openCliWorkflow(dataDir, geo, { runJobs: false });
const releases = new ReleaseStore(dataDir);
const app = buildServer(
  { geo, catalog: loadCatalog(), countries: loadCountries(), releases },
  { workflow, apiRateLimit: { max: 1e9, windowMs: 60_000 }, logger: { level: 'error' } },
);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ port: Number(new URL(address).port) }));
process.once('SIGTERM', async () => {
  await app.close();
  await releases.close();
  await workflow.close();
  process.exit(0);
});
