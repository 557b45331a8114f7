/** Figures of one indicator for areas × periods × breakdown categories, filtered and paged. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { indicatorValues } from '../../publish/api/values.js';
import { availableYears } from '../../report/build-report.js';
import type { AppContext } from '../context.js';
import { problemSchema, sendProblem } from './problem.js';
import { unknownIndicator } from './routes-catalog.js';
import { indicatorParams, LEVEL_PARAM, valuesQuery, valuesResponse } from './schemas.js';

/** The address of the page after this one: the same question with the next offset. */
function nextPage(url: string, offset: number): string {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.set('offset', String(offset));
  return `${path}?${params.toString()}`;
}

export function valuesApiRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/indicatoren/:id/waarden',
    {
      schema: {
        summary: 'Cijfers van een indicator voor gebieden × perioden × categorieën',
        description:
          'Only figures the report shows: a count hidden to protect small numbers has state `suppressed` (no number), exactly as in the report, its downloads and the bulk files.',
        tags: ['cijfers'],
        params: indicatorParams,
        querystring: valuesQuery,
        response: { 200: valuesResponse, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const spec = ctx.catalog.indicator(req.params.id);
      if (!spec) return unknownIndicator(req, reply, req.params.id);
      const unknown = q.gebied.filter(
        (nis) =>
          !(['municipality', 'arrondissement', 'province', 'region'] as const).some((l) =>
            ctx.geo.area(q.indeling, l, nis as never),
          ),
      );
      if (unknown.length > 0) {
        return sendProblem(req, reply, 'unknown_area', {
          nl: `Geen gebied van indeling ${q.indeling}: ${unknown.join(', ')}`,
          en: `No area of division ${q.indeling}: ${unknown.join(', ')}`,
        });
      }
      const release = await ctx.releases.active();
      const offered = availableYears(ctx.catalog, release);
      const years = q.jaar.map(Number);
      const missing = years.filter((y) => !offered.includes(y));
      if (missing.length > 0) {
        return sendProblem(
          req,
          reply,
          'unknown_year',
          {
            nl: `Geen cijfers voor ${missing.join(', ')} (wel: ${offered.join(', ')})`,
            en: `No figures for ${missing.join(', ')} (available: ${offered.join(', ')})`,
          },
          { years: offered },
        );
      }
      const all = await indicatorValues({ ...ctx, release }, spec, {
        division: q.indeling,
        levels: q.niveau.map((l) => LEVEL_PARAM[l]),
        areas: q.gebied,
        years,
        categories: q.categorie,
      });
      const end = q.offset + q.limit;
      return reply.send({
        release: release.id,
        catalog: ctx.catalog.version,
        indicator: spec.id,
        unit: spec.unit,
        division: q.indeling,
        total: all.length,
        limit: q.limit,
        offset: q.offset,
        next: end < all.length ? nextPage(req.url, end) : null,
        values: all.slice(q.offset, end),
      });
    },
  );
}
