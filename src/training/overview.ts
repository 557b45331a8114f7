/**
 * AgII's overview of the training track per municipality: participants, registrations, attendance
 * marked and present (or late), the attendance rate, and which municipalities never took part.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/tables.js';

export interface MunicipalityRef {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
}

export type Participation = 'nooit' | 'ingeschreven' | 'aanwezig';

export const PARTICIPATION_LABELS: Readonly<Record<Participation, string>> = {
  nooit: 'nooit deelgenomen',
  ingeschreven: 'ingeschreven, nog niet aanwezig',
  aanwezig: 'minstens één keer aanwezig',
};

export interface OverviewRow extends MunicipalityRef {
  /** Different people registered (or waiting) for any session. */
  readonly participants: number;
  readonly registrations: number;
  /** Attendance marks, and those that were aanwezig or te laat. */
  readonly marked: number;
  readonly present: number;
  /** present / marked, or null when nothing was marked. */
  readonly rate: number | null;
  readonly participation: Participation;
}

export interface TrainingOverview {
  readonly rows: readonly OverviewRow[];
  readonly counts: Readonly<Record<Participation, number>>;
  readonly participants: number;
  readonly marked: number;
  readonly present: number;
}

interface Tally {
  nis: string;
  participants: number;
  registrations: number;
  marked: number;
  present: number;
}

export async function trainingOverview(
  db: Kysely<Database>,
  municipalities: readonly MunicipalityRef[],
): Promise<TrainingOverview> {
  const result = await sql<Tally>`
    select r.nis,
      count(distinct r.user_id)::int as participants,
      count(*)::int as registrations,
      count(a.user_id)::int as marked,
      count(a.user_id) filter (where a.status in ('aanwezig', 'te_laat'))::int as present
    from training_registration r
    left join training_attendance a on a.session_id = r.session_id and a.user_id = r.user_id
    where r.status <> 'uitgeschreven'
    group by r.nis`.execute(db);
  const byNis = new Map(result.rows.map((t) => [t.nis, t]));
  const rows = municipalities.map((m): OverviewRow => {
    const t = byNis.get(m.nis);
    const marked = Number(t?.marked ?? 0);
    const present = Number(t?.present ?? 0);
    const participants = Number(t?.participants ?? 0);
    return {
      ...m,
      participants,
      registrations: Number(t?.registrations ?? 0),
      marked,
      present,
      rate: marked > 0 ? present / marked : null,
      participation: present > 0 ? 'aanwezig' : participants > 0 ? 'ingeschreven' : 'nooit',
    };
  });
  const counts = { nooit: 0, ingeschreven: 0, aanwezig: 0 };
  for (const r of rows) counts[r.participation] += 1;
  // People are counted once over all municipalities (someone may work for two).
  const people = await sql<{ n: number }>`
    select count(distinct user_id)::int as n from training_registration where status <> 'uitgeschreven'`.execute(
    db,
  );
  return {
    rows,
    counts,
    participants: Number(people.rows[0]?.n ?? 0),
    marked: rows.reduce((s, r) => s + r.marked, 0),
    present: rows.reduce((s, r) => s + r.present, 0),
  };
}
