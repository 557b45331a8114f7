/** /plannen (AgII and trainers): all plans of approach — keys, kinds of actions, indicators, progress, map. */
import type { VNode } from 'preact';
import { formatCount } from '../../domain/format.js';
import { Page } from '../../render/html/document.js';
import { KEY_TITLES, STATE_LABELS } from '../keys.js';
import type { PlansOverview } from '../overview.js';
import { When } from './parts.js';

export function OverviewPage({
  overview,
  mapSvg,
  label,
}: {
  overview: PlansOverview;
  mapSvg: string;
  label: (nis: string) => string;
}): VNode {
  const { plans } = overview;
  return (
    <Page title="Plannen van aanpak">
      <h1>Plannen van aanpak</h1>
      <p>
        {formatCount(plans.length)} {plans.length === 1 ? 'gemeente heeft' : 'gemeenten hebben'} een plan van
        aanpak.
      </p>
      <figure class="chart" dangerouslySetInnerHTML={{ __html: mapSvg }} />
      <table>
        <caption>Alle plannen</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            <th scope="col">Status</th>
            <th scope="col">Versie</th>
            <th scope="col">Laatst gewijzigd</th>
            <th scope="col">Acties</th>
            <th scope="col">Indicatoren</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.plan.nis}>
              <th scope="row">
                <a href={`/gemeente/${p.plan.nis}/plan`}>{label(p.plan.nis)}</a>
              </th>
              <td>{STATE_LABELS[p.plan.state]}</td>
              <td>{p.plan.version}</td>
              <td>
                <When at={p.plan.updatedAt} />
              </td>
              <td>{formatCount(p.actions.length)}</td>
              <td>{formatCount(p.indicators.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Sleutels met acties</caption>
        <thead>
          <tr>
            <th scope="col">Sleutel</th>
            <th scope="col">Plannen met acties</th>
            <th scope="col">Acties</th>
          </tr>
        </thead>
        <tbody>
          {overview.keys.map((k) => (
            <tr key={k.key}>
              <th scope="row">
                {k.key}. {KEY_TITLES[k.key]}
              </th>
              <td>{formatCount(k.plans)}</td>
              <td>{formatCount(k.actions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Meest voorkomende soorten acties</h2>
      {overview.kinds.length === 0 ? (
        <p>Nog geen acties.</p>
      ) : (
        <ol>
          {overview.kinds.map((k) => (
            <li key={k.kind}>
              {k.label}: {formatCount(k.count)}
            </li>
          ))}
        </ol>
      )}
      <h2>Gevolgde indicatoren</h2>
      {overview.indicators.length === 0 ? (
        <p>Nog geen indicatoren gekozen.</p>
      ) : (
        <ul>
          {overview.indicators.map((i) => (
            <li key={i.title}>
              {i.title}: {formatCount(i.plans)} {i.plans === 1 ? 'plan' : 'plannen'}
            </li>
          ))}
        </ul>
      )}
      <table>
        <caption>Voortgang sinds het plan (actieve datarelease)</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            <th scope="col">Indicator</th>
            <th scope="col">Beginwaarde</th>
            <th scope="col">Nu</th>
            <th scope="col">Doel</th>
          </tr>
        </thead>
        <tbody>
          {overview.progress.map((r) => (
            <tr key={`${r.nis}-${r.key}-${r.baseline.indicatorId}-${r.baseline.rowKey}`}>
              <th scope="row">{label(r.nis)}</th>
              <td>
                {r.baseline.title}
                {r.baseline.demo ? ' (DEMODATA)' : ''} (sleutel {r.key})
              </td>
              <td>
                {r.baseline.shown} ({r.baseline.periodLabel}, release {r.baseline.releaseId})
              </td>
              <td>
                {r.now ? `${r.now.shown} (${r.now.periodLabel}, release ${r.now.releaseId})` : '–'}
                {r.since ? ` ${r.since}` : ''}
              </td>
              <td>{r.target || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
