/**
 * Opens the workflow store: embedded PGlite in `<data-dir>/db` by default, a PostgreSQL server when
 * DATABASE_URL is set. Both go through Kysely's PostgresDialect (PGlite via a one-connection pool), so
 * every query, migration and transaction is the same SQL on both.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireLock } from '../release/lock.js';
import { migrateStore } from './migrate.js';
import { pglitePool } from './pglite-pool.js';
import type { Database } from './tables.js';

export type StoreConfig =
  | { readonly kind: 'pglite'; readonly dir: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface Store {
  readonly db: Kysely<Database>;
  readonly config: StoreConfig;
  /** Where the data is, for messages (a server URL without its password). */
  readonly where: string;
  close(): Promise<void>;
}

export function storeConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dir: join(dataDir, 'db') };
}

export class StoreBusyError extends Error {
  constructor(dir: string) {
    super(
      `De ingebouwde databank ${dir} is in gebruik door een ander proces (bv. de draaiende webtoepassing). ` +
        'Stop dat eerst, of gebruik een PostgreSQL-server via DATABASE_URL zodat meerdere processen ze delen.',
    );
    this.name = 'StoreBusyError';
  }
}

export function describeStore(config: StoreConfig): string {
  if (config.kind === 'pglite') return `ingebouwde databank in ${config.dir}`;
  try {
    const url = new URL(config.url);
    url.password = '';
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/** Opens (and by default migrates) the store. PGlite's directory is held by one process at a time. */
export async function openStore(config: StoreConfig, options: { migrate?: boolean } = {}): Promise<Store> {
  let unlock = () => {};
  let db: Kysely<Database>;
  if (config.kind === 'pglite') {
    const dir = resolve(config.dir);
    mkdirSync(dir, { recursive: true });
    try {
      unlock = acquireLock(`${dir}.lock`);
    } catch {
      throw new StoreBusyError(dir);
    }
    try {
      const lite = new PGlite(dir);
      await lite.waitReady;
      db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
    } catch (err) {
      unlock();
      throw err;
    }
  } else {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server closed (a restart, a fail-over, an administrator) is reported here;
    // without a listener it would end the process. The pool opens a new connection on the next query.
    pool.on('error', (err) => {
      process.stderr.write(
        `PostgreSQL: een verbinding werd verbroken (${err.message}); er komt een nieuwe.\n`,
      );
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (options.migrate !== false) {
    try {
      await migrateStore(db as Kysely<unknown>);
    } catch (err) {
      await db.destroy();
      unlock();
      throw err;
    }
  }
  return {
    db,
    config,
    where: describeStore(config),
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}
