/** The inburgering dashboard (issue 10 §1): the page, its downloads and the island's scripts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mapGeoJson } from '../charts/maps.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import { filtersOf, SelectionError } from '../dashboard/query.js';
import { areaParam, type DashboardSelection, parseSelection } from '../dashboard/selection.js';
import type { Division } from '../domain/division.js';
import type { Geography } from '../geo/index.js';
import { dashboardDownload, dashboardOutputs, downloadName } from '../publish/dashboard-outputs.js';
import { DashboardPage, dashboardHref } from '../render/html/dashboard/dashboard-page.js';
import { DASHBOARD_ISLAND_JS } from '../render/html/dashboard/island-script.js';
import type { AreaGroups } from '../render/html/dashboard/selection-form.js';
import { MessagePage } from '../render/html/search-page.js';
import type { AppContext } from './context.js';
import { sendPage } from './html-reply.js';

const FILES = ['weergave.csv', 'weergave.xlsx', 'grafiek.svg', 'eiland.js', 'echarts.min.js'] as const;

const areaGroupsCache = new Map<Division, AreaGroups[]>();

/** The area field's options: the region, provinces, arrondissements and municipalities of a division. */
function areaGroups(geo: Geography, division: Division): AreaGroups[] {
  let hit = areaGroupsCache.get(division);
  if (!hit) {
    const of = (level: 'region' | 'province' | 'arrondissement' | 'municipality', prefix: string) =>
      geo.areas(division, level).map((a) => ({ value: areaParam(a), label: `${prefix}${a.name}` }));
    hit = [
      { label: 'Gewest', options: of('region', '') },
      { label: 'Provincies', options: of('province', 'provincie ') },
      { label: 'Arrondissementen', options: of('arrondissement', 'arrondissement ') },
      { label: 'Gemeenten', options: of('municipality', '') },
    ];
    areaGroupsCache.set(division, hit);
  }
  return hit;
}

let echartsSource: string | undefined;
function echartsScript(): string {
  if (!echartsSource) {
    const require = createRequire(import.meta.url);
    echartsSource = readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  }
  return echartsSource;
}

function refuse(reply: FastifyReply, err: unknown): FastifyReply {
  if (!(err instanceof SelectionError)) throw err;
  return sendPage(reply, MessagePage({ title: 'Ongeldige selectie', message: err.message }), 400);
}

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = filtersOf(ctx.catalog, ctx.countries).map((f) => f.param);
  const selection = (query: unknown): DashboardSelection =>
    parseSelection((query ?? {}) as Record<string, unknown>, params);

  r.get('/dashboard/inburgering', async (req, reply) => {
    let s: DashboardSelection;
    try {
      s = selection(req.query);
    } catch {
      return sendPage(
        reply,
        MessagePage({ title: 'Ongeldige selectie', message: 'Deze selectie klopt niet.' }),
        400,
      );
    }
    const release = await ctx.releases.active();
    try {
      const out = await dashboardOutputs({ ...ctx, release }, s);
      const filters = filtersOf(ctx.catalog, ctx.countries);
      const chartJson = out.chart
        ? JSON.stringify({
            option: out.chart.option,
            width: out.chart.width,
            height: out.chart.height,
            maps: Object.fromEntries(out.chart.maps.map((m) => [m, mapGeoJson(m)])),
            links: Object.fromEntries(
              out.result.ranking.map((c) => [
                c.area.nis,
                dashboardHref(s, { area: { level: 'municipality', nis: c.area.nis }, view: 'trend' }),
              ]),
            ),
            pngName: downloadName(out, 'svg').replace(/\.svg$/, '.png'),
          }).replace(/</g, '\\u003c')
        : null;
      return sendPage(
        reply,
        DashboardPage({
          result: out.result,
          view: out.view,
          filters,
          areas: areaGroups(ctx.geo, s.division),
          chartSvg: out.chart ? renderSpecSvg(out.chart, 'dash') : null,
          chartJson,
        }),
      );
    } catch (err) {
      return refuse(reply, err);
    }
  });

  r.get(
    '/dashboard/inburgering/:file',
    { schema: { params: z.object({ file: z.enum(FILES) }) } },
    async (req, reply) => {
      const { file } = req.params;
      if (file === 'eiland.js')
        return reply
          .type('text/javascript; charset=utf-8')
          .header('cache-control', 'public, max-age=3600')
          .send(DASHBOARD_ISLAND_JS);
      if (file === 'echarts.min.js')
        return reply
          .type('text/javascript; charset=utf-8')
          .header('cache-control', 'public, max-age=86400')
          .send(echartsScript());
      let s: DashboardSelection;
      try {
        s = selection(req.query);
      } catch {
        return sendPage(
          reply,
          MessagePage({ title: 'Ongeldige selectie', message: 'Deze selectie klopt niet.' }),
          400,
        );
      }
      const release = await ctx.releases.active();
      const format = file === 'weergave.csv' ? 'csv' : file === 'weergave.xlsx' ? 'xlsx' : 'svg';
      try {
        const d = await dashboardDownload({ ...ctx, release }, s, format);
        return reply
          .type(d.contentType)
          .header('content-disposition', `attachment; filename="${d.fileName}"`)
          .send(d.body);
      } catch (err) {
        return refuse(reply, err);
      }
    },
  );
}
