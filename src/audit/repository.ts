/** The SQL of the audit log: every administrative action, who, what, when, before and after. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';

/** Who acted: a person (id and e-mail at that moment) or the system (`cli:<user>`, `oidc`). */
export interface Actor {
  readonly id: number | null;
  readonly label: string;
}

export interface AuditEntry {
  readonly actor: Actor;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId?: string | number | null;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
}

export interface AuditRecord extends Omit<AuditEntry, 'actor' | 'subjectId'> {
  readonly id: number;
  readonly at: Date;
  readonly actor: Actor;
  readonly subjectId: string | null;
}

type Db = Kysely<Database>;

/** Writes one entry; pass the transaction of the change so the entry commits (or not) with it. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      actor_id: entry.actor.id,
      actor_label: entry.actor.label,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId === undefined || entry.subjectId === null ? null : String(entry.subjectId),
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
    })
    .execute();
}

export async function listAudit(
  db: Db,
  options: { limit: number; beforeId?: number; actorId?: number; subject?: { type: string; id: string } },
): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_event').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
  if (options.actorId !== undefined) query = query.where('actor_id', '=', options.actorId);
  if (options.subject)
    query = query
      .where('subject_type', '=', options.subject.type)
      .where('subject_id', '=', options.subject.id);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: { id: r.actor_id, label: r.actor_label },
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    before: r.before,
    after: r.after,
  }));
}

/**
 * When a person deletes their account the log keeps what was done, not who they were: their e-mail
 * and name are removed from entries they made and entries about them.
 */
export async function forgetPerson(db: Db, userId: number): Promise<void> {
  const label = `verwijderd account #${userId}`;
  await db.updateTable('audit_event').set({ actor_label: label }).where('actor_id', '=', userId).execute();
  const rows = await db
    .selectFrom('audit_event')
    .select(['id', 'before', 'after'])
    .where('subject_type', '=', 'user')
    .where('subject_id', '=', String(userId))
    .execute();
  const strip = (value: Record<string, unknown> | null) => {
    if (!value) return null;
    const { email: _email, name: _name, ...rest } = value;
    return JSON.stringify(rest);
  };
  for (const row of rows) {
    await db
      .updateTable('audit_event')
      .set({ before: strip(row.before), after: strip(row.after) })
      .where('id', '=', row.id)
      .execute();
  }
}
