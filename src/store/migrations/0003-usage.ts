/**
 * Usage counts (issue 9 §4): per day, municipality (2025 division), kind of use and whether the
 * municipality's own officers did it. Aggregates only: no address, browser string, person or cookie.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('usage_daily')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('nis', 'text', (c) => c.notNull().check(sql`nis ~ '^[0-9]{5}$'`))
    .addColumn('event', 'text', (c) =>
      c
        .notNull()
        .check(sql`event in ('view', 'pdf_full', 'pdf_core', 'xlsx', 'csv', 'json', 'embed', 'api')`),
    )
    .addColumn('own', 'boolean', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull().check(sql`hits > 0`))
    .addColumn('last_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_daily_key', ['day', 'nis', 'event', 'own'])
    .execute();
  await db.schema.createIndex('usage_daily_nis').on('usage_daily').columns(['nis', 'day']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('usage_daily').execute();
}
