/**
 * The chapter "Wat inwoners en organisaties zeggen" of a municipality's report: for each of its runs,
 * the closed questions its officer chose, as charts with n and the survey's period, and only the
 * free-text quotes the officer approved. Marked as the municipality's own survey, not official
 * statistics; a question answered by fewer than 5 respondents shows the small-number mark instead.
 */
import type { Kysely } from 'kysely';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Actor } from '../audit/repository.js';
import { recordAudit } from '../audit/repository.js';
import { formatCount, formatDate } from '../domain/format.js';
import type { Database } from '../store/tables.js';
import { quotesOf, reportItems, setQuotes, setReportItems } from './repository.js';
import { resultChartSvg } from './result-chart.js';
import { type QuestionResult, runResults, SMALL_NUMBER_MARK } from './results.js';
import { loadRunResponses } from './run-data.js';
import type { Surveys } from './service.js';
import type { SurveyRun } from './service-types.js';

export const SURVEY_CHAPTER_ID = 'wat-inwoners-en-organisaties-zeggen';
export const SURVEY_CHAPTER_TITLE = 'Wat inwoners en organisaties zeggen';

export interface ReportChoice {
  readonly questions: readonly string[];
  readonly quotes: readonly { readonly responseId: string; readonly questionId: string }[];
}

const CLOSED = new Set(['single', 'multiple', 'likert']);

export function closedQuestions(run: SurveyRun) {
  return run.survey.pages.flatMap((p) => p.questions.filter((q) => CLOSED.has(q.type)));
}

export async function reportChoice(db: Kysely<Database>, runId: number): Promise<ReportChoice> {
  const quotes = await quotesOf(db, runId);
  return {
    questions: await reportItems(db, runId),
    quotes: quotes.map((q) => ({ responseId: q.response_id, questionId: q.question_id })),
  };
}

/** Stores what an officer chose (only closed questions of the survey, only texts of this run); audited. */
export async function setReportChoice(
  surveys: Surveys,
  run: SurveyRun,
  choice: ReportChoice,
  actor: Actor,
): Promise<void> {
  const closed = new Set(closedQuestions(run).map((q) => q.id));
  const questions = [...new Set(choice.questions)].filter((q) => closed.has(q));
  const texts = runResults(run.survey, await loadRunResponses(surveys.db, run.id)).questions.flatMap((q) =>
    q.texts.map((t) => `${t.responseId}:${q.question.id}`),
  );
  const known = new Set(texts);
  const quotes = choice.quotes.filter((q) => known.has(`${q.responseId}:${q.questionId}`));
  await surveys.db.transaction().execute(async (trx) => {
    await setReportItems(trx, run.id, questions);
    await setQuotes(trx, run.id, quotes, actor.id, surveys.today());
    await recordAudit(trx, {
      actor,
      action: 'enquete.rapport_gekozen',
      subjectType: 'survey_run',
      subjectId: run.id,
      after: { questions, quotes: quotes.length },
    });
  });
  surveys.reportVersion++;
}

function QuestionFigure({
  q,
  run,
  idPrefix,
}: {
  q: QuestionResult;
  run: SurveyRun;
  idPrefix: string;
}): VNode {
  const period = `${formatDate(run.opensOn)} – ${formatDate(run.closesOn)}`;
  if (q.hidden)
    return (
      <div class="survey-figure">
        <h4>{q.text}</h4>
        <p>
          <strong>{SMALL_NUMBER_MARK}</strong> antwoorden: minder dan 5 respondenten, dus niet getoond.
        </p>
      </div>
    );
  const rows = q.items
    ? q.items.map((item) => ({ label: item.label, options: item.options, n: item.n }))
    : [{ label: '', options: q.options, n: q.n }];
  return (
    <div class="survey-figure">
      <h4>{q.text}</h4>
      {rows.map((row, i) => (
        <figure key={row.label || 'vraag'}>
          <div
            class="chart"
            // Rendered on the server by ECharts; the caption and the table give every figure.
            dangerouslySetInnerHTML={{
              __html: resultChartSvg(
                row.label ? `${q.text} – ${row.label}` : q.text,
                row.options,
                row.n,
                `${idPrefix}-${i}`,
              ),
            }}
          />
          <figcaption>
            {row.label ? `${row.label}: ` : ''}
            {row.options.map((o) => `${o.label} ${formatCount(o.count)}`).join(', ')} (n ={' '}
            {formatCount(row.n)}; {period}).
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

/** The chapter's HTML for a municipality, or undefined when none of its runs has chosen results. */
export async function surveyChapterHtml(surveys: Surveys, nis: string): Promise<string | undefined> {
  const runs = await surveys.runsOf(nis);
  const parts: VNode[] = [];
  for (const run of runs) {
    const choice = await reportChoice(surveys.db, run.id);
    if (choice.questions.length === 0 && choice.quotes.length === 0) continue;
    const results = runResults(run.survey, await loadRunResponses(surveys.db, run.id));
    const byId = new Map(results.questions.map((q) => [q.question.id, q]));
    const approved = new Set(choice.quotes.map((q) => `${q.responseId}:${q.questionId}`));
    const quotes = results.questions.flatMap((q) =>
      q.texts.filter((t) => approved.has(`${t.responseId}:${q.question.id}`)).map((t) => ({ q, t })),
    );
    parts.push(
      <div class="survey-run" key={run.id}>
        <h3>{run.title}</h3>
        <p class="note">
          <strong>Eigen bevraging van de gemeente, geen officiële statistiek.</strong>{' '}
          {run.mode === 'anonymous' ? 'Anonieme bevraging' : 'Bevraging met persoonlijke uitnodiging'} van{' '}
          {formatDate(run.opensOn)} tot {formatDate(run.closesOn)}; {formatCount(results.submitted)} verzonden
          antwoorden. Wie antwoordde, koos zelf om mee te doen: de antwoorden gelden niet voor alle inwoners.
        </p>
        {choice.questions.flatMap((id, i) => {
          const q = byId.get(id);
          return q ? [<QuestionFigure key={id} q={q} run={run} idPrefix={`enq-${run.id}-${i}`} />] : [];
        })}
        {quotes.length > 0 ? (
          <div>
            <h4>In hun eigen woorden</h4>
            {quotes.map(({ q, t }) => (
              <blockquote class="survey-quote" key={`${t.responseId}:${q.question.id}`}>
                <p>{t.text}</p>
                <footer class="meta">Antwoord op "{q.text}"</footer>
              </blockquote>
            ))}
          </div>
        ) : null}
      </div>,
    );
  }
  return parts.length === 0 ? undefined : renderToString(<div class="survey-chapter">{parts}</div>);
}
