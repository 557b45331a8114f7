/** The SQL of a plan's actions and indicators to follow (each with its revision for concurrent saves). */
import type { Kysely } from 'kysely';
import type { Database, PlanActionStatus } from '../store/tables.js';
import type { Baseline } from './figures.js';
import type { KeyNumber } from './keys.js';

type Db = Kysely<Database>;

export interface ActionFields {
  readonly what: string;
  readonly kind: string;
  readonly owner: string;
  readonly partners: string;
  readonly timing: string;
  readonly budget: string;
  readonly status: PlanActionStatus;
}

export interface ActionRow extends ActionFields {
  readonly id: number;
  readonly key: KeyNumber;
  readonly revision: number;
}

export interface IndicatorRow {
  readonly id: number;
  readonly key: KeyNumber;
  readonly indicatorId: string;
  readonly rowKey: string;
  readonly baseline: Baseline;
  readonly target: string;
  readonly revision: number;
}

const actionColumns = [
  'id',
  'key',
  'what',
  'kind',
  'owner',
  'partners',
  'timing',
  'budget',
  'status',
  'revision',
] as const;

export async function listActions(db: Db, planId: number): Promise<ActionRow[]> {
  const rows = await db
    .selectFrom('plan_action')
    .select(actionColumns)
    .where('plan_id', '=', planId)
    .orderBy('key')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, key: r.key as KeyNumber }));
}

export async function getAction(db: Db, planId: number, id: number): Promise<ActionRow | undefined> {
  const r = await db
    .selectFrom('plan_action')
    .select(actionColumns)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? { ...r, key: r.key as KeyNumber } : undefined;
}

export async function insertAction(
  db: Db,
  planId: number,
  key: KeyNumber,
  fields: ActionFields,
): Promise<number> {
  const r = await db
    .insertInto('plan_action')
    .values({ plan_id: planId, key, ...fields })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateAction(
  db: Db,
  planId: number,
  id: number,
  revision: number,
  fields: ActionFields,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_action')
    .set((eb) => ({ ...fields, revision: eb('revision', '+', 1) }))
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteAction(db: Db, planId: number, id: number, revision: number): Promise<boolean> {
  const r = await db
    .deleteFrom('plan_action')
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

const indicatorColumns = ['id', 'key', 'indicator_id', 'row_key', 'baseline', 'target', 'revision'] as const;

function toIndicator(r: {
  id: number;
  key: number;
  indicator_id: string;
  row_key: string;
  baseline: Record<string, unknown>;
  target: string;
  revision: number;
}): IndicatorRow {
  return {
    id: r.id,
    key: r.key as KeyNumber,
    indicatorId: r.indicator_id,
    rowKey: r.row_key,
    baseline: r.baseline as unknown as Baseline,
    target: r.target,
    revision: r.revision,
  };
}

export async function listIndicators(db: Db, planId: number): Promise<IndicatorRow[]> {
  const rows = await db
    .selectFrom('plan_indicator')
    .select(indicatorColumns)
    .where('plan_id', '=', planId)
    .orderBy('key')
    .orderBy('id')
    .execute();
  return rows.map(toIndicator);
}

export async function getIndicator(db: Db, planId: number, id: number): Promise<IndicatorRow | undefined> {
  const r = await db
    .selectFrom('plan_indicator')
    .select(indicatorColumns)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toIndicator(r) : undefined;
}

/** Adds an indicator to follow; undefined when the key already follows it. */
export async function insertIndicator(
  db: Db,
  planId: number,
  key: KeyNumber,
  baseline: Baseline,
  target: string,
): Promise<number | undefined> {
  const r = await db
    .insertInto('plan_indicator')
    .values({
      plan_id: planId,
      key,
      indicator_id: baseline.indicatorId,
      row_key: baseline.rowKey,
      baseline: JSON.stringify(baseline),
      target,
    })
    .onConflict((oc) => oc.columns(['plan_id', 'key', 'indicator_id', 'row_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id;
}

export async function updateIndicatorTarget(
  db: Db,
  planId: number,
  id: number,
  revision: number,
  target: string,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_indicator')
    .set((eb) => ({ target, revision: eb('revision', '+', 1) }))
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteIndicator(
  db: Db,
  planId: number,
  id: number,
  revision: number,
): Promise<boolean> {
  const r = await db
    .deleteFrom('plan_indicator')
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
