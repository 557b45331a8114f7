/** /beheer/uitgaande-mail: every mail the application made, and one mail's text (the outbox without SMTP). */
import type { VNode } from 'preact';
import { When } from '../accounts/pages/account-view.js';
import type { MailStatus } from '../store/tables.js';
import { AdminPage } from '../workflow/pages/admin-layout.js';

export const MAIL_STATUS: Readonly<Record<MailStatus, string>> = {
  queued: 'wacht op verzending',
  sent: 'verzonden',
  outbox: 'in de outbox (geen mailserver)',
  failed: 'mislukt',
};

interface MailRow {
  readonly id: number;
  readonly recipient: string;
  readonly subject: string;
  readonly status: MailStatus;
  readonly created_at: Date;
  readonly delivered_at: Date | null;
  readonly last_error: string | null;
}

export function OutboxPage({
  mails,
  transport,
}: {
  mails: readonly MailRow[];
  transport: 'smtp' | 'outbox';
}): VNode {
  return (
    <AdminPage title="Uitgaande e-mail">
      <p>
        {transport === 'smtp'
          ? 'Mail gaat via de ingestelde mailserver (SMTP_URL).'
          : 'Er is geen mailserver ingesteld (SMTP_URL): mail blijft hier in de outbox. Open een mail en stuur de link zelf door.'}{' '}
        Mail wordt na 90 dagen gewist.
      </p>
      <table>
        <caption>{mails.length} e-mails, nieuwste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Aan</th>
            <th scope="col">Onderwerp</th>
            <th scope="col">Gemaakt</th>
            <th scope="col">Status</th>
            <th scope="col">Afgeleverd</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((m) => (
            <tr key={m.id}>
              <td>{m.recipient}</td>
              <td>
                <a href={`/beheer/uitgaande-mail/${m.id}`}>{m.subject}</a>
              </td>
              <td>
                <When at={m.created_at} />
              </td>
              <td>
                {MAIL_STATUS[m.status]}
                {m.last_error ? ` (${m.last_error})` : ''}
              </td>
              <td>
                <When at={m.delivered_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  );
}

export function MailPage({ mail }: { mail: MailRow & { body_text: string } }): VNode {
  return (
    <AdminPage title={mail.subject}>
      <p>
        Aan {mail.recipient} · {MAIL_STATUS[mail.status]} · gemaakt <When at={mail.created_at} />
      </p>
      <pre class="mail">{mail.body_text}</pre>
      <p>
        <a href="/beheer/uitgaande-mail">Terug naar de uitgaande e-mail</a>
      </p>
    </AdminPage>
  );
}
