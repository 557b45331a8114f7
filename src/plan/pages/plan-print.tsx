/** The plan as a print document (the PDF): the same content as the Word file, no forms or links. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import type { ExportKey, PlanExport } from '../export-model.js';
import { PLAN_CSS } from './parts.js';

function Text({ text }: { text: string }): VNode {
  return <p class="plan-text">{text.trim() === '' ? '(nog niet ingevuld)' : text}</p>;
}

function Key({ plan, k }: { plan: PlanExport; k: ExportKey }): VNode {
  const f = plan.figures;
  return (
    <section class="plan-key">
      <h2>
        Sleutel {k.key}: {k.title}
      </h2>
      {k.key === 1 ? (
        <>
          <h3>Cijfers uit het rapport van {f.subject}</h3>
          <p class="meta">
            Datarelease {f.releaseId}, catalogusversie {f.catalogVersion}, jaar {f.year}.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Kerncijfer</th>
                <th scope="col">{f.subject}</th>
                <th scope="col">Periode</th>
                <th scope="col">Vergelijking</th>
              </tr>
            </thead>
            <tbody>
              {f.figures.map((x) => (
                <tr key={x.indicatorId}>
                  <th scope="row">
                    {x.title}
                    {x.demo ? ' (DEMODATA)' : ''}
                  </th>
                  <td>
                    {x.shown}
                    {x.countShown ? ` (${x.countShown})` : ''}
                  </td>
                  <td>{x.periodLabel}</td>
                  <td>{x.comparisons.map((c) => `${c.label}: ${c.shown}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>Huidige situatie</h3>
      <Text text={k.situation} />
      <h3>Doelstellingen</h3>
      <Text text={k.goals} />
      <h3>Acties</h3>
      {k.actions.length === 0 ? (
        <p>Nog geen acties.</p>
      ) : (
        <table>
          <thead>
            <tr>
              {['Wat', 'Soort', 'Trekker', 'Partners', 'Timing', 'Budget', 'Status'].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {k.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.what}</td>
                <td>{a.kind}</td>
                <td>{a.owner}</td>
                <td>{a.partners}</td>
                <td>{a.timing}</td>
                <td>{a.budget}</td>
                <td>{a.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Indicatoren om op te volgen</h3>
      {k.indicators.length === 0 ? (
        <p>Nog geen indicatoren gekozen.</p>
      ) : (
        <ul>
          {k.indicators.map((i) => (
            <li key={i.title}>
              {i.title}
              {i.demo ? ' (DEMODATA)' : ''}: {i.baseline} ({i.period}, release {i.release}). Doel:{' '}
              {i.target || '(geen)'}.{i.since ? ` ${i.since}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PlanPrint({ plan }: { plan: PlanExport }): VNode {
  return (
    <Page title={`Plan van aanpak ${plan.municipality.label}`} print>
      <style dangerouslySetInnerHTML={{ __html: PLAN_CSS }} />
      <h1>Plan van aanpak {plan.municipality.label}</h1>
      <p>
        Status: {plan.state} · versie {plan.version}.
      </p>
      {plan.keys.map((k) => (
        <Key key={k.key} plan={plan} k={k} />
      ))}
    </Page>
  );
}
