/**
 * The bulk download of a release: one zip with every shown figure as tidy CSV and as Parquet (written
 * by DuckDB's `COPY … TO … (FORMAT parquet)`), metadata.json and a README. Built once per release and
 * catalog version into `<release>/derived/<catalog version>/bulk.zip` (a cache like the derived tables:
 * deleting it only costs time): started by the first request for it, in the background
 * (every indicator × division × year takes minutes on a release with demo years); concurrent callers
 * share one build.
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import { ZipFile } from 'yazl';
import { describeCatalog } from '../../indicators/catalog-describe.js';
import type { ReleaseReader } from '../../release/release-reader.js';
import { bulkMetadata, bulkReadme } from './bulk-readme.js';
import { BULK_COLUMNS, type BulkRecord, bulkRecords } from './bulk-rows.js';

type TableContext = Parameters<typeof bulkRecords>[0];

/** Fixed entry dates: the same release gives the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');

export function bulkFileName(releaseId: string): string {
  return `omgevingsanalyse-${releaseId}.zip`;
}

export function bulkZipPath(release: Pick<ReleaseReader, 'dir'>, catalogVersion: string): string {
  return join(release.dir, 'derived', catalogVersion, 'bulk.zip');
}

const building = new Map<string, Promise<string>>();

/** The zip's path if it is there; else undefined, with its build started (or running). */
export function readyBulkZip(ctx: TableContext, days?: ReadonlyMap<string, string>): string | undefined {
  const path = bulkZipPath(ctx.release, ctx.catalog.version);
  if (existsSync(path)) return path;
  bulkZip(ctx, days).catch(() => {}); // a failed build is tried again on the next request
  return undefined;
}

/** The path of the release's bulk zip, built first when it does not exist yet. */
export function bulkZip(ctx: TableContext, days?: ReadonlyMap<string, string>): Promise<string> {
  const path = bulkZipPath(ctx.release, ctx.catalog.version);
  if (existsSync(path)) return Promise.resolve(path);
  const running = building.get(path);
  if (running) return running;
  const build = buildBulkZip(ctx, path, days).finally(() => building.delete(path));
  building.set(path, build);
  return build;
}

/** The tidy CSV of the rows (without BOM: the zip adds it for Excel). */
export function bulkCsv(rows: readonly BulkRecord[]): string {
  return stringify([[...BULK_COLUMNS], ...rows.map((r) => BULK_COLUMNS.map((c) => r[c] ?? ''))]);
}

/** The same rows as Parquet, read from the CSV by DuckDB: codes stay text, empty figures become NULL. */
export async function writeParquet(csvPath: string, parquetPath: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const numeric = new Set(['aantal', 'relatief']);
    const columns = BULK_COLUMNS.map((c) => `'${c}': '${numeric.has(c) ? 'DOUBLE' : 'VARCHAR'}'`).join(', ');
    const quoted = (p: string) => `'${p.replaceAll("'", "''")}'`;
    await conn.run(
      `COPY (SELECT * FROM read_csv(${quoted(csvPath)}, header = true, delim = ',', quote = '"', columns = {${columns}})) TO ${quoted(parquetPath)} (FORMAT parquet)`,
    );
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function buildBulkZip(
  ctx: TableContext,
  path: string,
  days?: ReadonlyMap<string, string>,
): Promise<string> {
  const rows = await bulkRecords(ctx);
  const csv = bulkCsv(rows);
  const work = mkdtempSync(join(tmpdir(), 'oa-bulk-'));
  try {
    const csvPath = join(work, 'waarden.csv');
    const parquetPath = join(work, 'waarden.parquet');
    writeFileSync(csvPath, csv);
    await writeParquet(csvPath, parquetPath);
    const meta = {
      release: ctx.release.id,
      catalog: ctx.catalog.version,
      rows: rows.length,
      demo: rows.some((r) => r.demo === 'ja'),
      indicators: describeCatalog(ctx.catalog, days),
    };
    const zip = new ZipFile();
    const options = { mtime: MTIME };
    const folder = `omgevingsanalyse-${ctx.release.id}`;
    zip.addBuffer(Buffer.from(bulkReadme(meta, ctx.catalog)), `${folder}/README.md`, options);
    zip.addBuffer(
      Buffer.from(`${JSON.stringify(bulkMetadata(meta), null, 2)}\n`),
      `${folder}/metadata.json`,
      options,
    );
    zip.addBuffer(Buffer.from(`\ufeff${csv}`), `${folder}/waarden.csv`, options);
    zip.addBuffer(readFileSync(parquetPath), `${folder}/waarden.parquet`, { ...options, compress: false });
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(tmp);
      out.on('close', () => resolve());
      out.on('error', reject);
      zip.outputStream.on('error', reject);
      zip.outputStream.pipe(out);
      zip.end();
    });
    renameSync(tmp, path);
    return path;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
