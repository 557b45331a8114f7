/** /beheer/gebruik (AgII): the adoption overview, and the same as CSV and Excel. */
import type { FastifyInstance } from 'fastify';
import type { Geography } from '../geo/index.js';
import { renderDocument } from '../render/html/document.js';
import type { Workflow } from '../workflow/open-workflow.js';
import { adoptionMapSvg } from './adoption-map.js';
import { usageCsv, usageXlsx } from './export.js';
import type { MunicipalityRef } from './overview.js';
import { UsagePage } from './pages/usage-page.js';
import { isSortKey, sortRows } from './sort.js';
import { trendChartSvg } from './trend-chart.js';

export function usageRoutes(app: FastifyInstance, wf: Workflow, geo: Geography): void {
  const municipalities: MunicipalityRef[] = geo.areas('2025', 'municipality').map((m) => {
    const province = m.parents.province ? geo.area('2025', 'province', m.parents.province) : undefined;
    return { nis: m.nis, name: m.name, province: province?.name ?? '' };
  });
  const overview = () => wf.usage.overview(municipalities);

  app.get('/beheer/gebruik', async (req, reply) => {
    const query = req.query as { sorteer?: string; volgorde?: string };
    const sort = isSortKey(query.sorteer) ? query.sorteer : 'gemeente';
    const order = query.volgorde === 'af' ? 'af' : 'op';
    const data = await overview();
    const page = UsagePage({
      overview: data,
      rows: sortRows(data.rows, sort, order),
      sort,
      order,
      mapSvg: adoptionMapSvg(data),
      trendSvg: trendChartSvg(data.months),
    });
    return reply.type('text/html; charset=utf-8').send(renderDocument(page));
  });

  app.get('/beheer/gebruik.csv', async (_req, reply) => {
    const data = await overview();
    return reply
      .header('content-disposition', `attachment; filename="gebruik-${data.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(usageCsv(data));
  });

  app.get('/beheer/gebruik.xlsx', async (_req, reply) => {
    const data = await overview();
    return reply
      .header('content-disposition', `attachment; filename="gebruik-${data.to}.xlsx"`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await usageXlsx(data));
  });
}
