/** /vorming: the editions of the training track; AgII and trainers start a new one here. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';

export interface EditionSummary {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly is_example: boolean;
  readonly sessions: number | string | null;
}

export function EditionsPage({
  editions,
  manages,
  isAgii,
  csrf,
  error,
}: {
  editions: readonly EditionSummary[];
  manages: boolean;
  isAgii: boolean;
  csrf: string;
  error?: string;
}): VNode {
  return (
    <Page title="Vorming">
      <h1>Vormingstraject lokale integratieambtenaren</h1>
      <p class="lead">
        Sessies voor lokale integratieambtenaren: inschrijven, data, materiaal en aanwezigheid.
        {isAgii ? (
          <>
            {' '}
            <a href="/vorming/overzicht">Overzicht per gemeente</a>
          </>
        ) : null}
      </p>
      <ErrorMessage message={error} />
      <ul>
        {editions.map((e) => (
          <li key={e.id}>
            <a href={`/vorming/editie/${e.id}`}>{e.title}</a>
            {e.is_example ? ' (voorbeeldeditie)' : ''} · {Number(e.sessions ?? 0)} sessies
          </li>
        ))}
      </ul>
      {manages ? (
        <section aria-labelledby="nieuwe-editie">
          <h2 id="nieuwe-editie">Nieuwe editie</h2>
          <Form action="/vorming" csrf={csrf}>
            <div>
              <label for="editie-titel">Titel</label>
              <input id="editie-titel" name="titel" type="text" required />
            </div>
            <div>
              <label for="editie-beschrijving">Beschrijving</label>
              <textarea id="editie-beschrijving" name="beschrijving" rows={3} />
            </div>
            <div>
              <label for="editie-regel">Aanwezigheidsregel (%)</label>
              <p class="hint" id="editie-regel-hint">
                Het attest vraagt aanwezigheid (of te laat) op minstens dit deel van de gehouden sessies.
              </p>
              <input
                id="editie-regel"
                name="regel"
                type="number"
                min={1}
                max={100}
                value="80"
                aria-describedby="editie-regel-hint"
              />
            </div>
            <button type="submit">Editie aanmaken</button>
          </Form>
        </section>
      ) : null}
    </Page>
  );
}
