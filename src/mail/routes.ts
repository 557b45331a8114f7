/** /beheer/uitgaande-mail (AgII). Opening a mail shows its one-time link, so that is audited. */
import type { FastifyInstance } from 'fastify';
import type { SignedIn } from '../access/principal.js';
import { recordAudit } from '../audit/repository.js';
import { renderDocument } from '../render/html/document.js';
import type { Workflow } from '../workflow/open-workflow.js';
import { MailPage, OutboxPage } from './pages.js';

export function mailRoutes(app: FastifyInstance, wf: Workflow): void {
  app.get('/beheer/uitgaande-mail', async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        renderDocument(OutboxPage({ mails: await wf.mailer.list(), transport: wf.mailer.transport.kind })),
      ),
  );

  app.get('/beheer/uitgaande-mail/:id', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const mail = Number.isInteger(id) ? await wf.mailer.get(id) : undefined;
    if (!mail)
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(
          renderDocument(OutboxPage({ mails: await wf.mailer.list(), transport: wf.mailer.transport.kind })),
        );
    const person = req.principal as SignedIn;
    await recordAudit(wf.db, {
      actor: { id: person.userId, label: person.email },
      action: 'mail.gelezen',
      subjectType: 'mail',
      subjectId: id,
    });
    return reply.type('text/html; charset=utf-8').send(renderDocument(MailPage({ mail })));
  });
}
