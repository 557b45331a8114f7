/** /beheer/audit (AgII): the audit log, a page of 100 entries at a time. */
import type { FastifyInstance } from 'fastify';
import { renderDocument } from '../render/html/document.js';
import type { Workflow } from '../workflow/open-workflow.js';
import { AuditPage } from './page.js';

const PAGE = 100;

export function auditRoutes(app: FastifyInstance, wf: Workflow): void {
  app.get('/beheer/audit', async (req, reply) => {
    const before = Number((req.query as Record<string, unknown>).voor);
    const records = await wf.audit.list({
      limit: PAGE,
      ...(Number.isInteger(before) && before > 0 ? { beforeId: before } : {}),
    });
    const older = records.length === PAGE ? records.at(-1)?.id : undefined;
    return reply
      .type('text/html; charset=utf-8')
      .send(renderDocument(AuditPage({ records, ...(older ? { older } : {}) })));
  });
}
