/**
 * Mail through the durable job table: `queue` writes the message and its job in the caller's
 * transaction (so an invitation and its mail commit together or not at all); the `mail.send` job
 * delivers it. A message already delivered is never delivered again, whatever happens to its job.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { enqueueJob, type Job } from '../jobs/repository.js';
import { type JobHandler, MAX_ATTEMPTS } from '../jobs/runner.js';
import type { Database } from '../store/tables.js';
import type { MailContent } from './messages.js';
import { deleteOldMail, insertMail, listMail, mailById, markMail } from './repository.js';
import type { MailTransport } from './transport.js';

export const MAIL_JOB = 'mail.send';

export class Mailer {
  constructor(
    private readonly db: Kysely<Database>,
    readonly transport: MailTransport,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Queues a mail in the given transaction (or on its own). */
  async queue(mail: MailContent, db: Kysely<Database> = this.db): Promise<number> {
    const id = await insertMail(db, { ...mail, messageId: `<${randomUUID()}@omgevingsanalyse.invalid>` });
    await enqueueJob(db, MAIL_JOB, { mailId: id });
    return id;
  }

  readonly handler: JobHandler = async (job: Job) => {
    const id = Number(job.payload.mailId);
    const mail = await mailById(this.db, id);
    if (mail?.status !== 'queued') return; // delivered before a crash, or deleted with its person
    try {
      await this.transport.deliver({
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body_text,
        messageId: mail.message_id,
        ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
      });
    } catch (err) {
      const status = job.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued';
      await markMail(this.db, id, status, this.now(), (err as Error).message.slice(0, 500));
      throw err;
    }
    await markMail(this.db, id, this.transport.kind === 'smtp' ? 'sent' : 'outbox', this.now());
  };

  list(limit = 200) {
    return listMail(this.db, limit);
  }

  get(id: number) {
    return mailById(this.db, id);
  }

  async purge(): Promise<void> {
    await deleteOldMail(this.db, new Date(this.now().getTime() - 90 * 86400_000));
  }
}
