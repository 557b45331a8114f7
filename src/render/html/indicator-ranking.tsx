/**
 * The indicator page's explorer of all municipalities (one division, one period): a form (GET, works
 * without JavaScript) to choose the year, division, province and order; the Flanders map; the table with
 * arrondissement and province; and the CSV of exactly that table.
 */
import type { VNode } from 'preact';
import { DIVISION_LABEL, DIVISIONS, type Division } from '../../domain/division.js';
import type { IndicatorRanking, RankedMunicipality } from '../../publish/indicator-ranking.js';
import { RANKING_SORTS, type RankingSelection, SORT_LABEL } from '../../publish/ranking-selection.js';
import { DemoMark } from './demo.js';

export interface ExplorerState {
  readonly indicator: string;
  readonly division: Division;
  readonly year: number;
  readonly years: readonly number[];
  readonly provinces: readonly { readonly nis: string; readonly name: string }[];
  readonly selection: RankingSelection;
  /** The rows shown: the ranking filtered and sorted as selected. */
  readonly rows: readonly RankedMunicipality[];
}

/** The query of the current selection (the permalink, and the CSV of the table). */
export function explorerQuery(state: ExplorerState): string {
  const q = new URLSearchParams({ indeling: state.division, jaar: String(state.year) });
  if (state.selection.province) q.set('provincie', state.selection.province);
  if (state.selection.sort !== 'plaats') q.set('sorteer', state.selection.sort);
  return q.toString();
}

function ExplorerForm({ state }: { state: ExplorerState }): VNode {
  return (
    <form class="controls" method="get" action={`/indicator/${state.indicator}`}>
      <div>
        <label for="jaar">Jaar</label>
        <select id="jaar" name="jaar">
          {state.years.map((y) => (
            <option key={y} value={String(y)} selected={y === state.year}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="indeling">Gemeentelijke indeling</label>
        <select id="indeling" name="indeling">
          {DIVISIONS.map((d) => (
            <option key={d} value={d} selected={d === state.division}>
              {DIVISION_LABEL[d]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="provincie">Provincie</label>
        <select id="provincie" name="provincie">
          <option value="" selected={!state.selection.province}>
            alle provincies
          </option>
          {state.provinces.map((p) => (
            <option key={p.nis} value={p.nis} selected={p.nis === state.selection.province}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="sorteer">Sorteer op</label>
        <select id="sorteer" name="sorteer">
          {RANKING_SORTS.map((s) => (
            <option key={s} value={s} selected={s === state.selection.sort}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Toon</button>
    </form>
  );
}

export function RankingView({
  ranking,
  title,
  state,
}: {
  ranking: IndicatorRanking;
  title: string;
  state: ExplorerState;
}): VNode {
  const what = `${title}${ranking.categoryLabel ? ` (${ranking.categoryLabel})` : ''}`;
  const { rows } = state;
  const shown = rows.filter((r) => r.rank !== null).length;
  const province = state.provinces.find((p) => p.nis === state.selection.province);
  const where = province ? `provincie ${province.name}` : 'Vlaanderen';
  return (
    <section id="alle-gemeenten" aria-labelledby="alle-gemeenten-kop">
      <h2 id="alle-gemeenten-kop">
        Alle gemeenten
        {ranking.demo ? <DemoMark /> : null}
      </h2>
      <ExplorerForm state={state} />
      <p>
        {what}, {ranking.periodLabel}, indeling {DIVISION_LABEL[state.division]}, {where}: {shown} van de{' '}
        {rows.length} gemeenten hebben een getoond cijfer. De plaats is die in heel Vlaanderen, van hoog naar
        laag; gemeenten zonder getoond cijfer hebben geen plaats, met waarom.
      </p>
      {ranking.mapSvg ? <figure class="chart" dangerouslySetInnerHTML={{ __html: ranking.mapSvg }} /> : null}
      <p>
        <a href={`/indicator/${state.indicator}/tabel.csv?${explorerQuery(state)}`}>
          Download deze tabel (CSV)
        </a>
      </p>
      <div class="table-wrap">
        <table class="abs ranking">
          <caption>
            {what}: gemeenten van {where}, {ranking.periodLabel}, gesorteerd op{' '}
            {SORT_LABEL[state.selection.sort]}
          </caption>
          <thead>
            <tr>
              <th scope="col">Plaats</th>
              <th scope="col">Gemeente</th>
              <th scope="col">{ranking.figureHeader}</th>
              <th scope="col">Arrondissement</th>
              <th scope="col">Provincie</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.nis}>
                <td>{r.rank ?? '–'}</td>
                <th scope="row">
                  <a href={`/gemeente/${r.nis}?indeling=${state.division}`}>{r.name}</a>
                </th>
                <td>{r.figure}</td>
                <td>{r.arrondissement?.name ?? '–'}</td>
                <td>{r.province?.name ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
