/** The SQL of plans of approach: plans, their keys, actions, indicators, comments and history. */
import type { Kysely } from 'kysely';
import type { Database, PlanState } from '../store/tables.js';
import type { Key1Prefill } from './figures.js';
import type { KeyNumber } from './keys.js';

type Db = Kysely<Database>;

export interface PlanRow {
  readonly id: number;
  readonly nis: string;
  readonly state: PlanState;
  readonly version: number;
  readonly releaseId: string;
  readonly catalogVersion: string;
  readonly prefill: Key1Prefill;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface KeyRow {
  readonly key: KeyNumber;
  readonly situation: string;
  readonly goals: string;
  readonly revision: number;
}

export interface CommentRow {
  readonly id: number;
  readonly part: string;
  readonly author: string;
  readonly body: string;
  readonly at: Date;
}

export interface ChangeRow {
  readonly id: number;
  readonly version: number;
  readonly actor: string;
  readonly part: string;
  readonly summary: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
  readonly at: Date;
}

const planColumns = [
  'id',
  'nis',
  'state',
  'version',
  'release_id',
  'catalog_version',
  'prefill',
  'created_at',
  'updated_at',
] as const;

function toPlan(r: {
  id: number;
  nis: string;
  state: PlanState;
  version: number;
  release_id: string;
  catalog_version: string;
  prefill: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
}): PlanRow {
  return {
    id: r.id,
    nis: r.nis,
    state: r.state,
    version: r.version,
    releaseId: r.release_id,
    catalogVersion: r.catalog_version,
    prefill: r.prefill as unknown as Key1Prefill,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The plan of a municipality; `lock` takes its row for the rest of the transaction. */
export async function findPlan(db: Db, nis: string, lock = false): Promise<PlanRow | undefined> {
  let q = db.selectFrom('plan').select(planColumns).where('nis', '=', nis);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? toPlan(r) : undefined;
}

export async function listPlans(db: Db): Promise<PlanRow[]> {
  const rows = await db.selectFrom('plan').select(planColumns).orderBy('nis').execute();
  return rows.map(toPlan);
}

export async function insertPlan(
  db: Db,
  values: { nis: string; prefill: Key1Prefill; createdBy: number | null; situation1: string },
): Promise<number> {
  const row = await db
    .insertInto('plan')
    .values({
      nis: values.nis,
      state: 'concept',
      release_id: values.prefill.releaseId,
      catalog_version: values.prefill.catalogVersion,
      prefill: JSON.stringify(values.prefill),
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_key')
    .values(
      ([1, 2, 3, 4, 5] as const).map((key) => ({
        plan_id: row.id,
        key,
        situation: key === 1 ? values.situation1 : '',
      })),
    )
    .execute();
  return row.id;
}

/** One more version of the plan (every change); returns the new version. */
export async function bumpVersion(db: Db, planId: number, at: Date): Promise<number> {
  const row = await db
    .updateTable('plan')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', planId)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function setState(db: Db, planId: number, state: PlanState): Promise<void> {
  await db.updateTable('plan').set({ state }).where('id', '=', planId).execute();
}

export async function listKeys(db: Db, planId: number): Promise<KeyRow[]> {
  const rows = await db
    .selectFrom('plan_key')
    .select(['key', 'situation', 'goals', 'revision'])
    .where('plan_id', '=', planId)
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ ...r, key: r.key as KeyNumber }));
}

export async function getKey(db: Db, planId: number, key: KeyNumber): Promise<KeyRow | undefined> {
  const r = await db
    .selectFrom('plan_key')
    .select(['key', 'situation', 'goals', 'revision'])
    .where('plan_id', '=', planId)
    .where('key', '=', key)
    .executeTakeFirst();
  return r ? { ...r, key: r.key as KeyNumber } : undefined;
}

/** Saves a key's texts if it is still at `revision`; false when someone saved it in between. */
export async function updateKey(
  db: Db,
  planId: number,
  key: KeyNumber,
  revision: number,
  texts: { situation: string; goals: string },
): Promise<boolean> {
  const r = await db
    .updateTable('plan_key')
    .set((eb) => ({ ...texts, revision: eb('revision', '+', 1) }))
    .where('plan_id', '=', planId)
    .where('key', '=', key)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertComment(
  db: Db,
  values: {
    planId: number;
    part: string;
    authorId: number | null;
    authorLabel: string;
    body: string;
    at: Date;
  },
): Promise<number> {
  const r = await db
    .insertInto('plan_comment')
    .values({
      plan_id: values.planId,
      part: values.part,
      author_id: values.authorId,
      author_label: values.authorLabel,
      body: values.body,
      at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function listComments(db: Db, planId: number): Promise<CommentRow[]> {
  const rows = await db
    .selectFrom('plan_comment')
    .select(['id', 'part', 'author_label', 'body', 'at'])
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, part: r.part, author: r.author_label, body: r.body, at: r.at }));
}

export async function insertChange(
  db: Db,
  values: {
    planId: number;
    version: number;
    actorId: number | null;
    actorLabel: string;
    part: string;
    summary: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('plan_change')
    .values({
      plan_id: values.planId,
      version: values.version,
      actor_id: values.actorId,
      actor_label: values.actorLabel,
      part: values.part,
      summary: values.summary,
      before: values.before ? JSON.stringify(values.before) : null,
      after: values.after ? JSON.stringify(values.after) : null,
      at: values.at,
    })
    .execute();
}

export async function listChanges(db: Db, planId: number, part?: string): Promise<ChangeRow[]> {
  let q = db
    .selectFrom('plan_change')
    .select(['id', 'version', 'actor_label', 'part', 'summary', 'before', 'after', 'at'])
    .where('plan_id', '=', planId);
  if (part !== undefined) q = q.where('part', '=', part);
  const rows = await q.orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    actor: r.actor_label,
    part: r.part,
    summary: r.summary,
    before: r.before,
    after: r.after,
    at: r.at,
  }));
}
