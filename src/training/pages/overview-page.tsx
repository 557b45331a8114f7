/**
 * /vorming/overzicht (AgII): participants and attendance per municipality, a map of Flanders by
 * participation, the municipalities that never took part, and the CSV and Excel downloads.
 */
import type { VNode } from 'preact';
import { formatCount, formatPercent } from '../../domain/format.js';
import { Page } from '../../render/html/document.js';
import { PARTICIPATION_LABELS, type TrainingOverview } from '../overview.js';

export function OverviewPage({ overview, mapSvg }: { overview: TrainingOverview; mapSvg: string }): VNode {
  const taking = overview.rows
    .filter((r) => r.participation !== 'nooit')
    .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'nl'));
  const never = overview.rows.filter((r) => r.participation === 'nooit');
  const rate = overview.marked > 0 ? formatPercent(overview.present / overview.marked) : '–';
  return (
    <Page title="Vorming: overzicht per gemeente">
      <p class="meta">
        <a href="/vorming">Vorming</a>
      </p>
      <h1>Vorming: overzicht per gemeente</h1>
      <p class="lead">
        {formatCount(overview.participants)} deelnemers uit {formatCount(taking.length)} gemeenten;{' '}
        {formatCount(never.length)} van de {formatCount(overview.rows.length)} gemeenten namen nog nooit deel.
        Aanwezigheidsgraad: {rate} ({formatCount(overview.present)} keer aanwezig of te laat op{' '}
        {formatCount(overview.marked)} genoteerde aanwezigheden).
      </p>
      <p class="downloads">
        Download: <a href="/vorming/overzicht.csv">CSV</a> · <a href="/vorming/overzicht.xlsx">Excel</a>
      </p>
      <figure class="chart" dangerouslySetInnerHTML={{ __html: mapSvg }} />
      <div class="table-wrap">
        <table>
          <caption>Gemeenten die deelnamen</caption>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">Provincie</th>
              <th scope="col">Deelname</th>
              <th scope="col">Deelnemers</th>
              <th scope="col">Inschrijvingen</th>
              <th scope="col">Aanwezigheidsgraad</th>
            </tr>
          </thead>
          <tbody>
            {taking.map((r) => (
              <tr key={r.nis}>
                <th scope="row">{r.name}</th>
                <td>{r.province}</td>
                <td>{PARTICIPATION_LABELS[r.participation]}</td>
                <td>{formatCount(r.participants)}</td>
                <td>{formatCount(r.registrations)}</td>
                <td>
                  {r.rate === null
                    ? 'nog niets genoteerd'
                    : `${formatPercent(r.rate)} (${formatCount(r.present)} van ${formatCount(r.marked)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Nog nooit deelgenomen ({formatCount(never.length)})</h2>
      <ul class="columns">
        {never.map((r) => (
          <li key={r.nis}>{r.name}</li>
        ))}
      </ul>
    </Page>
  );
}
