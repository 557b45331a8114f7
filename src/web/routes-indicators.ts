/** Indicator pages and the downloads of one indicator for every area (CSV, Excel, JSON). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_DIVISION, DIVISIONS } from '../domain/division.js';
import { describeCatalog, describeIndicator } from '../indicators/catalog-describe.js';
import { indicatorRanking } from '../publish/indicator-ranking.js';
import { IndicatorListPage, IndicatorPage } from '../render/html/indicator-page.js';
import { MessagePage } from '../render/html/search-page.js';
import { renderTidyCsv } from '../render/tidy/tidy-csv.js';
import { downloadName, tidyRecords } from '../render/tidy/tidy-records.js';
import { renderTidyXlsx } from '../render/tidy/tidy-xlsx.js';
import { availableYears } from '../report/build-report.js';
import { SHARED_TABLES } from '../report/indicator-table-cache.js';
import { contractDays } from '../sources/contracts/contract-days.js';
import type { AppContext } from './context.js';
import { sendPage } from './html-reply.js';

const query = z.object({
  jaar: z.coerce.number().int().min(1900).max(2200).optional(),
  indeling: z.enum(DIVISIONS).optional(),
});
const params = z.object({ id: z.string().max(100) });

export function indicatorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const days = contractDays();

  r.get('/indicatoren', (_req, reply) =>
    sendPage(
      reply,
      IndicatorListPage({ items: describeCatalog(ctx.catalog, days), catalogVersion: ctx.catalog.version }),
    ),
  );

  r.get('/indicator/:id', { schema: { params, querystring: query } }, async (req, reply) => {
    const spec = ctx.catalog.indicator(req.params.id);
    if (!spec) {
      return sendPage(
        reply,
        MessagePage({ title: 'Onbekende indicator', message: `Er is geen indicator ${req.params.id}.` }),
        404,
      );
    }
    const release = await ctx.releases.active();
    const dataset = ctx.catalog.datasets.get(spec.numerator.dataset);
    const periods = dataset
      ? dataset.id === 'bevolking'
        ? release.years.map((y) => `${y}-01-01`)
        : (release.manifest.datasets[dataset.id] ?? [])
      : [];
    const demoPeriods = new Set(
      release.manifest.sources.flatMap((s) =>
        s.kind === 'contract' && s.dataset === dataset?.id && s.demo ? s.periods.map((p) => p.period) : [],
      ),
    );
    const year = req.query.jaar ?? Math.max(...availableYears(ctx.catalog, release));
    const division = req.query.indeling ?? DEFAULT_DIVISION;
    const table = await indicatorRanking({ ...ctx, release }, spec, division, year);
    return sendPage(
      reply,
      IndicatorPage({
        item: describeIndicator(ctx.catalog, spec, days),
        periods,
        demoPeriods,
        catalogVersion: ctx.catalog.version,
        year,
        ranking: { division, table },
      }),
    );
  });

  r.get(
    '/indicator/:id/:file',
    {
      schema: {
        params: params.extend({ file: z.enum(['gemeenten.csv', 'gemeenten.xlsx', 'gemeenten.json']) }),
        querystring: query,
      },
    },
    async (req, reply) => {
      const spec = ctx.catalog.indicator(req.params.id);
      if (!spec)
        return reply
          .code(404)
          .send({ error: 'unknown_indicator', message: `Er is geen indicator ${req.params.id}.` });
      const release = await ctx.releases.active();
      const year = req.query.jaar ?? Math.max(...availableYears(ctx.catalog, release));
      const table = await SHARED_TABLES.get(
        { ...ctx, release },
        spec,
        req.query.indeling ?? DEFAULT_DIVISION,
        year,
      );
      const extension = req.params.file.split('.')[1] as 'csv' | 'xlsx' | 'json';
      if (extension === 'json') {
        return {
          indicator: spec.id,
          division: table.division,
          period: table.period,
          periodLabel: table.periodLabel,
          demo: table.demo,
          provisional: table.provisional,
          release: release.id,
          catalog: ctx.catalog.version,
          rows: tidyRecords(table),
        };
      }
      reply.header('content-disposition', `attachment; filename="${downloadName(table, extension)}"`);
      if (extension === 'csv') return reply.type('text/csv; charset=utf-8').send(renderTidyCsv(table));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await renderTidyXlsx(table));
    },
  );
}
