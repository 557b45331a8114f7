/** The forms of /beheer/rondvraag: contacts upload, start, invite new contacts, reminders, closing date. */
import type { VNode } from 'preact';
import { Form } from '../../workflow/pages/form.js';
import { lastDay } from '../closing.js';
import type { CurrentRondvraag } from '../service.js';

export function ContactsForm({ csrf }: { csrf: string }): VNode {
  // Multipart: the CSRF token goes in the address, since the body is read only after the check.
  return (
    <form
      class="form"
      method="post"
      action={`/beheer/rondvraag/contacten?_csrf=${encodeURIComponent(csrf)}`}
      enctype="multipart/form-data"
    >
      <input type="hidden" name="_csrf" value={csrf} />
      <div>
        <label for="contactenbestand">Contactenbestand (CSV)</label>
        <p class="hint" id="contactenbestand-hint">
          Eén regel per gemeente met de kolommen <code>nis</code> (NIS-code, indeling 2025) en{' '}
          <code>e-mail</code>, eventueel <code>naam</code>; gescheiden door komma's of puntkomma's. Het
          bestand vervangt de vorige contacten, en alleen als elke regel in orde is.
        </p>
        <input
          id="contactenbestand"
          name="contacten"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby="contactenbestand-hint"
        />
      </div>
      <button type="submit">Contacten importeren</button>
    </form>
  );
}

export function StartForm({ csrf, contacts }: { csrf: string; contacts: number }): VNode {
  return (
    <Form action="/beheer/rondvraag/starten" csrf={csrf}>
      <div>
        <label for="sluitingsdatum">Sluitingsdatum</label>
        <p class="hint" id="sluitingsdatum-hint">
          De laatste dag waarop gemeenten kunnen antwoorden of hun antwoord wijzigen.
        </p>
        <input
          id="sluitingsdatum"
          name="sluitingsdatum"
          type="date"
          required
          aria-describedby="sluitingsdatum-hint"
        />
      </div>
      <div>
        <label for="herinneringen">Herinneringen (data)</label>
        <p class="hint" id="herinneringen-hint">
          Bv. 2027-01-15, 2027-01-29: op elk van die dagen om 9 uur krijgen de gemeenten die nog niet
          antwoordden een herinnering. Leeg laten kan.
        </p>
        <input id="herinneringen" name="herinneringen" type="text" aria-describedby="herinneringen-hint" />
      </div>
      <button type="submit" disabled={contacts === 0}>
        Rondvraag starten en {contacts} uitnodigingen versturen
      </button>
    </Form>
  );
}

export function OpenRondvraagForms({
  csrf,
  rondvraag,
  notInvited,
}: {
  csrf: string;
  rondvraag: CurrentRondvraag;
  notInvited: number;
}): VNode {
  return (
    <>
      {notInvited > 0 ? (
        <Form action="/beheer/rondvraag/uitnodigen" csrf={csrf}>
          <p>{notInvited} gemeenten met een contact kregen nog geen uitnodiging.</p>
          <button type="submit">{notInvited} uitnodigingen versturen</button>
        </Form>
      ) : null}
      <Form action="/beheer/rondvraag/herinneren" csrf={csrf}>
        <div>
          <label for="herinnering-op">Herinnering plannen op (leeg: nu)</label>
          <p class="hint" id="herinnering-op-hint">
            Alleen gemeenten die dan nog niet antwoordden, krijgen ze; na de sluitingsdatum gaat er niets meer
            weg.
          </p>
          <input id="herinnering-op" name="op" type="date" aria-describedby="herinnering-op-hint" />
        </div>
        <button type="submit">Herinnering versturen</button>
      </Form>
      <Form action="/beheer/rondvraag/sluitingsdatum" csrf={csrf}>
        <div>
          <label for="nieuwe-sluitingsdatum">Sluitingsdatum wijzigen</label>
          <input
            id="nieuwe-sluitingsdatum"
            name="sluitingsdatum"
            type="date"
            value={lastDay(rondvraag.closesAt)}
            required
          />
        </div>
        <button type="submit">Sluitingsdatum opslaan</button>
      </Form>
    </>
  );
}
