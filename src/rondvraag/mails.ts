/** The rondvraag's mails, in Dutch: the invitation and the reminder, each with the municipality's own link. */
import { formatDate } from '../domain/format.js';
import type { MailContent } from '../mail/messages.js';
import { lastDay } from './closing.js';

const SIGNATURE =
  '\n\nMet vriendelijke groeten,\nAgentschap Integratie en Inburgering\n\n-- \nCijferrapport lokale diversiteit\n(Deze e-mail is automatisch verstuurd.)';

function greeting(name: string | null): string {
  return name ? `Beste ${name},` : 'Beste,';
}

export function invitationMail(values: {
  to: string;
  name: string | null;
  municipality: string;
  title: string;
  link: string;
  closesAt: Date;
}): MailContent {
  return {
    to: values.to,
    purpose: 'rondvraag-uitnodiging',
    subject: `Rondvraag: ${values.title} (${values.municipality})`,
    text:
      `${greeting(values.name)}\n\nHeeft ${values.municipality} het cijferrapport lokale diversiteit al gebruikt, bijvoorbeeld in de ` +
      'omgevingsanalyse of het meerjarenplan? We horen het graag, ook als het antwoord nee is. Het invullen duurt ' +
      `ongeveer vijf minuten, via deze link voor ${values.municipality}:\n\n${values.link}\n\n` +
      `Je kan stoppen en later verdergaan met dezelfde link, en je antwoorden wijzigen tot en met ${formatDate(lastDay(values.closesAt))}. ` +
      `Is iemand anders van de gemeente beter geplaatst om te antwoorden? Stuur deze e-mail dan gerust door.${SIGNATURE}`,
  };
}

export function reminderMail(values: {
  to: string;
  name: string | null;
  municipality: string;
  title: string;
  link: string;
  closesAt: Date;
}): MailContent {
  return {
    to: values.to,
    purpose: 'rondvraag-herinnering',
    subject: `Herinnering – rondvraag: ${values.title} (${values.municipality})`,
    text:
      `${greeting(values.name)}\n\nWe kregen nog geen antwoord van ${values.municipality} op de rondvraag over het gebruik van het ` +
      'cijferrapport lokale diversiteit. Het invullen duurt ongeveer vijf minuten; wat je al invulde, blijft bewaard:\n\n' +
      `${values.link}\n\nDe rondvraag sluit na ${formatDate(lastDay(values.closesAt))}.${SIGNATURE}`,
  };
}
