/** /vorming/sessie/:session: a session's details, registering, the date poll, materials; managers' forms below. */
import type { VNode } from 'preact';
import { formatDateTime } from '../../domain/format.js';
import { Page } from '../../render/html/document.js';
import type { PollAnswer, RegistrationStatus, TrainingSessionTable } from '../../store/tables.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import { formatDay, formatWhen } from '../brussels-time.js';
import { REGISTRATION_STATUS, SESSION_STATUS, type Viewer } from './labels.js';
import { MaterialsList, type MaterialView } from './materials-list.js';
import { SessionManagement } from './session-manage.js';

type Session = Omit<TrainingSessionTable, 'id' | 'goals' | 'ics_sequence'> & { id: number; goals: string };

export interface PollView {
  readonly closes_at: Date;
  readonly closed_at: Date | null;
  readonly chosen_option_id: number | null;
  readonly options: readonly {
    id: number;
    day: string;
    start_time: string | null;
    end_time: string | null;
  }[];
  readonly answers: readonly { option_id: number; user_id: number; answer: PollAnswer }[];
}

export interface RegistrationView {
  readonly user_id: number;
  readonly nis: string;
  readonly status: RegistrationStatus;
  readonly email: string;
  readonly display_name: string;
}

export interface SessionPageProps {
  readonly session: Session;
  readonly edition: { id: number; title: string };
  readonly registrations: readonly RegistrationView[];
  readonly poll: PollView | undefined;
  readonly materials: readonly MaterialView[];
  readonly viewer: Viewer;
  /** Whether the viewer takes part in the edition (may answer the poll, sees materials). */
  readonly participant: boolean;
  readonly municipalityLabel: (nis: string) => string;
  readonly csrf: string;
  readonly error?: string | undefined;
  readonly notice?: string | undefined;
  readonly now: Date;
}

const ANSWER_LABELS: Record<PollAnswer, string> = { ja: 'ja', misschien: 'misschien', nee: 'nee' };

export function SessionPage(props: SessionPageProps): VNode {
  const { session: s, edition, viewer } = props;
  const mine = props.registrations.find((r) => r.user_id === viewer.userId && r.status !== 'uitgeschreven');
  const registered = props.registrations.filter((r) => r.status === 'ingeschreven').length;
  const waiting = props.registrations.filter((r) => r.status === 'wachtlijst').length;
  return (
    <Page title={s.topic}>
      <p class="meta">
        <a href="/vorming">Vorming</a> › <a href={`/vorming/editie/${edition.id}`}>{edition.title}</a>
      </p>
      <h1>{s.topic}</h1>
      {props.notice ? (
        <p class="note" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorMessage message={props.error} />
      <dl class="facts">
        <dt>Wanneer</dt>
        <dd>{formatWhen(s.day, s.start_time, s.end_time)}</dd>
        <dt>Status</dt>
        <dd>
          {SESSION_STATUS[s.status]}
          {s.original_day ? ` (oorspronkelijk ${formatDay(s.original_day)})` : ''}
          {s.change_reason ? ` – ${s.change_reason}` : ''}
        </dd>
        {s.place ? (
          <>
            <dt>Plaats</dt>
            <dd>{s.place}</dd>
          </>
        ) : null}
        {s.online_url ? (
          <>
            <dt>Online</dt>
            <dd>
              <a href={s.online_url}>{s.online_url}</a>
            </dd>
          </>
        ) : null}
        {s.trainer ? (
          <>
            <dt>Trainer</dt>
            <dd>{s.trainer}</dd>
          </>
        ) : null}
        <dt>Plaatsen</dt>
        <dd>
          {registered} ingeschreven{s.capacity !== null ? ` van ${s.capacity}` : ''}
          {waiting ? `, ${waiting} op de wachtlijst` : ''}
        </dd>
      </dl>
      {s.goals ? (
        <>
          <h2>Doelen</h2>
          <p>{s.goals}</p>
        </>
      ) : null}
      {viewer.municipalities.length > 0 ? <Registration {...props} mine={mine?.status} /> : null}
      {props.poll ? <Poll {...props} poll={props.poll} /> : null}
      <MaterialsList
        materials={props.materials}
        manages={viewer.manages}
        csrf={props.csrf}
        sessionId={s.id}
      />
      {viewer.manages ? <SessionManagement {...props} /> : null}
    </Page>
  );
}

function Registration(props: SessionPageProps & { mine: RegistrationStatus | undefined }): VNode {
  const { session: s, viewer, mine } = props;
  const closed = s.status === 'afgelast' || s.status === 'gehouden';
  return (
    <section aria-labelledby="inschrijving">
      <h2 id="inschrijving">Inschrijving</h2>
      {mine ? (
        <>
          <p>Je bent {REGISTRATION_STATUS[mine]}.</p>
          {closed ? null : (
            <Form action={`/vorming/sessie/${s.id}/uitschrijven`} csrf={props.csrf}>
              <button type="submit">Uitschrijven</button>
            </Form>
          )}
        </>
      ) : closed ? (
        <p>Inschrijven kan niet meer: de sessie is {SESSION_STATUS[s.status]}.</p>
      ) : (
        <Form action={`/vorming/sessie/${s.id}/inschrijven`} csrf={props.csrf}>
          {viewer.municipalities.length === 1 ? (
            <input type="hidden" name="gemeente" value={viewer.municipalities[0]?.nis} />
          ) : (
            <div>
              <label for="inschrijving-gemeente">Voor de gemeente</label>
              <select id="inschrijving-gemeente" name="gemeente">
                {viewer.municipalities.map((m) => (
                  <option key={m.nis} value={m.nis}>
                    {m.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit">Inschrijven</button>
        </Form>
      )}
    </section>
  );
}

function Poll(props: SessionPageProps & { poll: PollView }): VNode {
  const { poll, viewer, session: s } = props;
  const open = !poll.closed_at && poll.closes_at.getTime() > props.now.getTime();
  const mine = new Map(
    poll.answers.filter((a) => a.user_id === viewer.userId).map((a) => [a.option_id, a.answer]),
  );
  const count = (optionId: number, answer: PollAnswer) =>
    poll.answers.filter((a) => a.option_id === optionId && a.answer === answer).length;
  const when = (o: PollView['options'][number]) => formatWhen(o.day, o.start_time, o.end_time);
  return (
    <section aria-labelledby="peiling">
      <h2 id="peiling">Datumpeiling</h2>
      <p>
        {open
          ? `Open tot ${formatDateTime(poll.closes_at)}.`
          : `Gesloten${poll.closed_at ? ` sinds ${formatDateTime(poll.closed_at)}` : ` sinds ${formatDateTime(poll.closes_at)}`}.`}
        {poll.chosen_option_id !== null
          ? ` Gekozen: ${when(poll.options.find((o) => o.id === poll.chosen_option_id) ?? (poll.options[0] as PollView['options'][number]))}.`
          : ''}
      </p>
      <div class="table-wrap">
        <table>
          <caption>Antwoorden per voorgestelde datum</caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">ja</th>
              <th scope="col">misschien</th>
              <th scope="col">nee</th>
            </tr>
          </thead>
          <tbody>
            {poll.options.map((o) => (
              <tr key={o.id}>
                <th scope="row">{when(o)}</th>
                <td>{count(o.id, 'ja')}</td>
                <td>{count(o.id, 'misschien')}</td>
                <td>{count(o.id, 'nee')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && props.participant ? (
        <Form action={`/vorming/sessie/${s.id}/peiling/antwoord`} csrf={props.csrf}>
          {poll.options.map((o) => (
            <fieldset key={o.id}>
              <legend>{when(o)}</legend>
              {(['ja', 'misschien', 'nee'] as const).map((a) => (
                <label key={a}>
                  <input type="radio" name={`optie-${o.id}`} value={a} checked={mine.get(o.id) === a} />{' '}
                  {ANSWER_LABELS[a]}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit">Antwoorden bewaren</button>
        </Form>
      ) : null}
    </section>
  );
}
