/** The indicator page's map and ranked table of all municipalities (one division, one period). */
import type { VNode } from 'preact';
import { DIVISION_LABEL, type Division } from '../../domain/division.js';
import type { IndicatorRanking } from '../../publish/indicator-ranking.js';
import { DemoMark } from './demo.js';

export function RankingView({
  ranking,
  title,
  division,
}: {
  ranking: IndicatorRanking;
  title: string;
  division: Division;
}): VNode {
  const what = `${title}${ranking.categoryLabel ? ` (${ranking.categoryLabel})` : ''}`;
  const shown = ranking.rows.filter((r) => r.rank !== null).length;
  return (
    <section id="alle-gemeenten" aria-labelledby="alle-gemeenten-kop">
      <h2 id="alle-gemeenten-kop">
        Alle gemeenten
        {ranking.demo ? <DemoMark /> : null}
      </h2>
      <p>
        {what}, {ranking.periodLabel}, indeling {DIVISION_LABEL[division]}: {shown} van de{' '}
        {ranking.rows.length} gemeenten hebben een getoond cijfer, van hoog naar laag gerangschikt; de andere
        staan onderaan, met waarom.
      </p>
      {ranking.mapSvg ? <figure class="chart" dangerouslySetInnerHTML={{ __html: ranking.mapSvg }} /> : null}
      <div class="table-wrap">
        <table class="abs ranking">
          <caption>
            {what}: rangschikking van de gemeenten, {ranking.periodLabel}
          </caption>
          <thead>
            <tr>
              <th scope="col">Plaats</th>
              <th scope="col">Gemeente</th>
              <th scope="col">{ranking.figureHeader}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.rows.map((r) => (
              <tr key={r.nis}>
                <td>{r.rank ?? '–'}</td>
                <th scope="row">
                  <a href={`/gemeente/${r.nis}?indeling=${division}`}>{r.name}</a>
                </th>
                <td>{r.figure}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
