/**
 * /gemeente/:nis/rondvraag: a municipality's own officers (and AgII) see the municipality's answer to
 * the rondvraag and, until the closing day, change it through the municipality's own link.
 */
import type { VNode } from 'preact';
import { formatDate } from '../../domain/format.js';
import { Page } from '../../render/html/document.js';
import type { AnswerLine } from '../answer-text.js';
import { lastDay } from '../closing.js';
import { type RondvraagRow, STATE_LABELS } from '../overview.js';
import { Day } from './status.js';

export interface OwnPageProps {
  readonly name: string;
  readonly title: string | undefined;
  readonly closesAt: Date | undefined;
  readonly open: boolean;
  readonly row: RondvraagRow | undefined;
  readonly lines: readonly AnswerLine[];
  /** The municipality's answering link, while the rondvraag is open and it was invited. */
  readonly link: string | undefined;
}

export function OwnRondvraagPage(props: OwnPageProps): VNode {
  const { row } = props;
  const invited = row && row.state !== 'niet-bevraagd';
  return (
    <Page title={`Rondvraag – ${props.name}`}>
      <h1>Rondvraag: {props.name}</h1>
      {!props.title || !invited ? (
        <p>{props.name} kreeg (nog) geen uitnodiging voor een rondvraag van AgII.</p>
      ) : (
        <>
          <p>
            <strong>{props.title}</strong>.{' '}
            {props.open ? 'Antwoorden of wijzigen kan tot en met ' : 'De rondvraag is gesloten na '}
            {props.closesAt ? formatDate(lastDay(props.closesAt)) : ''}.
          </p>
          <p>
            Toestand: <strong>{STATE_LABELS[row.state]}</strong>
            {row.answeredAt ? (
              <>
                {' '}
                (verstuurd op <Day at={row.answeredAt} />)
              </>
            ) : null}
            .
          </p>
          {props.lines.length > 0 ? (
            <>
              <h2>{row.state === 'beantwoord' ? 'Jullie antwoord' : 'Wat al ingevuld is'}</h2>
              <dl>
                {props.lines.map((l) => (
                  <div key={l.questionId}>
                    <dt>{l.question}</dt>
                    <dd>{l.answer}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {props.link ? (
            <p>
              <a class="button" href={props.link}>
                {row.state === 'beantwoord'
                  ? 'Antwoord wijzigen'
                  : row.state === 'begonnen'
                    ? 'Verder invullen'
                    : 'Rondvraag invullen'}
              </a>
            </p>
          ) : null}
        </>
      )}
    </Page>
  );
}
