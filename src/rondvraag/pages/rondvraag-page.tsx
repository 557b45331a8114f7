/**
 * /beheer/rondvraag (AgII): the rondvraag of all municipalities — the response rate live (overall and
 * per province), a map, contacts and sending, reminders, the combined adoption view (what the
 * municipality said next to what the usage counts show) and the answers.
 */
import type { VNode } from 'preact';
import { formatCount, formatDate } from '../../domain/format.js';
import { ADOPTION_LABELS, type Adoption } from '../../usage/overview.js';
import { AdminPage } from '../../workflow/pages/admin-layout.js';
import { ErrorMessage } from '../../workflow/pages/form.js';
import type { AnswerLine } from '../answer-text.js';
import { lastDay } from '../closing.js';
import { type ContactProblem, problemText } from '../contacts-csv.js';
import { type RondvraagOverview, STATE_LABELS, USE_LABELS, type UseAnswer } from '../overview.js';
import type { ReminderRecord } from '../repository.js';
import type { CurrentRondvraag } from '../service.js';
import { ContactsForm, OpenRondvraagForms, StartForm } from './forms.js';
import { Day, Moment, Notice, rateText } from './status.js';

export interface RondvraagPageProps {
  readonly title: string;
  readonly rondvraag: CurrentRondvraag | undefined;
  readonly open: boolean;
  readonly contacts: number;
  readonly overview: RondvraagOverview;
  readonly reminders: readonly ReminderRecord[];
  readonly mapSvg: string;
  readonly answers: readonly {
    readonly nis: string;
    readonly name: string;
    readonly lines: readonly AnswerLine[];
  }[];
  readonly csrf: string;
  readonly notice?: string;
  readonly error?: string;
  readonly problems?: readonly ContactProblem[];
}

const REMINDER_STATUS = {
  planned: 'gepland',
  sent: 'verstuurd',
  skipped: 'niet verstuurd (gesloten)',
} as const;
const USES: readonly UseAnswer[] = ['ja', 'nee', 'weet-niet'];
const ADOPTIONS: readonly Adoption[] = ['eigen', 'bekeken', 'geen'];

function Problems({ problems }: { problems: readonly ContactProblem[] | undefined }): VNode | null {
  if (!problems?.length) return null;
  const shown = problems.slice(0, 100);
  return (
    <div class="error" role="alert">
      <p>
        Er is niets geïmporteerd: het bestand heeft{' '}
        {problems.length === 1 ? 'een probleem' : `${problems.length} problemen`}.
      </p>
      <ul>
        {shown.map((p) => (
          <li key={`${p.line}-${p.message}`}>{problemText(p)}</li>
        ))}
      </ul>
      {problems.length > shown.length ? <p>… en nog {problems.length - shown.length}.</p> : null}
    </div>
  );
}

function Combined({ overview }: { overview: RondvraagOverview }): VNode {
  const n = (use: UseAnswer, adoption: Adoption) =>
    overview.combined.find((c) => c.use === use && c.adoption === adoption)?.n ?? 0;
  return (
    <table>
      <caption>
        Beantwoorde gemeenten: gebruikt volgens de rondvraag × gebruik volgens de tellingen (laatste 12
        maanden)
      </caption>
      <thead>
        <tr>
          <th scope="col">Volgens de rondvraag</th>
          {ADOPTIONS.map((a) => (
            <th key={a} scope="col">
              {ADOPTION_LABELS[a]}
            </th>
          ))}
          <th scope="col">Samen</th>
        </tr>
      </thead>
      <tbody>
        {USES.map((u) => (
          <tr key={u}>
            <th scope="row">{USE_LABELS[u]}</th>
            {ADOPTIONS.map((a) => (
              <td key={a} class="num">
                {formatCount(n(u, a))}
              </td>
            ))}
            <td class="num">{formatCount(overview.use[u])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RondvraagPage(props: RondvraagPageProps): VNode {
  const { overview, rondvraag } = props;
  const notInvited = overview.rows.filter((r) => r.contact && r.state === 'niet-bevraagd').length;
  return (
    <AdminPage title="Rondvraag bij de gemeenten">
      <Notice text={props.notice} />
      <ErrorMessage message={props.error} />
      <Problems problems={props.problems} />
      <p>
        Vragenlijst: <strong>{props.title}</strong>.{' '}
        {rondvraag ? (
          <>
            Gestart op <Day at={rondvraag.createdAt} />;{' '}
            {props.open ? 'antwoorden kan tot en met ' : 'gesloten na '}
            <strong>{formatDate(lastDay(rondvraag.closesAt))}</strong>.
          </>
        ) : (
          'Nog niet gestart.'
        )}
      </p>
      <p class="big" id="respons">
        <strong>{rateText(overview.total)}</strong>
      </p>

      <h2 id="per-provincie">Per provincie</h2>
      <table>
        <caption>Respons per provincie</caption>
        <thead>
          <tr>
            <th scope="col">Provincie</th>
            <th scope="col">Uitgenodigd</th>
            <th scope="col">Beantwoord</th>
            <th scope="col">Respons</th>
          </tr>
        </thead>
        <tbody>
          {overview.provinces.map((p) => (
            <tr key={p.province}>
              <th scope="row">{p.province}</th>
              <td class="num">{formatCount(p.invited)}</td>
              <td class="num">{formatCount(p.answered)}</td>
              <td>{rateText(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="kaart">Kaart</h2>
      <figure class="chart" dangerouslySetInnerHTML={{ __html: props.mapSvg }} />

      <h2 id="contacten">Contacten</h2>
      <p>
        {formatCount(props.contacts)} gemeenten hebben een contact
        {props.contacts > 0 ? ' (de tabel hieronder geeft het adres per gemeente)' : ''}.
      </p>
      <ContactsForm csrf={props.csrf} />

      <h2 id="versturen">Versturen</h2>
      {!rondvraag || !props.open ? (
        <StartForm csrf={props.csrf} contacts={props.contacts} />
      ) : (
        <OpenRondvraagForms csrf={props.csrf} rondvraag={rondvraag} notInvited={notInvited} />
      )}
      {props.reminders.length > 0 ? (
        <table>
          <caption>Herinneringen</caption>
          <thead>
            <tr>
              <th scope="col">Gepland op</th>
              <th scope="col">Toestand</th>
              <th scope="col">Verstuurd</th>
            </tr>
          </thead>
          <tbody>
            {props.reminders.map((r) => (
              <tr key={r.id}>
                <td>
                  <Moment at={r.dueAt} />
                </td>
                <td>{REMINDER_STATUS[r.status]}</td>
                <td class="num">{r.status === 'sent' ? formatCount(r.sentCount) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2 id="gebruik">Gebruik volgens de rondvraag en volgens de tellingen</h2>
      <Combined overview={overview} />
      <div class="table-wrap">
        <table class="usage">
          <caption>{overview.rows.length} gemeenten</caption>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">Provincie</th>
              <th scope="col">Contact</th>
              <th scope="col">Rondvraag</th>
              <th scope="col">Gebruikt volgens de rondvraag</th>
              <th scope="col">Volgens de tellingen</th>
              <th scope="col">Bekeken</th>
              <th scope="col">Gedownload</th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((r) => (
              <tr key={r.nis}>
                <th scope="row">{r.name}</th>
                <td>{r.province}</td>
                <td>{r.contact ?? '–'}</td>
                <td>
                  {STATE_LABELS[r.state]}
                  {r.invitation && r.invitation.reminders > 0
                    ? ` (${r.invitation.reminders} ${r.invitation.reminders === 1 ? 'herinnering' : 'herinneringen'})`
                    : ''}
                </td>
                <td>{r.use ? USE_LABELS[r.use] : '–'}</td>
                <td>{r.adoption ? ADOPTION_LABELS[r.adoption] : '–'}</td>
                <td class="num">{formatCount(r.views)}</td>
                <td class="num">{formatCount(r.downloads)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="antwoorden">Antwoorden</h2>
      {props.answers.length === 0 ? <p>Nog geen verstuurde antwoorden.</p> : null}
      {props.answers.map((a) => (
        <section key={a.nis} aria-labelledby={`antwoord-${a.nis}`}>
          <h3 id={`antwoord-${a.nis}`}>{a.name}</h3>
          <dl>
            {a.lines.map((l) => (
              <div key={l.questionId}>
                <dt>{l.question}</dt>
                <dd>{l.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </AdminPage>
  );
}
