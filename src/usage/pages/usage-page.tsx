/**
 * /beheer/gebruik: the adoption overview for AgII — the counts of the last 12 months, a map of
 * Flanders coloured by adoption, a sortable table of all 285 municipalities (the headers are links,
 * so sorting works without script) and the months' trend, with CSV and Excel downloads.
 */
import type { VNode } from 'preact';
import { formatCount, formatDate } from '../../domain/format.js';
import { AdminPage } from '../../workflow/pages/admin-layout.js';
import { brusselsDay } from '../days.js';
import { EVENT_LABELS } from '../events.js';
import { monthLabel } from '../months.js';
import { ADOPTION_LABELS, type UsageOverview, type UsageRow } from '../overview.js';
import type { SortKey, SortOrder } from '../sort.js';

const HEADERS: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'gemeente', label: 'Gemeente' },
  { key: 'provincie', label: 'Provincie' },
  { key: 'gebruik', label: 'Gebruik' },
  { key: 'laatst', label: 'Laatst gebruikt door de gemeente zelf' },
  { key: 'eigen', label: 'Gebruik door de gemeente zelf', numeric: true },
  { key: 'bekeken', label: 'Rapport bekeken', numeric: true },
  { key: 'downloads', label: 'Downloads', numeric: true },
  { key: 'ingebed', label: 'Ingebed', numeric: true },
  { key: 'api', label: 'API-oproepen', numeric: true },
];

function SortHeader({
  h,
  sort,
  order,
}: {
  h: (typeof HEADERS)[number];
  sort: SortKey;
  order: SortOrder;
}): VNode {
  const active = h.key === sort;
  const next: SortOrder = active && order === 'op' ? 'af' : active ? 'op' : h.numeric ? 'af' : 'op';
  const direction = next === 'op' ? 'oplopend' : 'aflopend';
  return (
    <th scope="col" aria-sort={active ? (order === 'op' ? 'ascending' : 'descending') : undefined}>
      <a
        href={`/beheer/gebruik?sorteer=${h.key}&volgorde=${next}`}
        aria-label={`${h.label}, sorteer ${direction}`}
      >
        {h.label}
      </a>
      {active ? <span aria-hidden="true">{order === 'op' ? ' ▲' : ' ▼'}</span> : null}
    </th>
  );
}

function downloadsText(r: UsageRow): string {
  const parts = (['pdf_core', 'pdf_full', 'xlsx', 'csv', 'json'] as const)
    .filter((e) => r.downloads[e] > 0)
    .map((e) => `${EVENT_LABELS[e]} ${formatCount(r.downloads[e])}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function Row({ r }: { r: UsageRow }): VNode {
  return (
    <tr>
      <th scope="row">
        <a href={`/gemeente/${r.nis}`}>{r.name}</a>
      </th>
      <td>{r.province}</td>
      <td>{ADOPTION_LABELS[r.adoption]}</td>
      <td>
        {r.lastOwnUse ? (
          <time dateTime={r.lastOwnUse.toISOString()}>{formatDate(brusselsDay(r.lastOwnUse))}</time>
        ) : (
          'nooit'
        )}
      </td>
      <td class="num">{formatCount(r.ownUses)}</td>
      <td class="num">
        {formatCount(r.views)}
        {r.ownViews > 0 ? ` (waarvan ${formatCount(r.ownViews)} door de gemeente zelf)` : ''}
      </td>
      <td class="num">
        {formatCount(r.downloadsTotal)}
        {downloadsText(r)}
      </td>
      <td class="num">{formatCount(r.embeds)}</td>
      <td class="num">{formatCount(r.api)}</td>
    </tr>
  );
}

export function UsagePage({
  overview,
  rows,
  sort,
  order,
  mapSvg,
  trendSvg,
}: {
  overview: UsageOverview;
  rows: readonly UsageRow[];
  sort: SortKey;
  order: SortOrder;
  mapSvg: string;
  trendSvg: string;
}): VNode {
  const { counts } = overview;
  const period = `${formatDate(overview.from)} tot en met ${formatDate(overview.to)}`;
  return (
    <AdminPage title="Gebruik per gemeente">
      <p>
        Van {period}: <strong>{formatCount(counts.eigen)}</strong> gemeenten gebruikten hun cijferrapport zelf
        (aangemelde medewerkers van de gemeente), <strong>{formatCount(counts.bekeken)}</strong> werden
        bekeken of gedownload maar niet door de gemeente zelf, <strong>{formatCount(counts.geen)}</strong>{' '}
        niet.
      </p>
      <p class="meta">
        Geteld zonder IP-adres, browsergegevens of cookie; zoekrobots tellen niet mee. Tellingen worden om de
        paar seconden weggeschreven. Download: <a href="/beheer/gebruik.csv">CSV</a> ·{' '}
        <a href="/beheer/gebruik.xlsx">Excel</a>
      </p>
      <h2>Kaart</h2>
      <figure class="chart" dangerouslySetInnerHTML={{ __html: mapSvg }} />
      <h2 id="per-gemeente">Per gemeente</h2>
      <div class="table-wrap">
        <table class="usage">
          <caption>
            {rows.length} gemeenten, {period}; klik op een kolomtitel om te sorteren
          </caption>
          <thead>
            <tr>
              {HEADERS.map((h) => (
                <SortHeader key={h.key} h={h} sort={sort} order={order} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row key={r.nis} r={r} />
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="per-maand">Per maand</h2>
      <figure class="chart" dangerouslySetInnerHTML={{ __html: trendSvg }} />
      <div class="table-wrap">
        <table class="usage-months">
          <caption>De laatste 12 maanden (de lopende maand tot vandaag)</caption>
          <thead>
            <tr>
              <th scope="col">Maand</th>
              <th scope="col">Gemeenten met eigen gebruik</th>
              <th scope="col">Rapport bekeken</th>
              <th scope="col">waarvan door de gemeente zelf</th>
              <th scope="col">Downloads</th>
              <th scope="col">Ingebed</th>
              <th scope="col">API-oproepen</th>
            </tr>
          </thead>
          <tbody>
            {overview.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td class="num">{formatCount(m.ownMunicipalities)}</td>
                <td class="num">{formatCount(m.views)}</td>
                <td class="num">{formatCount(m.ownViews)}</td>
                <td class="num">{formatCount(m.downloads)}</td>
                <td class="num">{formatCount(m.embeds)}</td>
                <td class="num">{formatCount(m.api)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPage>
  );
}
