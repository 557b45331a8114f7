/**
 * Where mail goes: an SMTP server (nodemailer) when SMTP_URL is set, otherwise the outbox — the mail
 * stays in the store and an administrator reads it at /beheer/uitgaande-mail.
 */
import nodemailer from 'nodemailer';
import type { MailAttachment } from '../store/tables.js';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
  readonly attachments?: readonly MailAttachment[];
}

export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  /** Delivers (SMTP) or does nothing (outbox); throws when the server refuses. */
  deliver(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const OUTBOX: MailTransport = { kind: 'outbox', deliver: async () => {}, close() {} };

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    deliver: async (mail) => {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        ...(mail.attachments
          ? {
              attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            }
          : {}),
      });
    },
    close: () => transporter.close(),
  };
}
