/** /vorming/editie/:edition: an edition's sessions; managers add sessions, participants find their certificate. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import type { SessionStatus } from '../../store/tables.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import type { CertificateStatus } from '../attendance.js';
import { formatDay, formatWhen } from '../brussels-time.js';
import { SESSION_STATUS } from './labels.js';
import { SessionFields } from './session-fields.js';

export interface EditionSession {
  readonly id: number;
  readonly topic: string;
  readonly day: string | null;
  readonly start_time: string | null;
  readonly end_time: string | null;
  readonly place: string | null;
  readonly online_url: string | null;
  readonly status: SessionStatus;
  readonly original_day: string | null;
  readonly capacity: number | null;
  readonly registered: number | string | null;
  readonly waiting: number | string | null;
}

export function EditionPage({
  edition,
  sessions,
  manages,
  certificate,
  csrf,
  error,
}: {
  edition: {
    id: number;
    title: string;
    description: string;
    is_example: boolean;
    attendance_percent: number;
  };
  sessions: readonly EditionSession[];
  manages: boolean;
  certificate?: CertificateStatus | undefined;
  csrf: string;
  error?: string;
}): VNode {
  return (
    <Page title={edition.title}>
      <p class="meta">
        <a href="/vorming">Vorming</a>
      </p>
      <h1>{edition.title}</h1>
      {edition.is_example ? (
        <p class="note">
          Voorbeeldeditie: het traject 2020–2021 uit de opdracht, zoals AgII en VVSG het plantten.
        </p>
      ) : null}
      {edition.description ? <p>{edition.description}</p> : null}
      <p>
        Attest: aanwezig (of te laat) op minstens {edition.attendance_percent} % van de gehouden sessies, als
        alle sessies gehouden of afgelast zijn.
      </p>
      {certificate ? <CertificateLine editionId={edition.id} status={certificate} /> : null}
      <ErrorMessage message={error} />
      <div class="table-wrap">
        <table>
          <caption>Sessies</caption>
          <thead>
            <tr>
              <th scope="col">Sessie</th>
              <th scope="col">Wanneer</th>
              <th scope="col">Waar</th>
              <th scope="col">Status</th>
              <th scope="col">Ingeschreven</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <a href={`/vorming/sessie/${s.id}`}>{s.topic}</a>
                </th>
                <td>{formatWhen(s.day, s.start_time, s.end_time)}</td>
                <td>{s.place ?? (s.online_url ? 'online' : '–')}</td>
                <td>
                  {SESSION_STATUS[s.status]}
                  {s.status === 'verplaatst' && s.original_day ? ` (was ${formatDay(s.original_day)})` : ''}
                </td>
                <td>
                  {Number(s.registered ?? 0)}
                  {s.capacity !== null ? ` van ${s.capacity}` : ''}
                  {Number(s.waiting ?? 0) > 0 ? `, ${Number(s.waiting)} op de wachtlijst` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {manages ? (
        <section aria-labelledby="nieuwe-sessie">
          <h2 id="nieuwe-sessie">Sessie toevoegen</h2>
          <Form action={`/vorming/editie/${edition.id}/sessies`} csrf={csrf}>
            <SessionFields prefix="nieuw" values={{}} />
            <button type="submit">Sessie toevoegen</button>
          </Form>
        </section>
      ) : null}
    </Page>
  );
}

function CertificateLine({ editionId, status }: { editionId: number; status: CertificateStatus }): VNode {
  if (status.met)
    return (
      <p>
        Je voldoet aan de aanwezigheidsregel ({status.attended} van {status.held} gehouden sessies).{' '}
        <a href={`/vorming/editie/${editionId}/attest.pdf`}>Download je attest (PDF)</a>
      </p>
    );
  return (
    <p>
      Jouw aanwezigheid: {status.attended} van {status.held} gehouden sessies
      {status.open > 0 ? `; nog ${status.open} sessies te gaan` : ''}. Het attest komt er als je aan de regel
      voldoet.
    </p>
  );
}
