/** Indicator pages and the downloads of one indicator for every area (CSV, Excel, JSON). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_DIVISION, DIVISIONS, type Division } from '../domain/division.js';
import { describeCatalog, describeIndicator } from '../indicators/catalog-describe.js';
import { type IndicatorRanking, indicatorRanking } from '../publish/indicator-ranking.js';
import { RANKING_SORTS, rankingCsv, SORT_LABEL, selectRows } from '../publish/ranking-selection.js';
import { IndicatorListPage, IndicatorPage } from '../render/html/indicator-page.js';
import type { ExplorerState } from '../render/html/indicator-ranking.js';
import { MessagePage } from '../render/html/search-page.js';
import { renderTidyCsv } from '../render/tidy/tidy-csv.js';
import { downloadName, tidyRecords } from '../render/tidy/tidy-records.js';
import { renderTidyXlsx } from '../render/tidy/tidy-xlsx.js';
import { availableYears } from '../report/build-report.js';
import { SHARED_TABLES } from '../report/indicator-table-cache.js';
import { sourceRef } from '../report/source-ref.js';
import { contractDays } from '../sources/contracts/contract-days.js';
import type { AppContext } from './context.js';
import { sendPage } from './html-reply.js';

const query = z.object({
  jaar: z.coerce.number().int().min(1900).max(2200).optional(),
  indeling: z.enum(DIVISIONS).optional(),
});
/** The explorer's selection (the table of all municipalities and its CSV). */
const explorerQuerySchema = query.extend({
  provincie: z.union([z.literal(''), z.string().regex(/^\d{5}$/)]).optional(),
  sorteer: z.enum(RANKING_SORTS).optional(),
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

  r.get('/indicator/:id', { schema: { params, querystring: explorerQuerySchema } }, async (req, reply) => {
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
    const state = explorerState(
      ctx,
      spec.id,
      division,
      year,
      availableYears(ctx.catalog, release),
      req.query,
      table,
    );
    return sendPage(
      reply,
      IndicatorPage({
        item: describeIndicator(ctx.catalog, spec, days),
        periods,
        demoPeriods,
        catalogVersion: ctx.catalog.version,
        year,
        ranking: { table, state },
      }),
    );
  });

  r.get(
    '/indicator/:id/tabel.csv',
    { schema: { params, querystring: explorerQuerySchema } },
    async (req, reply) => {
      const spec = ctx.catalog.indicator(req.params.id);
      if (!spec)
        return reply
          .code(404)
          .send({ error: 'unknown_indicator', message: `Er is geen indicator ${req.params.id}.` });
      const release = await ctx.releases.active();
      const years = availableYears(ctx.catalog, release);
      const year = req.query.jaar ?? Math.max(...years);
      const division = req.query.indeling ?? DEFAULT_DIVISION;
      const table = await indicatorRanking({ ...ctx, release }, spec, division, year);
      const state = explorerState(ctx, spec.id, division, year, years, req.query, table);
      const province = state.provinces.find((p) => p.nis === state.selection.province);
      const source = sourceRef(ctx.catalog, spec.numerator.dataset);
      const csv = rankingCsv(table, state.rows, {
        indicator: spec.id,
        title: spec.title,
        source: `${source.publisher}, ${source.name}`,
        filter: `indeling ${division}; ${province ? `provincie ${province.name}` : 'alle provincies'}; gesorteerd op ${SORT_LABEL[state.selection.sort]}`,
      });
      const name = `${table.demo ? 'DEMO-' : ''}${spec.id}-${division}-${year}${province ? `-${province.nis}` : ''}-tabel.csv`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      return reply.type('text/csv; charset=utf-8').send(csv);
    },
  );

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

function explorerState(
  ctx: AppContext,
  indicator: string,
  division: Division,
  year: number,
  years: readonly number[],
  q: z.infer<typeof explorerQuerySchema>,
  ranking: IndicatorRanking,
): ExplorerState {
  const provinces = ctx.geo.areas(division, 'province').map((p) => ({ nis: p.nis, name: p.name }));
  const province = provinces.some((p) => p.nis === q.provincie) ? q.provincie : undefined;
  const selection = { province, sort: q.sorteer ?? 'plaats' } as const;
  return {
    indicator,
    division,
    year,
    years,
    provinces,
    selection,
    rows: selectRows(ranking.rows, selection),
  };
}
