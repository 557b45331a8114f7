/** The mails the application sends, in Dutch. */
import { formatDateTime } from '../domain/format.js';
import type { MailAttachment } from '../store/tables.js';

export interface MailContent {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly purpose: string;
  /** Files sent along, e.g. an .ics invitation. */
  readonly attachments?: readonly MailAttachment[];
}

export const SIGNATURE = '\n\n-- \nCijferrapport lokale diversiteit\n(Deze e-mail is automatisch verstuurd.)';

export function invitationMail(to: string, name: string, link: string, expires: Date): MailContent {
  return {
    to,
    purpose: 'uitnodiging',
    subject: 'Uitnodiging: je account voor het Cijferrapport lokale diversiteit',
    text:
      `Beste ${name},\n\nJe bent uitgenodigd voor het Cijferrapport lokale diversiteit. Kies je wachtwoord via deze link:\n\n${link}\n\n` +
      `De link werkt één keer, tot ${formatDateTime(expires)}. Verwachtte je deze uitnodiging niet? Dan hoef je niets te doen.${SIGNATURE}`,
  };
}

export function resetMail(to: string, name: string, link: string, expires: Date): MailContent {
  return {
    to,
    purpose: 'wachtwoord-herstel',
    subject: 'Nieuw wachtwoord voor het Cijferrapport lokale diversiteit',
    text:
      `Beste ${name},\n\nIemand (hopelijk jij) vroeg een nieuw wachtwoord aan. Kies het via deze link:\n\n${link}\n\n` +
      `De link werkt één keer, tot ${formatDateTime(expires)}. Vroeg je niets aan? Dan blijft je wachtwoord wat het was.${SIGNATURE}`,
  };
}
