/** /vorming/sessie/:session: a session's details, registering, the date poll, materials; managers' forms below. */
import type { VNode } from 'preact';
import { formatDateTime } from '../../domain/format.js';
import { Page } from '../../render/html/document.js';
import type { PollAnswer, RegistrationStatus } from '../../store/tables.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import { formatDay, formatWhen } from '../brussels-time.js';
import { REGISTRATION_STATUS, SESSION_STATUS } from './labels.js';
import { MaterialsList } from './materials-list.js';
import { SessionManagement } from './session-manage.js';
import type { PollView, SessionPageProps } from './session-props.js';

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
