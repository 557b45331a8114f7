/** Small views shared by the plan pages: the prefill's figures, comments, action fields, conflicts. */
import type { VNode } from 'preact';
import { formatCount, formatDate, formatDateTime } from '../../domain/format.js';
import { Form } from '../../workflow/pages/form.js';
import type { Key1Prefill } from '../figures.js';
import { ACTION_KINDS, ACTION_STATUSES, type ActionKind } from '../keys.js';
import type { CommentRow } from '../repository.js';
import type { ActionFields, ActionRow } from '../repository-parts.js';
import type { OwnSurvey } from '../sources.js';

export const PLAN_CSS = [
  '.plan-key{border-top:2px solid var(--line);margin-top:2rem;padding-top:.5rem}',
  '.plan-text{white-space:pre-wrap}',
  'form.form textarea{width:min(44rem,100%);min-height:7rem;font:inherit;padding:.45rem .6rem;border:1px solid #8a8a8a;border-radius:4px}',
  'form.form select{font:inherit;padding:.3rem}',
  '.plan-comments{border-left:4px solid #00546b;padding-left:.8rem;margin:.8rem 0}',
  '.plan-conflict{border:2px solid #a4000f;padding:.6rem .9rem;margin:1rem 0}',
  '.plan-state{font-weight:700}',
].join('');

export function When({ at }: { at: Date }): VNode {
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}

export function PrefillFigures({ prefill }: { prefill: Key1Prefill }): VNode {
  return (
    <section aria-labelledby="plan-cijfers">
      <h3 id="plan-cijfers">Cijfers uit het rapport van {prefill.subject}</h3>
      <p class="meta">
        Datarelease {prefill.releaseId}, catalogusversie {prefill.catalogVersion}, jaar {prefill.year}.
        {prefill.demo ? ' Cijfers met DEMODATA zijn gegenereerde demonstratiegegevens.' : ''}
      </p>
      <table>
        <caption class="visually-hidden">Kerncijfers van {prefill.subject}</caption>
        <thead>
          <tr>
            <th scope="col">Kerncijfer</th>
            <th scope="col">{prefill.subject}</th>
            <th scope="col">Periode</th>
            <th scope="col">Vergelijking</th>
          </tr>
        </thead>
        <tbody>
          {prefill.figures.map((f) => (
            <tr key={f.indicatorId}>
              <th scope="row">
                {f.title}
                {f.demo ? ' (DEMODATA)' : ''}
              </th>
              <td>
                {f.shown}
                {f.countShown ? ` (${f.countShown})` : ''}
              </td>
              <td>{f.periodLabel}</td>
              <td>{f.comparisons.map((c) => `${c.label}: ${c.shown}`).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {prefill.similar.length > 0 ? (
        <p class="meta">Vergelijkbare gemeenten: {prefill.similar.join(', ')}.</p>
      ) : null}
    </section>
  );
}

export function OwnSurveys({ surveys }: { surveys: readonly OwnSurvey[] | undefined }): VNode | null {
  if (!surveys) return null;
  return (
    <section aria-labelledby="plan-bevragingen">
      <h3 id="plan-bevragingen">Eigen bevragingen</h3>
      {surveys.length === 0 ? (
        <p>De gemeente nam nog geen eigen bevraging af.</p>
      ) : (
        <ul>
          {surveys.map((s) => (
            <li key={s.href}>
              <a href={s.href}>{s.title}</a> ({formatDate(s.opensOn)} tot en met {formatDate(s.closesOn)}):{' '}
              {formatCount(s.submitted)}{' '}
              {s.submitted === 1 ? 'ingestuurd antwoord' : 'ingestuurde antwoorden'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Comments({ comments }: { comments: readonly CommentRow[] }): VNode | null {
  if (comments.length === 0) return null;
  return (
    <div class="plan-comments">
      <h4>Opmerkingen</h4>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <span class="plan-text">{c.body}</span> — {c.author}, <When at={c.at} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CommentForm({
  nis,
  csrf,
  parts,
  idPrefix,
}: {
  nis: string;
  csrf: string;
  /** [value, label] of the parts this form can be about. */
  parts: readonly (readonly [string, string])[];
  idPrefix: string;
}): VNode {
  return (
    <Form action={`/gemeente/${nis}/plan/opmerkingen`} csrf={csrf}>
      <label for={`${idPrefix}-over`}>Opmerking over</label>
      <select id={`${idPrefix}-over`} name="onderdeel">
        {parts.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label for={`${idPrefix}-tekst`}>Opmerking</label>
      <textarea id={`${idPrefix}-tekst`} name="tekst" required />
      <button type="submit">Opmerking plaatsen</button>
    </Form>
  );
}

const EMPTY: ActionFields = {
  what: '',
  kind: 'ander',
  owner: '',
  partners: '',
  timing: '',
  budget: '',
  status: 'gepland',
};

/** The fields of an action (new or to change). */
export function ActionInputs({ id, values = EMPTY }: { id: string; values?: ActionFields }): VNode {
  const text = (name: keyof ActionFields, label: string, hint?: string) => (
    <div>
      <label for={`${id}-${name}`}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={`${id}-${name}`}
        name={name}
        type="text"
        value={values[name]}
        required={name === 'what'}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
      />
    </div>
  );
  return (
    <>
      {text('what', 'Wat', 'De actie in één zin.')}
      <label for={`${id}-kind`}>Soort actie</label>
      <select id={`${id}-kind`} name="kind">
        {(Object.keys(ACTION_KINDS) as ActionKind[]).map((k) => (
          <option key={k} value={k} selected={values.kind === k}>
            {ACTION_KINDS[k]}
          </option>
        ))}
      </select>
      {text('owner', 'Trekker', 'Wie de actie trekt.')}
      {text('partners', 'Partners')}
      {text('timing', 'Timing', 'Bijvoorbeeld: voorjaar 2026.')}
      {text('budget', 'Budget')}
      <label for={`${id}-status`}>Status</label>
      <select id={`${id}-status`} name="status">
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s} selected={values.status === s}>
            {s}
          </option>
        ))}
      </select>
    </>
  );
}

export function actionLine(a: ActionFields): string {
  const kind = ACTION_KINDS[a.kind as ActionKind] ?? a.kind;
  return [
    `${a.what} (${kind}, ${a.status})`,
    a.owner ? `trekker: ${a.owner}` : '',
    a.partners ? `partners: ${a.partners}` : '',
    a.timing ? `timing: ${a.timing}` : '',
    a.budget ? `budget: ${a.budget}` : '',
  ]
    .filter((s) => s !== '')
    .join('; ');
}

export type ConflictNotice =
  | {
      readonly kind: 'key';
      readonly key: number;
      readonly theirs: { situation: string; goals: string; revision: number } | undefined;
      readonly yours: { situation: string; goals: string };
      readonly by: string | undefined;
      readonly at: Date | undefined;
    }
  | {
      readonly kind: 'action';
      readonly key: number;
      readonly theirs: ActionRow | undefined;
      readonly yours: ActionFields | undefined;
      readonly by: string | undefined;
      readonly at: Date | undefined;
    }
  | { readonly kind: 'indicator'; readonly key: number; readonly by: string | undefined };

export function ConflictIntro({ by, at }: { by: string | undefined; at: Date | undefined }): VNode {
  return (
    <p>
      <strong>Niet bewaard: iemand anders bewaarde dit intussen</strong>
      {by ? ` (${by}` : ''}
      {by && at ? (
        <>
          , <When at={at} />
        </>
      ) : null}
      {by ? ')' : ''}. Er ging niets verloren: hieronder staan beide versies. Neem over wat je wilt houden en
      bewaar opnieuw.
    </p>
  );
}
