/**
 * Plans of approach (issue 12 §2): one plan per municipality around the five keys, each key with its
 * texts, actions and indicators to follow; comments by the coach on any part; the history of every
 * change (who, what, before and after). Every editable part carries a revision number: a save names the
 * revision it started from, so a second concurrent save is told instead of overwriting the first.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('nis', 'text', (c) => c.notNull().unique().check(sql`nis ~ '^[0-9]{5}$'`))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('concept', 'ingediend', 'feedback', 'definitief')`),
    )
    // The plan's version: one more with every change (the history names it).
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('release_id', 'text', (c) => c.notNull())
    .addColumn('catalog_version', 'text', (c) => c.notNull())
    .addColumn('prefill', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('plan_key')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('key', 'integer', (c) => c.notNull().check(sql`key between 1 and 5`))
    .addColumn('situation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('plan_key_pk', ['plan_id', 'key'])
    .execute();
  await db.schema
    .createTable('plan_action')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('key', 'integer', (c) => c.notNull().check(sql`key between 1 and 5`))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('partners', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('timing', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('budget', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('gepland', 'bezig', 'afgerond', 'uitgesteld', 'geschrapt')`),
    )
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plan_action_plan').on('plan_action').columns(['plan_id', 'key']).execute();
  await db.schema
    .createTable('plan_indicator')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('key', 'integer', (c) => c.notNull().check(sql`key between 1 and 5`))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    // '' for an indicator without breakdown (or its total).
    .addColumn('row_key', 'text', (c) => c.notNull().defaultTo(''))
    // The baseline as the report showed it: value, text, period, release and catalog version.
    .addColumn('baseline', 'jsonb', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('plan_indicator_once', ['plan_id', 'key', 'indicator_id', 'row_key'])
    .execute();
  await db.schema
    .createTable('plan_comment')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    // Which part: 'plan', 'sleutel-4', 'actie-12', 'indicator-3'.
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer')
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plan_comment_plan').on('plan_comment').columns(['plan_id', 'id']).execute();
  await db.schema
    .createTable('plan_change')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('plan_change_plan').on('plan_change').columns(['plan_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['plan_change', 'plan_comment', 'plan_indicator', 'plan_action', 'plan_key', 'plan'])
    await db.schema.dropTable(table).execute();
}
