/**
 * A fresh workflow store per test file: embedded PGlite by default (copied from a migrated template made
 * once per set of migrations, since PGlite's initdb takes seconds), or a new database on the PostgreSQL
 * server of TEST_DATABASE_URL (the database suite: `npm run test:db`), dropped again afterwards.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreConfig } from '../../src/store/open-store.js';

const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'src', 'store', 'migrations');

export const usingServer = Boolean(process.env.TEST_DATABASE_URL);

function templateKey(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_DIR).sort())
    hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name)));
  return hash.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), `oa-pglite-template-${templateKey()}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = `${dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const store = await openStore({ kind: 'pglite', dir: building });
  await store.close();
  rmSync(`${building}.lock`, { force: true });
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker was first
  }
  return dir;
}

/** A place for a store that the test can also open itself (e.g. from a child process). */
export async function freshStoreConfig(): Promise<{ config: StoreConfig; cleanup: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `oa_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      config: { kind: 'postgres', url: url.href },
      cleanup: async () => {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const template = await pgliteTemplate();
  const base = join(tmpdir(), `oa-store-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(base, { recursive: true });
  const dir = join(base, 'db');
  cpSync(template, dir, { recursive: true });
  return {
    config: { kind: 'pglite', dir },
    cleanup: async () => rmSync(base, { recursive: true, force: true }),
  };
}

export interface TestStore extends Store {
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

export async function openTestStore(): Promise<TestStore> {
  const { config, cleanup } = await freshStoreConfig();
  const store = await openStore(config);
  let closed = false;
  return {
    ...store,
    close: async () => {
      if (!closed) await store.close();
      closed = true;
    },
    dispose: async () => {
      if (!closed) await store.close();
      closed = true;
      await cleanup();
    },
  };
}
