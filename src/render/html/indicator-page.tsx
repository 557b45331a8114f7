/** The page of one indicator: its definition and sources, the periods available, and downloads for all areas. */
import type { VNode } from 'preact';
import { formatPeriod } from '../../domain/period.js';
import type { IndicatorDescription } from '../../indicators/catalog-describe.js';
import type { IndicatorRanking } from '../../publish/indicator-ranking.js';
import { Page } from './document.js';
import { type ExplorerState, RankingView } from './indicator-ranking.js';

export interface IndicatorPageProps {
  readonly item: IndicatorDescription;
  readonly periods: readonly string[];
  readonly demoPeriods: ReadonlySet<string>;
  readonly catalogVersion: string;
  readonly year: number;
  /** All municipalities of one division: map and ranked table (absent without a release figure). */
  readonly ranking?: { readonly table: IndicatorRanking; readonly state: ExplorerState };
}

function Fact({ label, children }: { label: string; children: preact.ComponentChildren }): VNode {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function IndicatorPage({
  item,
  periods,
  demoPeriods,
  catalogVersion,
  year,
  ranking,
}: IndicatorPageProps): VNode {
  const anyDemo = periods.some((p) => demoPeriods.has(p));
  return (
    <Page title={item.title} description={item.definition}>
      <p class="meta">
        Indicator · thema <a href={`/indicatoren#${item.theme.id}`}>{item.theme.title}</a> · cijfersjabloon{' '}
        {catalogVersion}
      </p>
      <h1>{item.title}</h1>
      <p class="lead">{item.definition}</p>
      <dl class="facts">
        <Fact label="Teller">{item.numerator}</Fact>
        <Fact label="Noemer">{item.denominator ?? '—'}</Fact>
        <Fact label="Eenheid">{item.unitLabel}</Fact>
        <Fact label="Uitsplitsing">{item.breakdown ?? '—'}</Fact>
        <Fact label="Bron">
          {item.source.url ? <a href={item.source.url}>{item.source.publisher}</a> : item.source.publisher},{' '}
          {item.source.name}
          {item.openData ? ' (open data)' : ' (datacontract, geen open data)'}. {item.source.licence}.
        </Fact>
        <Fact label="Referentiedatum">{item.referenceDateRule}</Fact>
        <Fact label="Bijwerking">{item.updateFrequency}</Fact>
        <Fact label="Kleine aantallen">{item.disclosureRule}</Fact>
        <Fact label="Gebieden">
          {item.areaLevels.join(', ')}; gemeentelijke indelingen {item.divisions.join(' en ')}
        </Fact>
        <Fact label="Beschikbaar">
          {periods.length === 0
            ? 'nog geen cijfers in deze datarelease'
            : periods.map((p) => `${formatPeriod(p)}${demoPeriods.has(p) ? ' (demo)' : ''}`).join(', ')}
        </Fact>
      </dl>
      {anyDemo ? (
        <p class="demo-banner">
          De cijfers van deze indicator zijn in deze installatie{' '}
          <strong>gegenereerde demonstratiedata</strong>: niet echt.
        </p>
      ) : null}
      {ranking ? <RankingView ranking={ranking.table} title={item.title} state={ranking.state} /> : null}
      <h2>Download voor alle gemeenten</h2>
      <p>
        Eén rij per gebied (gemeenten, arrondissementen, provincies, Vlaams Gewest) en categorie, voor de
        meest recente periode in of vóór {year}:
      </p>
      <ul>
        {(['2025', '2019-2024'] as const).map((d) => (
          <li key={d}>
            indeling {d}: <a href={`/indicator/${item.id}/gemeenten.csv?indeling=${d}&jaar=${year}`}>CSV</a> ·{' '}
            <a href={`/indicator/${item.id}/gemeenten.xlsx?indeling=${d}&jaar=${year}`}>Excel</a>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function IndicatorListPage({
  items,
  catalogVersion,
}: {
  items: readonly IndicatorDescription[];
  catalogVersion: string;
}): VNode {
  const themes = [...new Map(items.map((i) => [i.theme.id, i.theme.title])).entries()];
  return (
    <Page title="Indicatoren" description="Alle indicatoren van het cijfersjabloon, met definitie en bron.">
      <h1>Indicatoren</h1>
      <p class="lead">
        Het cijfersjabloon {catalogVersion}: {items.length} indicatoren in {themes.length} thema's.
      </p>
      {themes.map(([id, title]) => (
        <section key={id} id={id} aria-labelledby={`${id}-kop`}>
          <h2 id={`${id}-kop`}>{title}</h2>
          <ul>
            {items
              .filter((i) => i.theme.id === id)
              .map((i) => (
                <li key={i.id}>
                  <a href={`/indicator/${i.id}`}>{i.title}</a> <span class="meta">({i.unitLabel})</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
