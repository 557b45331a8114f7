/** `npm run bench`: every figure next to a baseline measured in the same run (machines here are shared and noisy). */
import { cpus, totalmem } from 'node:os';
import { benchDisclosureWidth } from './disclosure-width.bench.js';
import { benchGeo } from './geo.bench.js';
import { benchImport } from './import.bench.js';
import { benchPdf } from './pdf.bench.js';
import { benchReleaseWithDemo } from './release-demo.bench.js';
import { benchReport } from './report.bench.js';
import { benchReportOutputs } from './report-outputs.bench.js';
import { benchSignIn } from './sign-in.bench.js';
import { benchStart } from './start.bench.js';
import { benchUsage } from './usage.bench.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
console.log(
  `omgevingsanalyse benchmarks — ${new Date().toISOString()} — ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`(medians of ${rounds} interleaved runs for the import, each in a fresh process)\n`);
for (const line of await benchImport(rounds)) console.log(line);
for (const line of await benchStart()) console.log(line);
for (const line of await benchReport(50)) console.log(line);
for (const line of await benchReportOutputs(20)) console.log(line);
for (const line of await benchPdf()) console.log(line);
for (const line of benchGeo()) console.log(line);
for (const line of await benchSignIn(20)) console.log(line);
for (const line of await benchUsage(rounds)) console.log(line);
for (const line of await benchDisclosureWidth()) console.log(line);
if (process.env.BENCH_SKIP_DEMO !== '1') for (const line of await benchReleaseWithDemo()) console.log(line);
