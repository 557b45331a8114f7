/** /beheer/gebruikers: the list of accounts, the invitation form, and one account's page. */
import type { VNode } from 'preact';
import { ROLE_LABELS, ROLES } from '../../access/principal.js';
import { AuditTable } from '../../audit/page.js';
import type { AuditRecord } from '../../audit/repository.js';
import { AdminPage } from '../../workflow/pages/admin-layout.js';
import { ErrorMessage, Field, Form } from '../../workflow/pages/form.js';
import type { Account } from '../repository.js';
import { municipalitiesText, rolesText, STATUS_LABELS, When } from './account-view.js';

export interface AccessValues {
  readonly email?: string;
  readonly name?: string;
  readonly roles?: readonly string[];
  readonly municipalities?: string;
}

function AccessFields({ values }: { values: AccessValues }): VNode {
  return (
    <>
      <Field id="name" label="Naam" value={values.name} required />
      <fieldset>
        <legend>Rollen</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input type="checkbox" name="roles" value={role} checked={values.roles?.includes(role)} />{' '}
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <Field
        id="municipalities"
        label="Gemeenten (NIS-codes, indeling 2025)"
        value={values.municipalities}
        hint="Bv. 44021 voor Gent; meerdere gescheiden door komma's. Nodig voor de rol gemeente."
      />
    </>
  );
}

export function UsersPage(props: {
  accounts: readonly Account[];
  csrf: string;
  label: (nis: string) => string;
  values?: AccessValues;
  error?: string;
  notice?: string;
}): VNode {
  return (
    <AdminPage title="Gebruikers">
      {props.notice ? (
        <p role="status" class="note">
          {props.notice}
        </p>
      ) : null}
      <table>
        <caption>{props.accounts.length} accounts</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">E-mailadres</th>
            <th scope="col">Rollen</th>
            <th scope="col">Gemeenten</th>
            <th scope="col">Status</th>
            <th scope="col">Laatst aangemeld</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <a href={`/beheer/gebruikers/${a.id}`}>{a.name}</a>
              </th>
              <td>{a.email}</td>
              <td>{rolesText(a)}</td>
              <td>{municipalitiesText(a, props.label)}</td>
              <td>{STATUS_LABELS[a.status]}</td>
              <td>
                <When at={a.lastSignInAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="uitnodigen">Iemand uitnodigen</h2>
      <p>De persoon krijgt een e-mail met een link (zeven dagen geldig) om een wachtwoord te kiezen.</p>
      <ErrorMessage message={props.error} />
      <Form action="/beheer/gebruikers" csrf={props.csrf}>
        <Field id="email" label="E-mailadres" type="email" value={props.values?.email} required />
        <AccessFields values={props.values ?? {}} />
        <button type="submit">Uitnodigen</button>
      </Form>
    </AdminPage>
  );
}

export function UserPage(props: {
  account: Account;
  csrf: string;
  label: (nis: string) => string;
  audit: readonly AuditRecord[];
  values?: AccessValues;
  error?: string;
  notice?: string;
}): VNode {
  const a = props.account;
  const values = props.values ?? {
    name: a.name,
    roles: a.roles,
    municipalities: a.municipalities.join(', '),
  };
  return (
    <AdminPage title={a.name}>
      {props.notice ? (
        <p role="status" class="note">
          {props.notice}
        </p>
      ) : null}
      <p>
        {a.email} · {STATUS_LABELS[a.status]} · {rolesText(a)} · gemeenten:{' '}
        {municipalitiesText(a, props.label)}
      </p>
      <h2>Rollen en gemeenten wijzigen</h2>
      <ErrorMessage message={props.error} />
      <Form action={`/beheer/gebruikers/${a.id}`} csrf={props.csrf}>
        <AccessFields values={values} />
        <button type="submit">Opslaan</button>
      </Form>
      <h2>{a.status === 'disabled' ? 'Inschakelen' : 'Uitschakelen'}</h2>
      {a.status === 'disabled' ? (
        <Form action={`/beheer/gebruikers/${a.id}/inschakelen`} csrf={props.csrf}>
          <button type="submit">Account weer inschakelen</button>
        </Form>
      ) : (
        <Form action={`/beheer/gebruikers/${a.id}/uitschakelen`} csrf={props.csrf}>
          <p>Een uitgeschakeld account kan niet meer aanmelden; open sessies en links vervallen meteen.</p>
          <button type="submit">Account uitschakelen</button>
        </Form>
      )}
      <h2>Geschiedenis</h2>
      <AuditTable records={props.audit} />
    </AdminPage>
  );
}
