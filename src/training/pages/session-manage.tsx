/** The managers' part of a session page: who is registered, attendance, changes, poll, materials. */
import type { VNode } from 'preact';
import { Form } from '../../workflow/pages/form.js';
import { formatWhen } from '../brussels-time.js';
import { ACCEPTED_TYPES } from '../file-type.js';
import { REGISTRATION_STATUS } from './labels.js';
import { SessionFields } from './session-fields.js';
import type { SessionPageProps } from './session-props.js';

export function SessionManagement(props: SessionPageProps): VNode {
  const { session: s, csrf } = props;
  const active = props.registrations.filter((r) => r.status !== 'uitgeschreven');
  const done = s.status === 'afgelast';
  return (
    <section aria-labelledby="beheer-sessie">
      <h2 id="beheer-sessie">Beheer van deze sessie</h2>
      <h3>Ingeschreven</h3>
      {active.length === 0 ? <p>Nog niemand.</p> : null}
      <ul>
        {active.map((r) => (
          <li key={r.user_id}>
            {r.display_name} ({r.email}), {props.municipalityLabel(r.nis)}: {REGISTRATION_STATUS[r.status]}
          </li>
        ))}
      </ul>
      {s.day && !done ? (
        <p>
          <a class="button" href={`/vorming/sessie/${s.id}/aanwezigheid`}>
            Aanwezigheid noteren
          </a>
        </p>
      ) : null}
      {done ? null : (
        <>
          <h3>Wijzigen</h3>
          <Form action={`/vorming/sessie/${s.id}`} csrf={csrf}>
            <SessionFields
              prefix="wijzig"
              values={{
                topic: s.topic,
                goals: s.goals,
                day: s.day,
                start: s.start_time,
                end: s.end_time,
                place: s.place,
                online: s.online_url,
                trainer: s.trainer,
                capacity: s.capacity,
              }}
            />
            <div>
              <label for="wijzig-reden">Reden (nodig bij een nieuwe datum)</label>
              <input id="wijzig-reden" name="reden" type="text" />
            </div>
            <button type="submit">Wijzigingen bewaren en mailen</button>
          </Form>
          {s.day && s.status !== 'gehouden' ? (
            <Form action={`/vorming/sessie/${s.id}/gehouden`} csrf={csrf}>
              <button type="submit">Markeren als gehouden</button>
            </Form>
          ) : null}
          {s.status !== 'gehouden' ? (
            <Form action={`/vorming/sessie/${s.id}/afgelasten`} csrf={csrf}>
              <div>
                <label for="afgelast-reden">Reden van afgelasten</label>
                <input id="afgelast-reden" name="reden" type="text" />
              </div>
              <button type="submit">Sessie afgelasten en mailen</button>
            </Form>
          ) : null}
        </>
      )}
      {!s.day && !props.poll && !done ? (
        <>
          <h3>Datumpeiling starten</h3>
          <Form action={`/vorming/sessie/${s.id}/peiling`} csrf={csrf}>
            <div>
              <label for="peiling-data">Voorgestelde data</label>
              <p class="hint" id="peiling-data-hint">
                Eén per regel: jjjj-mm-dd, eventueel met uren (2026-10-02 09:30-12:00).
              </p>
              <textarea id="peiling-data" name="data" rows={4} aria-describedby="peiling-data-hint" />
            </div>
            <div>
              <label for="peiling-sluit">Sluit op (datum)</label>
              <input id="peiling-sluit" name="sluit" type="date" required />
            </div>
            <button type="submit">Peiling starten en deelnemers mailen</button>
          </Form>
        </>
      ) : null}
      {props.poll && props.poll.chosen_option_id === null ? (
        <>
          <h3>Datum vastleggen</h3>
          <Form action={`/vorming/sessie/${s.id}/peiling/vastleggen`} csrf={csrf}>
            <fieldset>
              <legend>Gekozen datum</legend>
              {props.poll.options.map((o) => (
                <label key={o.id}>
                  <input type="radio" name="optie" value={String(o.id)} required />{' '}
                  {formatWhen(o.day, o.start_time, o.end_time)}
                </label>
              ))}
            </fieldset>
            <button type="submit">Vastleggen en iedereen mailen</button>
          </Form>
        </>
      ) : null}
      <h3>Materiaal toevoegen</h3>
      <form
        class="form"
        method="post"
        action={`/vorming/sessie/${s.id}/materiaal?_csrf=${encodeURIComponent(csrf)}`}
        enctype="multipart/form-data"
      >
        <div>
          <label for="materiaal-titel">Titel</label>
          <input id="materiaal-titel" name="titel" type="text" />
        </div>
        <div>
          <label for="materiaal-bestand">Bestand</label>
          <p class="hint" id="materiaal-bestand-hint">
            {ACCEPTED_TYPES}.
          </p>
          <input
            id="materiaal-bestand"
            name="bestand"
            type="file"
            required
            aria-describedby="materiaal-bestand-hint"
          />
        </div>
        <button type="submit">Opladen</button>
      </form>
      <Form action={`/vorming/sessie/${s.id}/link`} csrf={csrf}>
        <div>
          <label for="link-titel">Titel van de link</label>
          <input id="link-titel" name="titel" type="text" />
        </div>
        <div>
          <label for="link-url">Webadres</label>
          <input id="link-url" name="url" type="url" required />
        </div>
        <button type="submit">Link toevoegen</button>
      </Form>
    </section>
  );
}
