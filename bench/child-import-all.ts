/** Builds a complete release (real Statbel file + demo data for every contract), suppression plans included. */
import { disclosureHook } from '../src/cli/disclosure-hook.js';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadGeography } from '../src/geo/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { importFiles } from '../src/release/import.js';
import { peakRssMb } from './measure.js';

const [dataDir, ...files] = process.argv.slice(2);
const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
const silent = { info() {}, warn() {} };
const start = performance.now();
let planMs = 0;
const hook = disclosureHook({ geo, catalog, countries }, silent);
await importFiles({
  dataDir: String(dataDir),
  files,
  geo,
  logger: silent,
  beforeActivate: async (release) => {
    const t = performance.now();
    await hook(release);
    planMs = performance.now() - t;
  },
});
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, planMs, peakRssMb: peakRssMb() }));
