/** Versioned migrations: applied once, in order; a database newer than the software is refused in Dutch. */
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMigration, migrateStore, StoreTooNewError } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openTestStore, type TestStore } from '../support/test-store.js';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.dispose());

describe('migrations', () => {
  it('has applied every migration of this software, and applies nothing twice', async () => {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      store.db,
    );
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
    expect(latestMigration()).toBe('0008-plans');
    expect(await migrateStore(store.db as unknown as Kysely<unknown>)).toEqual([]);
  });

  it('applies a new migration at start', async () => {
    const next = {
      ...MIGRATIONS,
      '0099-test': {
        up: async (db: never) => void (await sql`create table test_extra (id int)`.execute(db)),
      },
    };
    expect(await migrateStore(store.db as unknown as Kysely<unknown>, next)).toEqual(['0099-test']);
  });

  it('refuses a database that a newer version migrated, with a clear Dutch message', async () => {
    const error = await migrateStore(store.db as unknown as Kysely<unknown>, MIGRATIONS).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(StoreTooNewError);
    expect((error as Error).message).toContain(
      'De databank is bijgewerkt door een nieuwere versie van deze software',
    );
    expect((error as Error).message).toContain('0099-test');
  });
});
