/** The training track's mails, in Dutch; invitations carry an .ics file. */
import { type MailContent, SIGNATURE } from '../mail/messages.js';
import type { MailAttachment } from '../store/tables.js';
import { formatWhen } from './brussels-time.js';

export interface MailSession {
  readonly topic: string;
  readonly editionTitle: string;
  readonly day: string | null;
  readonly startTime: string | null;
  readonly endTime: string | null;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly link: string;
}

export interface Recipient {
  readonly email: string;
  readonly name: string;
}

function where(s: MailSession): string {
  const lines = [`Wanneer: ${formatWhen(s.day, s.startTime, s.endTime)}`];
  if (s.place) lines.push(`Waar: ${s.place}`);
  if (s.onlineUrl) lines.push(`Online: ${s.onlineUrl}`);
  lines.push(`Meer over de sessie: ${s.link}`);
  return lines.join('\n');
}

function mail(
  to: Recipient,
  purpose: string,
  subject: string,
  body: string,
  attachment?: MailAttachment,
): MailContent {
  return {
    to: to.email,
    purpose,
    subject,
    text: `Beste ${to.name},\n\n${body}${SIGNATURE}`,
    ...(attachment ? { attachments: [attachment] } : {}),
  };
}

const calendarLine = (a?: MailAttachment) =>
  a ? '\n\nIn de bijlage zit een uitnodiging voor je agenda (.ics).' : '';

export function registeredMail(to: Recipient, s: MailSession, ics?: MailAttachment): MailContent {
  return mail(
    to,
    'vorming-inschrijving',
    `Inschrijving bevestigd: ${s.topic}`,
    `Je bent ingeschreven voor "${s.topic}" (${s.editionTitle}).\n\n${where(s)}${calendarLine(ics)}`,
    ics,
  );
}

export function waitingListMail(to: Recipient, s: MailSession): MailContent {
  return mail(
    to,
    'vorming-wachtlijst',
    `Op de wachtlijst: ${s.topic}`,
    `De sessie "${s.topic}" (${s.editionTitle}) is volzet. Je staat op de wachtlijst; komt er een plaats vrij, dan schrijven we je in en krijg je een e-mail.\n\n${where(s)}`,
  );
}

export function promotedMail(to: Recipient, s: MailSession, ics?: MailAttachment): MailContent {
  return mail(
    to,
    'vorming-inschrijving',
    `Er is een plaats vrij: je bent ingeschreven voor ${s.topic}`,
    `Er kwam een plaats vrij in "${s.topic}" (${s.editionTitle}): je staat niet langer op de wachtlijst, je bent ingeschreven.\n\n${where(s)}${calendarLine(ics)}`,
    ics,
  );
}

export function unregisteredMail(to: Recipient, s: MailSession, ics?: MailAttachment): MailContent {
  return mail(
    to,
    'vorming-uitschrijving',
    `Uitgeschreven: ${s.topic}`,
    `Je bent uitgeschreven voor "${s.topic}" (${s.editionTitle}).${ics ? '\n\nDe bijlage haalt de afspraak uit je agenda.' : ''}`,
    ics,
  );
}

export function changedMail(to: Recipient, s: MailSession, what: string, ics?: MailAttachment): MailContent {
  return mail(
    to,
    'vorming-wijziging',
    `Gewijzigd: ${s.topic}`,
    `De sessie "${s.topic}" (${s.editionTitle}) is gewijzigd: ${what}\n\n${where(s)}${calendarLine(ics)}`,
    ics,
  );
}

export function cancelledMail(
  to: Recipient,
  s: MailSession,
  reason: string,
  ics?: MailAttachment,
): MailContent {
  return mail(
    to,
    'vorming-afgelast',
    `Afgelast: ${s.topic}`,
    `De sessie "${s.topic}" (${s.editionTitle}) gaat niet door.${reason ? ` Reden: ${reason}` : ''}${ics ? '\n\nDe bijlage haalt de afspraak uit je agenda.' : ''}\n\nMeer: ${s.link}`,
    ics,
  );
}

export function pollMail(to: Recipient, s: MailSession, closes: string): MailContent {
  return mail(
    to,
    'vorming-datumpeiling',
    `Kies mee een datum: ${s.topic}`,
    `Voor "${s.topic}" (${s.editionTitle}) zoeken we een datum. Geef aan welke voorgestelde data je passen (ja, misschien of nee), tot ${closes}:\n\n${s.link}`,
  );
}

export function dateFixedMail(to: Recipient, s: MailSession, registered: boolean, ics?: MailAttachment) {
  return mail(
    to,
    'vorming-datum-vastgelegd',
    `Datum vastgelegd: ${s.topic}`,
    `De datum van "${s.topic}" (${s.editionTitle}) ligt vast.\n\n${where(s)}${
      registered
        ? calendarLine(ics)
        : '\n\nJe bent nog niet ingeschreven voor deze sessie: dat kan via de link hierboven.'
    }`,
    ics,
  );
}
