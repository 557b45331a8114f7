/** One key of the plan: its texts, actions and indicators to follow, with forms for who may write. */
import type { VNode } from 'preact';
import { Form } from '../../workflow/pages/form.js';
import type { IndicatorChoice } from '../figures.js';
import { KEY_FIELDS, KEY_TITLES, type KeyNumber } from '../keys.js';
import type { CommentRow, KeyRow } from '../repository.js';
import type { ActionRow, IndicatorRow } from '../repository-parts.js';
import {
  ActionInputs,
  actionLine,
  CommentForm,
  Comments,
  ConflictIntro,
  type ConflictNotice,
} from './parts.js';

export interface KeyProps {
  readonly nis: string;
  readonly keyRow: KeyRow;
  readonly actions: readonly ActionRow[];
  readonly indicators: readonly (IndicatorRow & { readonly since: string | null })[];
  readonly comments: readonly CommentRow[];
  /** The officer may write now (own municipality, plan in concept or feedback). */
  readonly edit: boolean;
  readonly comment: boolean;
  readonly csrf: string;
  readonly choices: readonly IndicatorChoice[];
  readonly conflict: ConflictNotice | undefined;
  readonly children?: VNode | null;
}

function Texts({ nis, keyRow, edit, csrf, conflict }: KeyProps): VNode {
  const k = keyRow.key;
  const clash = conflict?.kind === 'key' ? conflict : undefined;
  const shown = clash ? clash.yours : keyRow;
  const revision = clash?.theirs?.revision ?? keyRow.revision;
  if (!edit)
    return (
      <>
        <h4>{KEY_FIELDS.situation}</h4>
        <p class="plan-text">{keyRow.situation || '(nog niet ingevuld)'}</p>
        <h4>{KEY_FIELDS.goals}</h4>
        <p class="plan-text">{keyRow.goals || '(nog niet ingevuld)'}</p>
      </>
    );
  return (
    <>
      {clash ? (
        <div class="plan-conflict" role="alert">
          <ConflictIntro by={clash.by} at={clash.at} />
          <h4>Bewaarde tekst: {KEY_FIELDS.situation.toLowerCase()}</h4>
          <p class="plan-text">{clash.theirs?.situation}</p>
          <h4>Bewaarde tekst: {KEY_FIELDS.goals.toLowerCase()}</h4>
          <p class="plan-text">{clash.theirs?.goals}</p>
          <p>Jouw tekst staat in het formulier hieronder.</p>
        </div>
      ) : null}
      <Form action={`/gemeente/${nis}/plan/sleutel/${k}`} csrf={csrf}>
        <input type="hidden" name="revisie" value={String(revision)} />
        <label for={`k${k}-situatie`}>{KEY_FIELDS.situation}</label>
        <textarea id={`k${k}-situatie`} name="situatie">
          {shown.situation}
        </textarea>
        <label for={`k${k}-doelen`}>{KEY_FIELDS.goals}</label>
        <textarea id={`k${k}-doelen`} name="doelen">
          {shown.goals}
        </textarea>
        <button type="submit">Sleutel {k} bewaren</button>
      </Form>
    </>
  );
}

function Actions({ nis, keyRow, actions, edit, csrf, conflict }: KeyProps): VNode {
  const k = keyRow.key;
  const clash = conflict?.kind === 'action' ? conflict : undefined;
  return (
    <>
      <h4>Acties</h4>
      {clash ? (
        <div class="plan-conflict" role="alert">
          <ConflictIntro by={clash.by} at={clash.at} />
          <p>Bewaard: {clash.theirs ? actionLine(clash.theirs) : 'de actie is intussen geschrapt.'}</p>
          <p>Jouw versie: {clash.yours ? actionLine(clash.yours) : 'schrappen.'}</p>
        </div>
      ) : null}
      {actions.length === 0 ? <p>Nog geen acties.</p> : null}
      <ul>
        {actions.map((a) => (
          <li key={a.id}>
            {actionLine(a)}
            {edit ? (
              <details open={clash?.theirs?.id === a.id}>
                <summary>Actie aanpassen</summary>
                <Form action={`/gemeente/${nis}/plan/acties/${a.id}`} csrf={csrf}>
                  <input type="hidden" name="revisie" value={String(a.revision)} />
                  <ActionInputs
                    id={`a${a.id}`}
                    values={clash?.theirs?.id === a.id && clash.yours ? clash.yours : a}
                  />
                  <button type="submit">Actie bewaren</button>
                </Form>
                <Form action={`/gemeente/${nis}/plan/acties/${a.id}`} csrf={csrf}>
                  <input type="hidden" name="revisie" value={String(a.revision)} />
                  <input type="hidden" name="schrappen" value="ja" />
                  <button type="submit">Actie schrappen</button>
                </Form>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {edit ? (
        <details open={clash !== undefined && !clash.theirs && clash.yours !== undefined}>
          <summary>Actie toevoegen aan sleutel {k}</summary>
          <Form action={`/gemeente/${nis}/plan/sleutel/${k}/acties`} csrf={csrf}>
            <ActionInputs
              id={`k${k}-nieuw`}
              {...(clash?.yours && !clash.theirs ? { values: clash.yours } : {})}
            />
            <button type="submit">Actie toevoegen</button>
          </Form>
        </details>
      ) : null}
    </>
  );
}

function Indicators({ nis, keyRow, indicators, edit, csrf, choices }: KeyProps): VNode {
  const k = keyRow.key;
  return (
    <>
      <h4>Indicatoren om op te volgen</h4>
      {indicators.length === 0 ? <p>Nog geen indicatoren gekozen.</p> : null}
      <ul>
        {indicators.map((i) => (
          <li key={i.id}>
            {i.baseline.title}: {i.baseline.shown} ({i.baseline.periodLabel}
            {i.baseline.demo ? ', DEMODATA' : ''}; release {i.baseline.releaseId}, catalogus{' '}
            {i.baseline.catalogVersion}). Doel: {i.target || '(geen)'}.{i.since ? ` ${i.since}` : ''}
            {edit ? (
              <Form action={`/gemeente/${nis}/plan/indicatoren/${i.id}`} csrf={csrf} inline>
                <input type="hidden" name="revisie" value={String(i.revision)} />
                <label for={`i${i.id}-doel`} class="visually-hidden">
                  Doel voor {i.baseline.title}
                </label>
                <input id={`i${i.id}-doel`} name="doel" type="text" value={i.target} />
                <button type="submit">Doel bewaren</button>
                <button type="submit" name="schrappen" value="ja">
                  Niet meer volgen
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {edit && choices.length > 0 ? (
        <details>
          <summary>Indicator kiezen voor sleutel {k}</summary>
          <Form action={`/gemeente/${nis}/plan/sleutel/${k}/indicatoren`} csrf={csrf}>
            <label for={`k${k}-indicator`}>Indicator</label>
            <p class="hint" id={`k${k}-indicator-hint`}>
              De beginwaarde komt uit het rapport van de actieve datarelease.
            </p>
            <select id={`k${k}-indicator`} name="indicator" aria-describedby={`k${k}-indicator-hint`}>
              {[...new Set(choices.map((c) => c.group))].map((group) => (
                <optgroup key={group} label={group}>
                  {choices
                    .filter((c) => c.group === group)
                    .map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            <label for={`k${k}-doel`}>Doel</label>
            <input id={`k${k}-doel`} name="doel" type="text" />
            <button type="submit">Indicator toevoegen</button>
          </Form>
        </details>
      ) : null}
    </>
  );
}

export function KeySection(props: KeyProps): VNode {
  const k: KeyNumber = props.keyRow.key;
  const parts: [string, string][] = [
    [`sleutel-${k}`, `sleutel ${k} (geheel)`],
    ...props.actions.map((a): [string, string] => [`actie-${a.id}`, `actie: ${a.what}`]),
    ...props.indicators.map((i): [string, string] => [`indicator-${i.id}`, `indicator: ${i.baseline.title}`]),
  ];
  return (
    <section class="plan-key" id={`sleutel-${k}`} aria-labelledby={`sleutel-${k}-titel`}>
      <h2 id={`sleutel-${k}-titel`}>
        Sleutel {k}: {KEY_TITLES[k]}
      </h2>
      {props.children}
      <Texts {...props} />
      <Actions {...props} />
      <Indicators {...props} />
      <Comments comments={props.comments} />
      {props.comment ? (
        <details>
          <summary>Opmerking bij sleutel {k}</summary>
          <CommentForm nis={props.nis} csrf={props.csrf} parts={parts} idPrefix={`k${k}-opm`} />
        </details>
      ) : null}
    </section>
  );
}
