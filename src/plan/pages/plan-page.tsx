/** /gemeente/:nis/plan: the plan of approach of one municipality, or how to start one. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import type { IndicatorChoice } from '../figures.js';
import { KEYS, STATE_LABELS } from '../keys.js';
import type { PlanView } from '../service.js';
import type { OwnSurvey } from '../sources.js';
import { editable, transitionsFrom } from '../states.js';
import { KeySection } from './key-section.js';
import {
  CommentForm,
  Comments,
  type ConflictNotice,
  OwnSurveys,
  PLAN_CSS,
  PrefillFigures,
  When,
} from './parts.js';

export interface PlanAccess {
  /** An officer of this municipality. */
  readonly officer: boolean;
  /** AgII or a trainer. */
  readonly coach: boolean;
}

export interface PlanPageProps {
  readonly nis: string;
  readonly label: string;
  readonly view: PlanView | undefined;
  readonly access: PlanAccess;
  readonly csrf: string;
  readonly choices: readonly IndicatorChoice[];
  /** "Sinds het plan" per indicator id (null: same release as the plan). */
  readonly since: ReadonlyMap<number, string | null>;
  readonly activeRelease: string | undefined;
  /** The municipality's own questionnaires (undefined: the survey module is not there). */
  readonly surveys?: readonly OwnSurvey[];
  readonly conflict?: ConflictNotice;
  readonly notice?: string;
  readonly error?: string;
}

function Start({ nis, access, csrf }: PlanPageProps): VNode {
  return access.officer ? (
    <>
      <p>
        Je gemeente heeft nog geen plan van aanpak. Een nieuw plan krijgt de vijf sleutels tot succes; sleutel
        1, "Ken je realiteit", wordt ingevuld met de kerncijfers en vergelijkingen uit het cijferrapport van
        je gemeente.
      </p>
      <Form action={`/gemeente/${nis}/plan`} csrf={csrf}>
        <button type="submit">Plan van aanpak starten</button>
      </Form>
    </>
  ) : (
    <p>Deze gemeente heeft nog geen plan van aanpak.</p>
  );
}

export function PlanPage(props: PlanPageProps): VNode {
  const { nis, label, view, access } = props;
  const title = `Plan van aanpak ${label}`;
  return (
    <Page title={title}>
      <style dangerouslySetInnerHTML={{ __html: PLAN_CSS }} />
      <h1>{title}</h1>
      {props.notice ? (
        <p class="note" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorMessage message={props.error} />
      {view ? <Plan {...props} view={view} /> : <Start {...props} />}
      {access.coach ? (
        <p>
          <a href="/plannen">Overzicht van alle plannen</a>
        </p>
      ) : null}
      <p>
        <a href={`/gemeente/${nis}`}>Het cijferrapport van {label}</a>
      </p>
    </Page>
  );
}

function Plan(props: PlanPageProps & { view: PlanView }): VNode {
  const { nis, view, access, csrf } = props;
  const { plan } = view;
  const edit = access.officer && editable(plan.state);
  const comment = access.officer || access.coach;
  const moves = [
    ...(access.officer ? transitionsFrom(plan.state, 'officer') : []),
    ...(access.coach ? transitionsFrom(plan.state, 'coach') : []),
  ];
  const commentsOf = (part: string) => view.comments.filter((c) => c.part === part);
  return (
    <>
      <p>
        Status: <span class="plan-state">{STATE_LABELS[plan.state]}</span> · versie {plan.version} · laatst
        gewijzigd <When at={plan.updatedAt} /> ·{' '}
        <a href={`/gemeente/${nis}/plan/geschiedenis`}>geschiedenis</a>
      </p>
      <p>
        Downloaden: <a href={`/gemeente/${nis}/plan.docx`}>Word (.docx)</a> ·{' '}
        <a href={`/gemeente/${nis}/plan.pdf`}>PDF</a> · <a href={`/gemeente/${nis}/plan.json`}>JSON</a>
      </p>
      {props.activeRelease && props.activeRelease !== plan.releaseId ? (
        <p class="note">
          Er is een nieuwere datarelease ({props.activeRelease}) dan die waarmee het plan begon (
          {plan.releaseId}): bij elke gekozen indicator staat wat er sinds het plan veranderde.
        </p>
      ) : null}
      {moves.map((t) => (
        <Form
          key={t.to}
          action={`/gemeente/${nis}/plan/${t.by === 'coach' ? 'feedback' : 'status'}`}
          csrf={csrf}
          inline
        >
          <input type="hidden" name="naar" value={t.to} />
          <button type="submit">{t.label}</button>
        </Form>
      ))}
      {access.officer && !editable(plan.state) ? (
        <p class="hint">
          {plan.state === 'ingediend'
            ? 'Het plan is ingediend en wacht op feedback; aanpassen kan na de feedback of als je de indiening terugneemt.'
            : 'Het plan is definitief; heropen het om een nieuwe versie te maken.'}
        </p>
      ) : null}
      <Comments comments={commentsOf('plan')} />
      {KEYS.map((k) => {
        const keyRow = view.keys.find((r) => r.key === k);
        if (!keyRow) return null;
        const actions = view.actions.filter((a) => a.key === k);
        const indicators = view.indicators
          .filter((i) => i.key === k)
          .map((i) => ({ ...i, since: props.since.get(i.id) ?? null }));
        const parts = new Set([
          `sleutel-${k}`,
          ...actions.map((a) => `actie-${a.id}`),
          ...indicators.map((i) => `indicator-${i.id}`),
        ]);
        return (
          <KeySection
            key={k}
            nis={nis}
            keyRow={keyRow}
            actions={actions}
            indicators={indicators}
            comments={view.comments.filter((c) => parts.has(c.part))}
            edit={edit}
            comment={comment}
            csrf={csrf}
            choices={props.choices}
            conflict={props.conflict?.key === k ? props.conflict : undefined}
          >
            {k === 1 ? (
              <>
                <PrefillFigures prefill={plan.prefill} />
                <OwnSurveys surveys={props.surveys} />
              </>
            ) : null}
          </KeySection>
        );
      })}
      {comment ? (
        <section class="plan-key" aria-labelledby="plan-opmerking">
          <h2 id="plan-opmerking">Opmerking bij het hele plan</h2>
          <CommentForm nis={nis} csrf={csrf} parts={[['plan', 'het hele plan']]} idPrefix="plan-opm" />
        </section>
      ) : null}
    </>
  );
}
