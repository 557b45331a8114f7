/** /vorming/editie/:edition/attest.pdf: a participant's own certificate, once the attendance rule is met. */
import type { FastifyInstance } from 'fastify';
import type { WarmBrowser } from '../pdf/browser.js';
import { MessagePage } from '../render/html/search-page.js';
import { brusselsDay } from '../usage/days.js';
import { printCertificate } from './certificate.js';
import { idParam, notFound, person, sendHtml, type TrainingRouteDeps } from './route-kit.js';

export function trainingCertificateRoutes(
  app: FastifyInstance,
  deps: TrainingRouteDeps,
  pdfBrowser: () => WarmBrowser,
): void {
  app.get('/vorming/editie/:edition/attest.pdf', async (req, reply) => {
    const id = idParam(req, 'edition');
    const found = id === undefined ? undefined : await deps.track.sessions.edition(id);
    if (id === undefined || !found) return notFound(reply, 'Deze editie bestaat niet.');
    const me = person(req);
    const status = await deps.track.attendance.certificate(id, me.userId);
    if (!status?.met)
      return sendHtml(
        reply,
        MessagePage({
          title: 'Nog geen attest',
          message: `Het attest komt er als alle sessies gehouden of afgelast zijn en je op minstens ${found.edition.attendance_percent} % van de gehouden sessies aanwezig was${
            status
              ? ` (nu ${status.attended} van ${status.held}${status.open ? `, nog ${status.open} te gaan` : ''})`
              : ''
          }.`,
        }),
        409,
      );
    const pdf = await printCertificate(pdfBrowser(), {
      name: me.name,
      municipalities: [...me.municipalities].sort().map(deps.kit.municipalityLabel),
      editionTitle: found.edition.title,
      status,
      attended: await deps.track.attendance.attendedSessions(id, me.userId),
      issuedOn: brusselsDay(deps.now()),
    });
    return reply
      .header('content-disposition', `attachment; filename="attest-vorming-${id}.pdf"`)
      .type('application/pdf')
      .send(pdf);
  });
}
