/**
 * /vorming/sessie/:session/aanwezigheid: the trainer's list, one block per participant (four choices and
 * a remark), stacked so it works on a phone of 390 px as well as on a laptop.
 */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import type { AttendanceStatus } from '../../store/tables.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import { ATTENDANCE_LABELS } from '../attendance.js';
import { formatWhen } from '../brussels-time.js';

export interface AttendanceRow {
  readonly userId: number;
  readonly name: string;
  readonly municipality: string;
  readonly waiting: boolean;
  readonly status: AttendanceStatus | undefined;
  readonly remark: string;
}

const STATUSES = Object.keys(ATTENDANCE_LABELS) as AttendanceStatus[];

export function AttendancePage({
  session,
  rows,
  csrf,
  error,
  notice,
}: {
  session: {
    id: number;
    topic: string;
    day: string | null;
    start_time: string | null;
    end_time: string | null;
  };
  rows: readonly AttendanceRow[];
  csrf: string;
  error?: string | undefined;
  notice?: string | undefined;
}): VNode {
  return (
    <Page title={`Aanwezigheid: ${session.topic}`}>
      <p class="meta">
        <a href={`/vorming/sessie/${session.id}`}>Terug naar de sessie</a>
      </p>
      <h1>Aanwezigheid: {session.topic}</h1>
      <p>{formatWhen(session.day, session.start_time, session.end_time)}</p>
      {notice ? (
        <p class="note" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorMessage message={error} />
      {rows.length === 0 ? (
        <p>Er is nog niemand ingeschreven.</p>
      ) : (
        <Form action={`/vorming/sessie/${session.id}/aanwezigheid`} csrf={csrf}>
          {rows.map((r) => (
            <fieldset key={r.userId} class="attendance">
              <legend>
                {r.name}, {r.municipality}
                {r.waiting ? ' (wachtlijst)' : ''}
              </legend>
              {STATUSES.map((s) => (
                <label key={s} class="choice">
                  <input type="radio" name={`status-${r.userId}`} value={s} checked={r.status === s} />{' '}
                  {ATTENDANCE_LABELS[s]}
                </label>
              ))}
              <label for={`opmerking-${r.userId}`}>Opmerking</label>
              <input
                id={`opmerking-${r.userId}`}
                name={`opmerking-${r.userId}`}
                type="text"
                value={r.remark}
              />
            </fieldset>
          ))}
          <button type="submit">Aanwezigheid bewaren</button>
        </Form>
      )}
    </Page>
  );
}
