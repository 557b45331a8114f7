/**
 * The embedded demo of a first start, in a child process of `serve`: generating the files and solving
 * their suppression plans takes tens of seconds of CPU, which must not hold up the server's requests.
 * The server switches to the new release by itself (ReleaseStore re-reads the active pointer).
 *
 *   node --import tsx src/cli/background-demo.ts <data-dir>
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Logger } from '../domain/effects.js';
import { loadCountries } from '../geo/countries/index.js';
import { loadGeography } from '../geo/index.js';
import { loadCatalog } from '../indicators/catalog-load.js';
import { importEmbeddedDemo } from '../release/bundled.js';
import { releaseHook } from '../report/release-derived.js';

const SELF = fileURLToPath(import.meta.url);
/** tsx found from this file (as the release build worker does), so the TypeScript entry runs anywhere. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts the child; its messages go to `logger`, prefixed. Resolves with the child when it ends well. */
export function startBackgroundDemo(
  dataDir: string,
  logger: Logger,
): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(process.execPath, ['--import', TSX, SELF, dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.setEncoding('utf8');
  let rest = '';
  child.stderr?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logger.info(`[demo] ${line}`);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`demodata inlezen stopte (${signal ?? `code ${code}`})`)),
    );
  });
  return { child, done };
}

async function main(dataDir: string): Promise<void> {
  const logger: Logger = {
    info: (m) => process.stderr.write(`${m}\n`),
    warn: (m) => process.stderr.write(`Let op: ${m}\n`),
  };
  const geo = loadGeography();
  const base = { geo, catalog: loadCatalog(), countries: loadCountries() };
  await importEmbeddedDemo(dataDir, geo, { logger, beforeActivate: releaseHook(base, logger) });
}

if (process.argv[1] === SELF) {
  const dataDir = process.argv[2];
  if (!dataDir) {
    process.stderr.write('Gebruik: background-demo.ts <datamap>\n');
    process.exit(2);
  }
  main(dataDir).catch((err: Error) => {
    process.stderr.write(`Fout: ${err.message}\n`);
    process.exit(1);
  });
}
