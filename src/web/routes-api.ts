/** The public JSON API (v1): the report in its documented JSON form, and a health check. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availableYears } from '../report/build-report.js';
import type { AppContext } from './context.js';
import { reportQuerySchema, requestKey, resolveReportRequest } from './report-request.js';

export function apiRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/gemeente/:nis/rapport',
    { schema: { params: z.object({ nis: z.string().max(100) }), querystring: reportQuerySchema } },
    async (req, reply) => {
      const release = await ctx.releases.active();
      const resolved = resolveReportRequest(
        ctx.geo,
        availableYears(ctx.catalog, release),
        req.params.nis,
        req.query,
        '/api/v1/gemeente',
      );
      if (resolved.kind === 'redirect')
        return reply.redirect(resolved.location.replace('?', '/rapport?'), 302);
      if (resolved.kind === 'unknown_area') {
        return reply.code(404).send({
          error: 'unknown_area',
          message: `Onbekende gemeente: ${resolved.asked}`,
          suggestions: resolved.suggestions.map((h) => ({
            nis: h.area.nis,
            name: h.area.name,
            note: h.note ?? null,
          })),
        });
      }
      if (resolved.kind === 'unknown_year') {
        return reply.code(404).send({
          error: 'unknown_year',
          message: `Geen cijfers voor ${resolved.year}`,
          years: resolved.years,
        });
      }
      const key = requestKey(resolved);
      const cached = ctx.outputs.json.get(release.id, key);
      const json =
        cached ??
        (await ctx.reports.report(release, resolved).then((report) => {
          const notes = resolved.formerNote ? [resolved.formerNote, ...report.notes] : report.notes;
          return ctx.outputs.json.set(release.id, key, JSON.stringify({ ...report, notes }));
        }));
      return reply
        .header('cache-control', 'public, max-age=300')
        .type('application/json; charset=utf-8')
        .send(json);
    },
  );

  const health = async () => {
    const release = await ctx.releases.active();
    return { status: 'ok', release: release.id, years: release.years, catalog: ctx.catalog.version };
  };
  r.get('/api/v1/health', health);
  r.get('/health', health);
}
