/** The officer's pages: a municipality's surveys (start a run from a template) and one run's results. */
import type { VNode } from 'preact';
import { formatCount, formatDate, formatPercent } from '../../domain/format.js';
import { Page } from '../../render/html/document.js';
import { Form } from '../../workflow/pages/form.js';
import type { ShippedSurvey } from '../load.js';
import { resultChartSvg } from '../result-chart.js';
import { type QuestionResult, type RunResults, SMALL_NUMBER_MARK } from '../results.js';
import type { SurveyRun } from '../service-types.js';
import { textIn } from '../text.js';

export function SurveysPage(props: {
  nis: string;
  municipality: string;
  templates: readonly ShippedSurvey[];
  runs: readonly SurveyRun[];
  csrf: string;
  today: string;
  error?: string;
}): VNode {
  const base = `/gemeente/${props.nis}/enquetes`;
  return (
    <Page title={`Bevragingen – ${props.municipality}`}>
      <h1>Bevragingen van {props.municipality}</h1>
      <p>
        Eigen bevragingen van de gemeente (geen officiële statistiek). Alleen de eigen medewerkers en AgII
        zien de antwoorden.
      </p>
      <h2>Lopende en afgesloten bevragingen</h2>
      {props.runs.length === 0 ? (
        <p>Nog geen bevragingen.</p>
      ) : (
        <ul>
          {props.runs.map((r) => (
            <li key={r.id}>
              <a href={`${base}/${r.id}`}>{r.title}</a> (
              {r.mode === 'anonymous' ? 'anoniem' : 'met uitnodiging'}, {formatDate(r.opensOn)} tot{' '}
              {formatDate(r.closesOn)})
            </li>
          ))}
        </ul>
      )}
      <h2>Een nieuwe bevraging starten</h2>
      {props.error ? (
        <p class="error" role="alert" id="fout">
          {props.error}
        </p>
      ) : (
        <span />
      )}
      <Form action={base} csrf={props.csrf}>
        <fieldset>
          <legend>Vragenlijst (uit het draaiboek)</legend>
          {props.templates.map((t, i) => (
            <div key={t.survey.id}>
              <input
                type="radio"
                id={`sjabloon-${t.survey.id}`}
                name="sjabloon"
                value={t.survey.id}
                checked={i === 0}
              />
              <label for={`sjabloon-${t.survey.id}`} style="display:inline;font-weight:normal">
                {textIn(t.survey.title, 'nl')} ({t.survey.audience})
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Wijze</legend>
          <div>
            <input type="radio" id="wijze-anoniem" name="wijze" value="anonymous" checked />
            <label for="wijze-anoniem" style="display:inline;font-weight:normal">
              Anoniem: een open link en QR-code (voor inwoners)
            </label>
          </div>
          <div>
            <input type="radio" id="wijze-uitnodiging" name="wijze" value="identified" />
            <label for="wijze-uitnodiging" style="display:inline;font-weight:normal">
              Met persoonlijke uitnodiging (voor diensten en organisaties)
            </label>
          </div>
        </fieldset>
        <label for="opent">Opent op</label>
        <input type="date" id="opent" name="opent" value={props.today} required />
        <label for="sluit">Sluit op (die dag inbegrepen)</label>
        <input
          type="date"
          id="sluit"
          name="sluit"
          required
          aria-describedby={props.error ? 'fout' : undefined}
        />
        <button type="submit">Bevraging starten</button>
      </Form>
    </Page>
  );
}

function Counts({ q }: { q: QuestionResult }): VNode {
  if (q.hidden)
    return (
      <p>
        <strong>{SMALL_NUMBER_MARK}</strong> antwoorden: minder dan 5 respondenten, dus niet getoond.
      </p>
    );
  if (q.items)
    return (
      <table>
        <caption>
          {q.text} (n = {formatCount(q.n)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            {q.items[0]?.options.map((o) => (
              <th scope="col" key={o.value}>
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {q.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              {item.options.map((o) => (
                <td key={o.value}>{formatCount(o.count)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  if (q.options.length > 0)
    return (
      <div>
        {/* Rendered on the server by ECharts; the table below has every figure. */}
        <div
          class="chart"
          dangerouslySetInnerHTML={{ __html: resultChartSvg(q.text, q.options, q.n, `v-${q.question.id}`) }}
        />
        <table>
          <caption>
            {q.text} (n = {formatCount(q.n)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Antwoord</th>
              <th scope="col">Aantal</th>
              <th scope="col">Aandeel</th>
            </tr>
          </thead>
          <tbody>
            {q.options.map((o) => (
              <tr key={o.value}>
                <th scope="row">{o.label}</th>
                <td>{formatCount(o.count)}</td>
                <td>{formatPercent(q.n === 0 ? 0 : o.count / q.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  if (q.numbers)
    return (
      <p>
        n = {formatCount(q.n)}; gemiddelde{' '}
        {formatCount(Math.round((q.numbers.reduce((a, b) => a + b, 0) / Math.max(1, q.n)) * 10) / 10)}
      </p>
    );
  return <p>n = {formatCount(q.n)}</p>;
}

export function ResultsPage(props: {
  nis: string;
  run: SurveyRun;
  results: RunResults;
  openLink: string;
  filter?: { question: string; value: string; label: string };
  filters: readonly { question: string; value: string; label: string }[];
}): VNode {
  const { run, results } = props;
  const base = `/gemeente/${props.nis}/enquetes/${run.id}`;
  return (
    <Page title={`${run.title} – resultaten`}>
      <p class="meta">
        <a href={`/gemeente/${props.nis}/enquetes`}>Bevragingen</a>
      </p>
      <h1>{run.title}</h1>
      <p>
        Eigen bevraging van de gemeente, geen officiële statistiek.{' '}
        {run.mode === 'anonymous' ? 'Anoniem' : 'Met persoonlijke uitnodiging'}, van {formatDate(run.opensOn)}{' '}
        tot {formatDate(run.closesOn)}.
      </p>
      {run.mode === 'anonymous' ? (
        <p>
          Open link: <a href={props.openLink}>{props.openLink}</a> ·{' '}
          <a href={`/enquete/${run.slug}/qr.svg`}>QR-code (SVG)</a>
        </p>
      ) : (
        <span />
      )}
      <p>
        <strong>{formatCount(results.submitted)}</strong> verzonden antwoorden, {formatCount(results.started)}{' '}
        begonnen en niet verzonden. Downloads: <a href={`${base}/antwoorden.csv`}>CSV</a>,{' '}
        <a href={`${base}/antwoorden.xlsx`}>Excel (met codeboek)</a>.
      </p>
      <h2>Antwoorden per dag</h2>
      {results.perDay.length === 0 ? (
        <p>Nog geen verzonden antwoorden.</p>
      ) : (
        <table>
          <caption>Verzonden antwoorden per dag</caption>
          <thead>
            <tr>
              <th scope="col">Dag</th>
              <th scope="col">Antwoorden</th>
            </tr>
          </thead>
          <tbody>
            {results.perDay.map((d) => (
              <tr key={d.day}>
                <td>{formatDate(d.day)}</td>
                <td>{formatCount(d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Filter</h2>
      <form method="get" action={base} class="form">
        <label for="filter">Alleen de respondenten die antwoordden:</label>
        <select id="filter" name="filter">
          <option value="">Iedereen</option>
          {props.filters.map((f) => (
            <option
              key={`${f.question}:${f.value}`}
              value={`${f.question}:${f.value}`}
              selected={props.filter?.question === f.question && props.filter.value === f.value}
            >
              {f.label}
            </option>
          ))}
        </select>
        <button type="submit">Toepassen</button>
      </form>
      {props.filter ? (
        <p role="status">
          Groep: {props.filter.label} —{' '}
          {results.groupHidden
            ? `${SMALL_NUMBER_MARK} respondenten: niet getoond`
            : `${formatCount(results.groupSize)} respondenten`}
          .
        </p>
      ) : (
        <span />
      )}
      <h2>Per vraag</h2>
      {results.questions.map((q) => (
        <section key={q.question.id} aria-labelledby={`vraag-${q.question.id}`}>
          <h3 id={`vraag-${q.question.id}`}>{q.text}</h3>
          <Counts q={q} />
          {q.texts.length > 0 ? (
            <details>
              <summary>{formatCount(q.texts.length)} geschreven antwoorden</summary>
              <ul>
                {q.texts.map((t) => (
                  <li key={t.responseId}>{t.text}</li>
                ))}
              </ul>
            </details>
          ) : (
            <span />
          )}
        </section>
      ))}
    </Page>
  );
}
