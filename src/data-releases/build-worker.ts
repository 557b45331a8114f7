/**
 * The build of one uploaded set of files, in a child process of the node that claimed the job, so that
 * parsing and solving suppression plans never hold up the web server's requests. It does what
 * `npm run cli -- import` does (validate, build, verify, solve the plans), but leaves the new release
 * inactive: activating is the administrator's step. Run with cwd = the upload directory, so every
 * message names the file as the CLI would. When the parent goes away (IPC closed) the build stops;
 * the durable job is then taken over and the build starts again from the files.
 */
import type { Logger, Progress } from '../domain/effects.js';
import { InputError } from '../domain/input-error.js';
import { loadCountries } from '../geo/countries/index.js';
import { loadGeography } from '../geo/index.js';
import { loadCatalog } from '../indicators/catalog-load.js';
import { importFiles } from '../release/import.js';
import { dataDirLayout } from '../release/layout.js';
import type { ReleaseReader as Release } from '../release/release-reader.js';
import { ReleaseReader } from '../release/release-reader.js';
import { completeRelease } from '../report/release-derived.js';
import type { WorkerMessage, WorkerTask } from './worker-protocol.js';

const send = (message: WorkerMessage) =>
  new Promise<void>((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });

process.on('disconnect', () => process.exit(70));

const task = JSON.parse(process.argv[2] ?? '{}') as WorkerTask;

let phase = 'Voorbereiden';
let total = 0;
let lastSent = 0;
const progress: Progress = {
  start(label, size) {
    phase = label;
    total = size;
    lastSent = Date.now();
    void send({ type: 'progress', phase, done: 0, total });
  },
  update(done) {
    const now = Date.now();
    if (now - lastSent < 250) return;
    lastSent = now;
    void send({ type: 'progress', phase, done, total });
  },
  stop() {
    void send({ type: 'progress', phase, done: total, total });
  },
};
const logger: Logger = {
  info(message) {
    phase = message;
    total = 0;
    void send({ type: 'progress', phase, done: 0, total: 0 });
  },
  warn(message) {
    process.stderr.write(`${message}\n`);
  },
};

try {
  const geo = loadGeography();
  const catalog = loadCatalog();
  const countries = loadCountries();
  // What the CLI derives before a release becomes active (src/report/release-derived.ts): the
  // suppression plans, then the all-area tables of the maps — each only where it is missing.
  const derive = (release: Release) => completeRelease({ geo, catalog, countries }, release, logger);
  if (task.plansFor) {
    const release = await ReleaseReader.open(dataDirLayout(task.dataDir), task.plansFor);
    try {
      await derive(release);
    } finally {
      release.close();
    }
    await send({ type: 'result', status: 'created', releaseId: task.plansFor });
    process.exit(0);
  }
  const result = await importFiles({
    dataDir: task.dataDir,
    files: task.files,
    geo,
    countries,
    logger,
    progress,
    activate: false,
    ...(task.contract ? { contract: task.contract } : {}),
    beforeActivate: derive,
  });
  await send({ type: 'result', status: result.status, releaseId: result.releaseId });
} catch (err) {
  if (err instanceof InputError) {
    const { file, line, column, field } = err.location;
    await send({
      type: 'input-error',
      message: err.message,
      location: {
        file,
        ...(line !== undefined ? { line } : {}),
        ...(column !== undefined ? { column } : {}),
        ...(field !== undefined ? { field } : {}),
        expected: err.expected,
        ...(err.found !== undefined ? { found: err.found } : {}),
      },
    });
  } else await send({ type: 'error', message: (err as Error).message });
}
process.exit(0);
