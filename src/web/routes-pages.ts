/** HTML pages: start page and search (the report: routes-report.ts). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_DIVISION, DIVISIONS } from '../domain/division.js';
import { HomePage } from '../render/html/home-page.js';
import { SearchPage } from '../render/html/search-page.js';
import type { AppContext } from './context.js';
import { sendPage } from './html-reply.js';
import { reportPath } from './report-request.js';

export function pageRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  extras: { homeNote?: () => string | undefined } = {},
): void {
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
      const note = extras.homeNote?.();
      return sendPage(reply, HomePage({ groups, division, ...(note ? { note } : {}) }));
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
}

/** `&van=11007` for a hit on a former municipality, so the report says it merged. */
function formerCode(ctx: AppContext, matched: string): string {
  const old = ctx.geo.search(matched, '2019-2024', 1)[0];
  return old ? `&van=${old.area.nis}` : '';
}
