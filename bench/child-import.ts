/** The real import of one file into a fresh data directory, timed end to end. */
import { loadGeography } from '../src/geo/index.js';
import { importFiles } from '../src/release/import.js';
import { peakRssMb } from './measure.js';

const [file, dataDir] = process.argv.slice(2);
const geo = loadGeography();
const start = performance.now();
await importFiles({ dataDir: String(dataDir), files: [String(file)], geo });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, peakRssMb: peakRssMb() }));
