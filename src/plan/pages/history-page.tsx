/** /gemeente/:nis/plan/geschiedenis: every version of the plan — who changed what, before and after. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import type { ChangeRow } from '../repository.js';
import { When } from './parts.js';

function Values({ values }: { values: Record<string, unknown> | null }): VNode {
  if (!values) return <>–</>;
  return (
    <dl>
      {Object.entries(values).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd class="plan-text">{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function HistoryPage({
  nis,
  label,
  changes,
}: {
  nis: string;
  label: string;
  changes: readonly ChangeRow[];
}): VNode {
  return (
    <Page title={`Geschiedenis van het plan van aanpak ${label}`}>
      <h1>Geschiedenis van het plan van aanpak {label}</h1>
      <p>
        <a href={`/gemeente/${nis}/plan`}>Terug naar het plan</a>
      </p>
      <table>
        <caption>{changes.length} wijzigingen, de laatste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Versie</th>
            <th scope="col">Wanneer</th>
            <th scope="col">Wie</th>
            <th scope="col">Wat</th>
            <th scope="col">Ervoor</th>
            <th scope="col">Erna</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <td>{c.version}</td>
              <td>
                <When at={c.at} />
              </td>
              <td>{c.actor}</td>
              <td>{c.summary}</td>
              <td>
                <Values values={c.before} />
              </td>
              <td>
                <Values values={c.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}
