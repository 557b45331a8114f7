/** /beheer/audit: the audit log, newest first, with the state before and after each change. */
import type { VNode } from 'preact';
import { formatDateTime } from '../domain/format.js';
import { AdminPage } from '../workflow/pages/admin-layout.js';
import type { AuditRecord } from './repository.js';

const json = (value: Record<string, unknown> | null | undefined) => (value ? JSON.stringify(value) : '–');

export function AuditTable({ records }: { records: readonly AuditRecord[] }): VNode {
  return (
    <div class="table-wrap">
      <table>
        <caption>Auditlogboek ({records.length} regels)</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Wie</th>
            <th scope="col">Wat</th>
            <th scope="col">Waarover</th>
            <th scope="col">Ervoor</th>
            <th scope="col">Erna</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id}>
              <td>
                <time dateTime={r.at.toISOString()}>{formatDateTime(r.at)}</time>
              </td>
              <td>{r.actor.label}</td>
              <td>{r.action}</td>
              <td>
                {r.subjectType}
                {r.subjectId ? ` #${r.subjectId}` : ''}
              </td>
              <td>
                <code>{json(r.before)}</code>
              </td>
              <td>
                <code>{json(r.after)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditPage({ records, older }: { records: readonly AuditRecord[]; older?: number }): VNode {
  return (
    <AdminPage title="Auditlogboek">
      <p>Elke beheerhandeling: wie, wat, wanneer, en de toestand ervoor en erna.</p>
      <AuditTable records={records} />
      {older ? (
        <p>
          <a href={`/beheer/audit?voor=${older}`}>Oudere regels</a>
        </p>
      ) : null}
    </AdminPage>
  );
}
