/** HTML pages: start page, search, report page. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_DIVISION, DIVISIONS } from '../domain/division.js';
import { HomePage } from '../render/html/home-page.js';
import { ReportPage } from '../render/html/report-page.js';
import { MessagePage, NotFoundPage, SearchPage } from '../render/html/search-page.js';
import { availableYears, buildReport } from '../report/build-report.js';
import type { AppContext } from './context.js';
import { sendPage } from './html-reply.js';
import { reportPath, reportQuerySchema, resolveReportRequest } from './report-request.js';

export function pageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { geo } = ctx;

  r.get(
    '/',
    { schema: { querystring: z.object({ indeling: z.enum(DIVISIONS).optional() }) } },
    (req, reply) => {
      const division = req.query.indeling ?? DEFAULT_DIVISION;
      const groups = geo.areas(division, 'province').map((p) => ({
        province: geo.displayName(p),
        municipalities: geo.areas(division, 'municipality').filter((m) => m.parents.province === p.nis),
      }));
      return sendPage(reply, HomePage({ groups, division }));
    },
  );

  r.get(
    '/zoek',
    {
      schema: {
        querystring: z.object({ q: z.string().max(200).default(''), indeling: z.enum(DIVISIONS).optional() }),
      },
    },
    (req, reply) => {
      const division = req.query.indeling ?? DEFAULT_DIVISION;
      const query = req.query.q.trim();
      if (query === '') return reply.redirect('/', 303);
      const hits = geo.search(query, division, 10);
      const [best, second] = hits;
      const decisive = best && best.kind !== 'fuzzy' && (!second || second.score < best.score);
      if (decisive && best) {
        const from =
          best.kind === 'former_name' || best.kind === 'former_nis' ? formerCode(ctx, best.matchedName) : '';
        return reply.redirect(`${reportPath(best.area.nis, division)}${from}`, 303);
      }
      return sendPage(reply, SearchPage({ query, hits }));
    },
  );

  r.get(
    '/gemeente/:nis',
    { schema: { params: z.object({ nis: z.string().max(100) }), querystring: reportQuerySchema } },
    async (req, reply) => {
      const release = await ctx.releases.active();
      const resolved = resolveReportRequest(
        geo,
        availableYears(ctx.catalog, release),
        req.params.nis,
        req.query,
      );
      if (resolved.kind === 'redirect') return reply.redirect(resolved.location, 302);
      if (resolved.kind === 'unknown_area') {
        return sendPage(
          reply,
          NotFoundPage({ asked: resolved.asked, suggestions: resolved.suggestions }),
          404,
        );
      }
      if (resolved.kind === 'unknown_year') {
        const message = `Voor ${resolved.year} zijn er geen cijfers. Beschikbare jaren: ${resolved.years.join(', ')}.`;
        return sendPage(reply, MessagePage({ title: 'Geen cijfers voor dat jaar', message }), 404);
      }
      const report = await buildReport({ ...ctx, release }, resolved);
      const notes = resolved.formerNote ? [resolved.formerNote, ...report.notes] : report.notes;
      return sendPage(reply, ReportPage({ report: { ...report, notes } }));
    },
  );
}

/** `&van=11007` for a hit on a former municipality, so the report says it merged. */
function formerCode(ctx: AppContext, matched: string): string {
  const old = ctx.geo.search(matched, '2019-2024', 1)[0];
  return old ? `&van=${old.area.nis}` : '';
}
