/**
 * The inburgering dashboard page: the selection form, the view's chart (server-rendered SVG, replaced
 * by an ECharts island from the same option when JavaScript runs), its downloads and its table.
 */
import type { VNode } from 'preact';
import { ABSENT_FILTERS, type FilterDef } from '../../../dashboard/facts.js';
import type { DashboardResult } from '../../../dashboard/query.js';
import { areaParam, type DashboardSelection, selectionSearch, VIEWS } from '../../../dashboard/selection.js';
import type { DashboardView } from '../../../dashboard/view.js';
import { DemoMark } from '../demo.js';
import { Page } from '../document.js';
import { type AreaGroups, SelectionForm, VIEW_LABEL } from './selection-form.js';

export interface DashboardPageProps {
  readonly result: DashboardResult;
  readonly view: DashboardView;
  readonly filters: readonly FilterDef[];
  readonly areas: readonly AreaGroups[];
  /** The chart as inline SVG, null for the table view. */
  readonly chartSvg: string | null;
  /** The island's data (option, size, maps, links), JSON; null without a chart. */
  readonly chartJson: string | null;
}

const BASE = '/dashboard/inburgering';

export function dashboardHref(s: DashboardSelection, change: Partial<DashboardSelection> = {}): string {
  return `${BASE}${selectionSearch(s, change)}`;
}

function DemoNotice(): VNode {
  return (
    <div class="demo-banner" role="note">
      <strong>Let op: dit dashboard toont demonstratiedata.</strong> Voor instroom en inburgering bestaat geen
      open bestand: de cijfers met het label DEMODATA zijn gegenereerd en fictief, om te tonen hoe het
      dashboard werkt. De bevolkingscijfers (Statbel) zijn echt.
    </div>
  );
}

function ViewTabs({ s }: { s: DashboardSelection }): VNode {
  return (
    <nav aria-label="Weergave" class="view-tabs">
      <ul>
        {VIEWS.map((v) => (
          <li>
            <a href={dashboardHref(s, { view: v })} aria-current={v === s.view ? 'page' : undefined}>
              {VIEW_LABEL[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Downloads({ s, chart }: { s: DashboardSelection; chart: boolean }): VNode {
  const q = selectionSearch(s);
  return (
    <ul class="downloads" aria-label="Downloads van deze weergave">
      <li>
        <a href={`${BASE}/weergave.csv${q}`} download>
          CSV
        </a>
      </li>
      <li>
        <a href={`${BASE}/weergave.xlsx${q}`} download>
          Excel
        </a>
      </li>
      {chart ? (
        <li>
          <a href={`${BASE}/grafiek.svg${q}`} download>
            Grafiek (SVG)
          </a>
        </li>
      ) : null}
      {chart ? (
        <li>
          <button type="button" id="download-png" hidden>
            Grafiek (PNG)
          </button>
        </li>
      ) : null}
    </ul>
  );
}

export function DashboardPage(props: DashboardPageProps): VNode {
  const { result, view } = props;
  const s = result.selection;
  const t = view.table;
  const municipality = result.subject.level === 'municipality' ? result.subject : null;
  return (
    <Page
      title={`Dashboard inburgering: ${view.title}`}
      description="Instroom en inburgering per gemeente, provincie en Vlaams Gewest: evolutie, rangschikking, kaart en tabel."
      banner={view.demo ? <DemoNotice /> : undefined}
    >
      <h1>
        Dashboard instroom en inburgering
        {view.demo ? <DemoMark /> : null}
      </h1>
      <p class="lead">
        {view.title}: {view.selectionText}.
        {municipality ? (
          <>
            {' '}
            <a href={`/gemeente/${municipality.nis}`}>Cijferrapport van {municipality.name}</a>
          </>
        ) : null}
      </p>
      <SelectionForm selection={s} filters={props.filters} years={result.years} areas={props.areas} />
      <details class="absent-filters">
        <summary>Welke filters ontbreken, en waarom?</summary>
        <ul>
          {ABSENT_FILTERS.map((f) => (
            <li>{f}</li>
          ))}
          <li>
            Twee filters samen: de beschermingsplannen dekken elk filter afzonderlijk. Een combinatie zou
            kleine aantallen kunnen onthullen en wordt daarom niet gepubliceerd (n.b.).
          </li>
        </ul>
      </details>
      {result.notes.length || view.provisionalYear ? (
        <ul class="notes">
          {result.notes.map((n) => (
            <li>{n}</li>
          ))}
          {view.provisionalYear ? <li>De cijfers van {view.provisionalYear} zijn voorlopig.</li> : null}
        </ul>
      ) : null}
      <ViewTabs s={s} />
      <section aria-labelledby="weergave-kop">
        <h2 id="weergave-kop">
          {VIEW_LABEL[s.view]}: {view.chartTitle}
        </h2>
        {props.chartSvg ? (
          <figure class="chart dashboard-chart" aria-labelledby="grafiek-bijschrift">
            <div id="dashboard-chart-svg" dangerouslySetInnerHTML={{ __html: props.chartSvg }} />
            <div id="dashboard-chart-island" hidden />
            <figcaption id="grafiek-bijschrift">
              {view.source}. Periode: {view.periodText}. Selectie: {view.selectionText}.
              {view.demo ? ' DEMODATA: gegenereerde, fictieve cijfers.' : ''}
              {s.view === 'kaart' ? ' Klik op een gemeente voor haar dashboard; de tabel linkt ook.' : ''}
            </figcaption>
          </figure>
        ) : null}
        <Downloads s={s} chart={props.chartSvg !== null} />
        <div class="table-wrap">
          <table id="dashboard-tabel">
            <caption>
              {t.caption}
              {view.demo ? <DemoMark /> : null}
            </caption>
            <thead>
              <tr>
                {t.columns.map((c) => (
                  <th scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((row, i) => (
                <tr>
                  {row.map((cell, j) => {
                    const nis = t.municipalities[i];
                    if (j === 1 && nis)
                      return (
                        <th scope="row">
                          <a href={dashboardHref(s, { area: { level: 'municipality', nis }, view: 'trend' })}>
                            {cell}
                          </a>
                        </th>
                      );
                    return j === 0 && !nis ? <th scope="row">{cell}</th> : <td>{cell}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="source">
          {view.source}. &lt; 5: een aantal van 0 tot 4, verborgen om kleine aantallen te beschermen; x:
          verborgen zodat geen klein aantal af te leiden is; n.b.: niet beschikbaar of niet gepubliceerd voor
          deze combinatie.
        </p>
      </section>
      {props.chartJson ? (
        <>
          <script
            type="application/json"
            id="dashboard-chart"
            dangerouslySetInnerHTML={{ __html: props.chartJson }}
          />
          <script src={`${BASE}/echarts.min.js`} defer />
          <script src={`${BASE}/eiland.js`} defer />
        </>
      ) : null}
    </Page>
  );
}

export { areaParam };
