/** /beheer/data/release/:release: one release's manifest — its sources, tables and how it was built. */
import type { VNode } from 'preact';
import { When } from '../../accounts/pages/account-view.js';
import { formatCount } from '../../domain/format.js';
import { AdminPage } from '../../workflow/pages/admin-layout.js';
import { Form } from '../../workflow/pages/form.js';
import type { ReleaseEntry } from '../history.js';
import { sourceText } from './labels.js';

export function ReleasePage({
  release,
  activeId,
  plans,
  csrf,
}: {
  release: ReleaseEntry;
  activeId: string | undefined;
  plans: boolean;
  csrf: string;
}): VNode {
  const m = release.manifest;
  const active = release.id === activeId;
  return (
    <AdminPage title={`Release ${release.id}`}>
      <p>
        <a href="/beheer/data">Terug naar Data</a>
      </p>
      <p>
        {active ? <strong>Actief.</strong> : 'Niet actief.'} Gebouwd op <When at={new Date(m.builtAt)} /> door{' '}
        {m.software.name} {m.software.version}
        {m.basedOn ? `, op basis van release ${m.basedOn}` : ''}.{m.demo ? ' Bevat DEMODATA.' : ''}
      </p>
      {!active && plans ? (
        <Form action={`/beheer/data/release/${encodeURIComponent(release.id)}/activeren`} csrf={csrf}>
          <button type="submit">Deze release activeren</button>
        </Form>
      ) : null}
      <table>
        <caption>{m.sources.length} bronnen</caption>
        <thead>
          <tr>
            <th scope="col">Bestand</th>
            <th scope="col">Inhoud</th>
            <th scope="col">Gemeenten</th>
            <th scope="col">Bytes</th>
            <th scope="col">SHA-256</th>
            <th scope="col">Ingelezen</th>
          </tr>
        </thead>
        <tbody>
          {m.sources.map((s) => (
            <tr key={`${s.fileName}-${s.sha256}`}>
              <td>
                {s.kind === 'statbel_pop_struct' && s.member ? `${s.fileName} (${s.member})` : s.fileName}
              </td>
              <td>{sourceText(s)}</td>
              <td>{formatCount(s.municipalities)}</td>
              <td>{formatCount(s.bytes)}</td>
              <td>
                <code>{s.sha256.slice(0, 12)}…</code>
              </td>
              <td>
                <When at={new Date(s.importedAt)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Tabellen</caption>
        <thead>
          <tr>
            <th scope="col">Tabel</th>
            <th scope="col">Rijen</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(m.tables).map(([name, rows]) => (
            <tr key={name}>
              <td>{name}</td>
              <td>{formatCount(rows)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Het volledige manifest (manifest.json)</summary>
        <pre>{JSON.stringify(m, null, 2)}</pre>
      </details>
    </AdminPage>
  );
}
