/** The report of one municipality in its documented JSON form, and the health check. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availableYears } from '../../report/build-report.js';
import { reportJsonSchema } from '../../report/report-schema.js';
import type { AppContext } from '../context.js';
import { reportQuerySchema, requestKey, resolveReportRequest } from '../report-request.js';
import { problemSchema, sendProblem } from './problem.js';
import { healthResponse } from './schemas.js';

export function reportApiRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/gemeente/:nis/rapport',
    {
      schema: {
        summary: 'Het cijferrapport van een gemeente (JSON)',
        description:
          'The report of one municipality, as on its page, in the form documented in docs/report-json.md. A former municipality (or a name) answers with a redirect to its current report.',
        tags: ['rapporten'],
        params: z.object({ nis: z.string().max(100).describe('NIS-code or name of the municipality') }),
        querystring: reportQuerySchema,
        response: { 200: reportJsonSchema, 404: problemSchema },
      },
    },
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
        return sendProblem(
          req,
          reply,
          'unknown_area',
          {
            nl: `Onbekende gemeente: ${resolved.asked}`,
            en: `Unknown municipality: ${resolved.asked}`,
          },
          {
            suggestions: resolved.suggestions.map((h) => ({
              nis: h.area.nis,
              name: h.area.name,
              note: h.note ?? null,
            })),
          },
        );
      }
      if (resolved.kind === 'unknown_year') {
        return sendProblem(
          req,
          reply,
          'unknown_year',
          { nl: `Geen cijfers voor ${resolved.year}`, en: `No figures for ${resolved.year}` },
          { years: resolved.years },
        );
      }
      // Serialised (and checked against the schema) once per release and request; then sent as it is.
      const key = requestKey(resolved);
      const cached = ctx.outputs.json.get(release.id, key);
      // A string is sent as it is (no second serialisation); the typed reply only knows the model.
      if (cached) return reply.type('application/json; charset=utf-8').send(cached as never);
      const report = await ctx.reports.report(release, resolved);
      const notes = resolved.formerNote ? [resolved.formerNote, ...report.notes] : report.notes;
      const json = String(reply.serialize({ ...report, notes }));
      ctx.outputs.json.set(release.id, key, json);
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );

  r.get(
    '/health',
    {
      schema: {
        summary: 'Werkt de dienst, en met welke release?',
        tags: ['dienst'],
        response: { 200: healthResponse },
      },
    },
    () => health(ctx),
  );
}

export async function health(ctx: AppContext) {
  const release = await ctx.releases.active();
  return {
    status: 'ok' as const,
    release: release.id,
    years: [...release.years],
    catalog: ctx.catalog.version,
  };
}
