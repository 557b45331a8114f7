/** /gemeente/:nis/medewerkers: who has an account for a municipality (its officers and AgII see it). */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import type { Account } from '../repository.js';
import { rolesText, STATUS_LABELS, When } from './account-view.js';

export function MembersPage({
  label,
  nis,
  members,
}: {
  label: string;
  nis: string;
  members: readonly Account[];
}): VNode {
  return (
    <Page title={`Medewerkers van ${label}`}>
      <h1>Medewerkers van {label}</h1>
      <p>
        Wie een account heeft voor deze gemeente. <a href={`/gemeente/${nis}`}>Naar het cijferrapport</a>
      </p>
      <table>
        <caption>Accounts van {label}</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">E-mailadres</th>
            <th scope="col">Rol</th>
            <th scope="col">Status</th>
            <th scope="col">Laatst aangemeld</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>{m.email}</td>
              <td>{rolesText(m)}</td>
              <td>{STATUS_LABELS[m.status]}</td>
              <td>
                <When at={m.lastSignInAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {members.length === 0 ? <p>Nog niemand.</p> : null}
    </Page>
  );
}
