/** /mijn-gegevens: everything stored about the signed-in person, and deleting the account. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import type { PersonalData } from '../personal-data.js';
import { municipalitiesText, rolesText, STATUS_LABELS, When } from './account-view.js';

export function MyDataPage(props: {
  data: PersonalData;
  csrf: string;
  label: (nis: string) => string;
  error?: string;
}): VNode {
  const { account, sessions, links, mail, audit } = props.data;
  return (
    <Page title="Mijn gegevens">
      <h1>Mijn gegevens</h1>
      <p>
        Dit is alles wat deze toepassing over jou bewaart (zie ook het <a href="#verwijderen">verwijderen</a>{' '}
        van je account). Een wachtwoord wordt alleen als argon2id-hash bewaard, nooit als tekst.
      </p>
      <h2>Account</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">Naam</th>
            <td>{account.name}</td>
          </tr>
          <tr>
            <th scope="row">E-mailadres</th>
            <td>{account.email}</td>
          </tr>
          <tr>
            <th scope="row">Status</th>
            <td>{STATUS_LABELS[account.status]}</td>
          </tr>
          <tr>
            <th scope="row">Rollen</th>
            <td>{rolesText(account)}</td>
          </tr>
          <tr>
            <th scope="row">Gemeenten</th>
            <td>{municipalitiesText(account, props.label)}</td>
          </tr>
          <tr>
            <th scope="row">Wachtwoord ingesteld</th>
            <td>{account.hasPassword ? 'ja' : 'nee'}</td>
          </tr>
          <tr>
            <th scope="row">Gekoppeld aan aanmelden via OpenID Connect</th>
            <td>{account.oidc ? 'ja' : 'nee'}</td>
          </tr>
          <tr>
            <th scope="row">Aangemaakt</th>
            <td>
              <When at={account.createdAt} />
            </td>
          </tr>
          <tr>
            <th scope="row">Laatst aangemeld</th>
            <td>
              <When at={account.lastSignInAt} />
            </td>
          </tr>
        </tbody>
      </table>
      <h2>Sessies</h2>
      <table>
        <caption>Aangemelde browsers (geen IP-adres, geen browsergegevens)</caption>
        <thead>
          <tr>
            <th scope="col">Manier</th>
            <th scope="col">Begonnen</th>
            <th scope="col">Laatst gezien</th>
            <th scope="col">Eindigt uiterlijk</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.created_at.toISOString()}>
              <td>{s.method === 'oidc' ? 'OpenID Connect' : 'wachtwoord'}</td>
              <td>
                <When at={s.created_at} />
              </td>
              <td>
                <When at={s.last_seen_at} />
              </td>
              <td>
                <When at={s.expires_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Eenmalige links</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Soort</th>
            <th scope="col">Gemaakt</th>
            <th scope="col">Geldig tot</th>
            <th scope="col">Gebruikt</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.created_at.toISOString()}>
              <td>{l.purpose === 'invite' ? 'uitnodiging' : 'wachtwoordherstel'}</td>
              <td>
                <When at={l.created_at} />
              </td>
              <td>
                <When at={l.expires_at} />
              </td>
              <td>
                <When at={l.used_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>E-mail aan jou</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Onderwerp</th>
            <th scope="col">Gemaakt</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {mail.map((m) => (
            <tr key={m.id}>
              <td>{m.subject}</td>
              <td>
                <When at={m.created_at} />
              </td>
              <td>{m.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Auditlogboek</h2>
      <p>Wat jij deed als beheerder en wat er aan je account veranderde.</p>
      <ul>
        {audit.map((a) => (
          <li key={a.id}>
            <When at={a.at} />: {a.action} (door {a.actor.label})
          </li>
        ))}
      </ul>
      <h2 id="verwijderen">Account verwijderen</h2>
      <p>
        Verwijdert je account, je sessies, links en de e-mail aan jou. In het auditlogboek blijft staan wat er
        gebeurde, zonder je naam of e-mailadres.
      </p>
      <ErrorMessage message={props.error} />
      <Form action="/mijn-gegevens/verwijderen" csrf={props.csrf}>
        <label>
          <input type="checkbox" name="bevestig" value="ja" required /> Ja, verwijder mijn account en mijn
          gegevens
        </label>
        <button type="submit">Account verwijderen</button>
      </Form>
    </Page>
  );
}

export function DeletedPage(): VNode {
  return (
    <Page title="Account verwijderd">
      <h1>Je account is verwijderd</h1>
      <p>
        Je gegevens zijn gewist. <a href="/">Naar de gemeenten</a>
      </p>
    </Page>
  );
}
