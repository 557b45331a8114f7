/**
 * A web node outlives a lost PostgreSQL connection (a server restart, a fail-over, an administrator
 * ending sessions): the idle connection's error does not end the process, and the next query works.
 * Only against a server (TEST_DATABASE_URL): PGlite has no connections to lose.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { freshStoreConfig } from '../support/test-store.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)('a lost PostgreSQL connection', () => {
  it('is replaced on the next query, without an uncaught error', async () => {
    const { config, cleanup } = await freshStoreConfig();
    if (config.kind !== 'postgres') throw new Error('needs a server');
    const store = await openStore(config);
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      await store.db.selectFrom('user_account').select('id').execute(); // an idle connection in the pool
      const admin = new pg.Client({ connectionString: config.url });
      await admin.connect();
      const ended = await admin.query(
        'select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) t',
      );
      await admin.end();
      expect(ended.rows[0].n).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      const rows = await store.db.selectFrom('user_account').select('id').execute();
      expect(rows).toEqual([]);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await store.close();
      await cleanup();
    }
  });
});
