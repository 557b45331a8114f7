/** What the figures are about: the areas of a division and the indicators with their metadata. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AREA_LEVELS } from '../../domain/division.js';
import { describeCatalog, describeIndicator } from '../../indicators/catalog-describe.js';
import { apiAreas } from '../../publish/api/areas.js';
import { availableYears } from '../../report/build-report.js';
import { contractDays } from '../../sources/contracts/contract-days.js';
import type { AppContext } from '../context.js';
import { problemSchema, sendProblem } from './problem.js';
import {
  areasQuery,
  areasResponse,
  indicatorParams,
  indicatorResponse,
  indicatorsResponse,
  LEVEL_PARAM,
} from './schemas.js';

export function catalogApiRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const days = contractDays();

  r.get(
    '/gebieden',
    {
      schema: {
        summary: 'De gebieden van een indeling, met hun bovenliggende gebieden en de fusies',
        tags: ['gebieden'],
        querystring: areasQuery,
        response: { 200: areasResponse },
      },
    },
    async (req) => {
      const release = await ctx.releases.active();
      const levels = req.query.niveau.length ? req.query.niveau.map((l) => LEVEL_PARAM[l]) : [...AREA_LEVELS];
      return {
        release: release.id,
        catalog: ctx.catalog.version,
        division: req.query.indeling,
        areas: apiAreas(ctx.geo, req.query.indeling, levels),
      };
    },
  );

  r.get(
    '/indicatoren',
    {
      schema: {
        summary: 'Alle indicatoren met hun definitie, bron, licentie en geheimhoudingsregel',
        tags: ['indicatoren'],
        response: { 200: indicatorsResponse },
      },
    },
    () => ({
      catalog: { version: ctx.catalog.version, schemaVersion: ctx.catalog.schemaVersion },
      indicators: describeCatalog(ctx.catalog, days),
    }),
  );

  r.get(
    '/indicatoren/:id',
    {
      schema: {
        summary: 'Eén indicator: metadata en de perioden waarvoor de release cijfers heeft',
        tags: ['indicatoren'],
        params: indicatorParams,
        response: { 200: indicatorResponse, 404: problemSchema },
      },
    },
    async (req, reply) => {
      const spec = ctx.catalog.indicator(req.params.id);
      if (!spec) return unknownIndicator(req, reply, req.params.id);
      const release = await ctx.releases.active();
      const dataset = spec.numerator.dataset;
      const periods =
        dataset === 'bevolking'
          ? release.years.map((y) => `${y}-01-01`)
          : [...(release.manifest.datasets[dataset] ?? [])];
      const demoPeriods = release.manifest.sources.flatMap((s) =>
        s.kind === 'contract' && s.dataset === dataset && s.demo ? s.periods.map((p) => p.period) : [],
      );
      return reply.send({
        release: release.id,
        catalog: ctx.catalog.version,
        indicator: describeIndicator(ctx.catalog, spec, days),
        periods,
        demoPeriods: [...new Set(demoPeriods)].sort(),
        years: availableYears(ctx.catalog, release),
      });
    },
  );
}

export function unknownIndicator(
  req: Parameters<typeof sendProblem>[0],
  reply: Parameters<typeof sendProblem>[1],
  id: string,
) {
  return sendProblem(req, reply, 'unknown_indicator', {
    nl: `Er is geen indicator ${id}. De lijst staat op /api/v1/indicatoren.`,
    en: `There is no indicator ${id}. The list is at /api/v1/indicatoren.`,
  });
}
