/**
 * PGlite (PostgreSQL compiled to WebAssembly, in-process) behind the small pool interface that Kysely's
 * own PostgresDialect drives. PGlite is one connection: the pool hands it to one holder at a time, so a
 * Kysely transaction (BEGIN … COMMIT on one connection) never interleaves with another caller's query.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

export function pglitePool(db: PGlite): PostgresPool {
  let held: Promise<void> = Promise.resolve();
  let ended = false;
  return {
    async connect(): Promise<PostgresPoolClient> {
      if (ended) throw new Error('de databank is gesloten');
      let release: () => void = () => {};
      const previous = held;
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await previous;
      let released = false;
      const client = {
        async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
          const result = await db.query<R>(sql, [...parameters]);
          const command = (result as { command?: string }).command ?? 'SELECT';
          return {
            command: command as PostgresQueryResult<R>['command'],
            rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
            rows: result.rows,
          };
        },
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
      return client as PostgresPoolClient;
    },
    async end() {
      ended = true;
      await held;
      await db.close();
    },
  };
}
