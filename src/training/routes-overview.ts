/** /vorming/overzicht (AgII): the overview page, and the same as CSV and Excel. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import { type MunicipalityRef, trainingOverview } from './overview.js';
import { overviewCsv, overviewXlsx, participationMapSvg } from './overview-files.js';
import { OverviewPage } from './pages/overview-page.js';
import { sendHtml } from './route-kit.js';

export function trainingOverviewRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  municipalities: readonly MunicipalityRef[],
): void {
  const overview = () => trainingOverview(db, municipalities);

  app.get('/vorming/overzicht', async (_req, reply) => {
    const data = await overview();
    return sendHtml(reply, OverviewPage({ overview: data, mapSvg: participationMapSvg(data) }));
  });

  app.get('/vorming/overzicht.csv', async (_req, reply) =>
    reply
      .header('content-disposition', 'attachment; filename="vorming-per-gemeente.csv"')
      .type('text/csv; charset=utf-8')
      .send(overviewCsv(await overview())),
  );

  app.get('/vorming/overzicht.xlsx', async (_req, reply) =>
    reply
      .header('content-disposition', 'attachment; filename="vorming-per-gemeente.xlsx"')
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await overviewXlsx(await overview())),
  );
}
