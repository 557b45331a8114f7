/**
 * `import`: builds a new immutable data release from official files plus the data of the active
 * release for other years. The active release switches only after a complete, verified build;
 * on any failure the staging directory is removed and nothing else changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type Logger, noProgress, type Progress, silentLogger } from '../domain/effects.js';
import { type CountryRegistry, loadCountries } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Contract } from '../sources/contracts/contract-schema.js';
import { loadContracts } from '../sources/contracts/load-contracts.js';
import { type FileDigest, hashFile } from '../sources/file-hash.js';
import { checkInputFile } from '../sources/input-file.js';
import { activateRelease, readActiveReleaseId } from './active.js';
import { buildDatabase } from './build-database.js';
import { prepareDataDir, removeStaleStaging } from './data-dir.js';
import { contractFor } from './input-kind.js';
import { type DataDirLayout, dataDirLayout } from './layout.js';
import { acquireLock } from './lock.js';
import { MANIFEST_FORMAT, type Manifest, type ManifestSource, readManifest } from './manifest.js';
import { readInputs } from './read-inputs.js';
import { ReleaseReader } from './release-reader.js';
import { SOFTWARE } from './software.js';

export interface ImportOptions {
  readonly dataDir: string;
  readonly files: readonly string[];
  readonly geo: Geography;
  /** The data contract all files follow; by default told from each file name. */
  readonly contract?: string;
  readonly contracts?: ReadonlyMap<string, Contract>;
  readonly countries?: CountryRegistry;
  readonly year?: number;
  readonly logger?: Logger;
  readonly progress?: Progress;
  readonly now?: () => Date;
  /** Last step before the new release becomes active, e.g. computing derived files into its directory. */
  readonly beforeActivate?: (release: ReleaseReader) => Promise<void>;
  /**
   * Switch the active pointer to the new release (default true). `false` only builds it into
   * `releases/`; activating is then the caller's step (the browser's "Activeren").
   */
  readonly activate?: boolean;
  /** Accept a change against the previous year beyond the plausibility bounds (`--accept-change`). */
  readonly acceptChange?: boolean;
}

export interface ImportResult {
  readonly status: 'created' | 'unchanged';
  readonly releaseId: string;
  readonly manifest: Manifest;
}

function releaseId(now: Date, hashes: readonly string[]): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const digest = createHash('sha256')
    .update([...hashes].sort().join('\n'))
    .digest('hex')
    .slice(0, 8);
  return `${stamp}-${digest}`;
}

/**
 * Hashes a file up front only when a source of the same size is in the active release, i.e. when it
 * may be a re-import; otherwise the reader hashes it in the same pass as parsing (one read of 100 MB).
 */
async function knownDigest(
  path: string,
  manifest: Manifest | undefined,
): Promise<{ path: string; digest?: FileDigest }> {
  const size = await stat(path).then(
    (s) => s.size,
    () => undefined,
  );
  if (size === undefined || !manifest?.sources.some((s) => s.bytes === size)) return { path };
  return { path, digest: await hashFile(path) };
}

/**
 * "Already imported" only for the same content of the same source under the same contract: the same
 * bytes under another name, or read as another contract, are a new import.
 */
function sameSource(
  source: ManifestSource,
  file: { path: string; digest?: FileDigest; contract?: Contract },
): boolean {
  if (!file.digest || source.sha256 !== file.digest.sha256 || source.fileName !== basename(file.path))
    return false;
  return source.kind === 'contract' ? source.dataset === file.contract?.id : file.contract === undefined;
}

function datasetPeriods(sources: readonly ManifestSource[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const s of sources) {
    if (s.kind !== 'contract') continue;
    const set = out[s.dataset] ?? new Set<string>();
    out[s.dataset] = set;
    for (const p of s.periods) set.add(p.period);
  }
  return Object.fromEntries(Object.entries(out).map(([d, set]) => [d, [...set].sort()]));
}

function activeManifest(layout: DataDirLayout): { id: string; manifest: Manifest } | undefined {
  const id = readActiveReleaseId(layout);
  return id ? { id, manifest: readManifest(layout.manifestFile(layout.releaseDir(id))) } : undefined;
}

export async function importFiles(options: ImportOptions): Promise<ImportResult> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  if (options.files.length === 0) throw new Error('no files to import');
  const layout = dataDirLayout(options.dataDir);
  prepareDataDir(layout);
  const unlock = acquireLock(layout.importLock);
  try {
    for (const name of removeStaleStaging(layout))
      logger.info(`Opgeruimd: onvoltooide build ${name} van een afgebroken import.`);
    const previous = activeManifest(layout);
    // Regular, readable, bounded files only: a FIFO or /dev/zero named like an input must not hang.
    for (const f of options.files) await checkInputFile(f);
    const contracts = options.contracts ?? loadContracts();
    const files = await Promise.all(
      options.files.map(async (path) => ({
        ...(await knownDigest(path, previous?.manifest)),
        contract: contractFor(path, contracts, options.contract),
      })),
    );
    if (previous && files.every((f) => previous.manifest.sources.some((s) => sameSource(s, f)))) {
      logger.info(`Al ingelezen: release ${previous.id} bevat deze bestanden al; er verandert niets.`);
      return { status: 'unchanged', releaseId: previous.id, manifest: previous.manifest };
    }
    const inputs = await readInputs(files, {
      geo: options.geo,
      countries: options.countries ?? loadCountries(),
      logger,
      progress: options.progress ?? noProgress,
      ...(options.year !== undefined ? { year: options.year } : {}),
    });
    const hashes = inputs.map((i) => i.table.source.sha256);
    const builtAt = now();
    const id = releaseId(builtAt, hashes);
    const stagingDir = join(layout.staging, id);
    rmSync(stagingDir, { recursive: true, force: true });
    mkdirSync(stagingDir, { recursive: true });
    try {
      const instance = await DuckDBInstance.create(layout.databaseFile(stagingDir));
      const conn = await instance.connect();
      let built: Awaited<ReturnType<typeof buildDatabase>>;
      try {
        built = await buildDatabase(conn, {
          inputs,
          geo: options.geo,
          logger,
          importedAt: builtAt.toISOString(),
          ...(options.acceptChange ? { acceptChange: true } : {}),
          ...(previous
            ? {
                previous: {
                  database: layout.databaseFile(layout.releaseDir(previous.id)),
                  sources: previous.manifest.sources,
                },
              }
            : {}),
        });
      } finally {
        conn.closeSync();
        instance.closeSync();
      }
      const manifest: Manifest = {
        format: MANIFEST_FORMAT,
        id,
        builtAt: builtAt.toISOString(),
        software: { ...SOFTWARE },
        basedOn: previous?.id ?? null,
        sources: built.sources,
        tables: built.tables,
        years: built.sources.flatMap((s) => (s.kind === 'statbel_pop_struct' ? [s.year] : [])).sort(),
        datasets: datasetPeriods(built.sources),
        demo: built.sources.some((s) => s.demo),
      };
      writeFileSync(layout.manifestFile(stagingDir), `${JSON.stringify(manifest, null, 2)}\n`);
      if (options.beforeActivate) {
        const reader = await ReleaseReader.openDir(stagingDir, id);
        try {
          await options.beforeActivate(reader);
        } finally {
          reader.close();
        }
      }
      mkdirSync(layout.releases, { recursive: true });
      renameSync(stagingDir, layout.releaseDir(id));
      if (options.activate === false) {
        logger.info(`Nieuwe release ${id} is klaar, nog niet actief.`);
        return { status: 'created', releaseId: id, manifest };
      }
      activateRelease(layout, id, builtAt);
      logger.info(`Nieuwe release ${id} is actief (bevolking: ${manifest.years.join(', ') || 'geen'}).`);
      return { status: 'created', releaseId: id, manifest };
    } finally {
      rmSync(stagingDir, { recursive: true, force: true });
    }
  } finally {
    unlock();
  }
}
