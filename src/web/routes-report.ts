/**
 * The report of a municipality and everything made from it: the page, each chart as SVG image, each
 * block as an embeddable page, and the PDF, Excel, CSV and JSON downloads. All from one cached report.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { NisCode } from '../domain/brand.js';
import { renderReportCsv, renderReportXlsx, reportFileName } from '../export/index.js';
import { NARROW_SUFFIX } from '../publish/chart-source.js';
import { embedHtml, findBlock, reportHtml, reportPdf } from '../publish/report-outputs.js';
import { reportQuery } from '../render/html/report/controls.js';
import { MessagePage, NotFoundPage } from '../render/html/search-page.js';
import { availableYears } from '../report/build-report.js';
import type { Report } from '../report/model.js';
import { fullSelection, kernSelection, parseChapters, UnknownChapterError } from '../report/variant.js';
import type { AppContext } from './context.js';
import { sendPage } from './html-reply.js';
import { type ReportQuery, reportQuerySchema, requestKey, resolveReportRequest } from './report-request.js';

const params = z.object({ nis: z.string().max(100) });
const blockParams = z.object({
  nis: z.string().max(100),
  block: z.string().regex(/^[a-z0-9_-]{1,120}(\.svg)?$/),
});

/** A report with its address, its release and the cache key of its request; or the answer already sent. */
type Outcome = { report: Report; permalink: string; release: string; key: string } | { sent: FastifyReply };

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** Resolves the request to a report, or sends the redirect or the error page. */
  async function reportFor(
    nis: string,
    query: ReportQuery,
    reply: FastifyReply,
    suffix = '',
  ): Promise<Outcome> {
    const release = await ctx.releases.active();
    const resolved = resolveReportRequest(ctx.geo, availableYears(ctx.catalog, release), nis, query);
    if (resolved.kind === 'redirect') {
      const [path, q] = resolved.location.split('?');
      return { sent: reply.redirect(`${path}${suffix}?${q}`, 302) };
    }
    if (resolved.kind === 'unknown_area')
      return {
        sent: sendPage(
          reply,
          NotFoundPage({ asked: resolved.asked, suggestions: resolved.suggestions }),
          404,
        ),
      };
    if (resolved.kind === 'unknown_year') {
      const message = `Voor ${resolved.year} zijn er geen cijfers. Beschikbare jaren: ${resolved.years.join(', ')}.`;
      return { sent: sendPage(reply, MessagePage({ title: 'Geen cijfers voor dat jaar', message }), 404) };
    }
    const asked = query.vergelijk ?? [];
    if (resolved.unresolved.length === 0 && asked.some((a) => !/^\d{5}$/.test(a))) {
      // Names typed in the form: go to the permalink with NIS codes.
      const codes = resolved.compareWith.map((a) => `&vergelijk=${a.nis}`).join('');
      return {
        sent: reply.redirect(
          `/gemeente/${resolved.subject.nis}${suffix}?jaar=${resolved.year}&indeling=${resolved.division}${codes}`,
          303,
        ),
      };
    }
    const built = await ctx.reports.report(release, resolved);
    const notes = [
      ...(resolved.formerNote ? [resolved.formerNote] : []),
      ...resolved.unresolved.map(
        (a) => `Geen gemeente gevonden voor "${a}": niet toegevoegd aan de vergelijking.`,
      ),
      ...built.notes,
    ];
    const report = { ...built, notes };
    return {
      report,
      permalink: `/gemeente/${report.subject.nis}?${reportQuery(report)}`,
      release: release.id,
      key: requestKey(resolved),
    };
  }

  /** The municipalities of the report's division, but the subject, as suggestions of the comparison field. */
  const comparable = (report: Report): string[] =>
    ctx.geo
      .areas(report.division, 'municipality')
      .filter((a) => a.nis !== report.subject.nis)
      .map((a) => a.name);

  /** The former municipalities of a merged one (division 2025), each with its own report on 2019–2024. */
  const formerOf = (report: Report): { nis: string; name: string }[] => {
    if (report.division !== '2025' || report.subject.level !== 'municipality') return [];
    const parts = ctx.geo.predecessors(report.subject.nis as NisCode);
    if (parts.length < 2) return [];
    return parts
      .map((nis) => ctx.geo.municipality('2019-2024', nis))
      .filter((a) => a !== undefined)
      .map((a) => ({ nis: a.nis, name: a.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
  };

  const download = (reply: FastifyReply, report: Report, ext: 'pdf' | 'xlsx' | 'csv', type: string) =>
    reply.header('content-disposition', `attachment; filename="${reportFileName(report, ext)}"`).type(type);

  /** The chapters asked for, or the page saying which exist. */
  function chosen(report: Report, asked: string | undefined, reply: FastifyReply) {
    try {
      return { selection: fullSelection(report, parseChapters(report, asked)) };
    } catch (err) {
      if (!(err instanceof UnknownChapterError)) throw err;
      const message = `Het rapport heeft geen hoofdstuk ${err.unknown.join(', ')}. Hoofdstukken: ${err.known.join(', ')} (of alle).`;
      return { sent: sendPage(reply, MessagePage({ title: 'Onbekend hoofdstuk', message }), 404) };
    }
  }

  r.get('/gemeente/:nis', { schema: { params, querystring: reportQuerySchema } }, async (req, reply) => {
    const out = await reportFor(req.params.nis, req.query, reply);
    if ('sent' in out) return out.sent;
    // The site's own address, so the embed code next to each chart works on another site.
    const origin = `${req.protocol}://${req.host}`;
    const pageKey = `${out.key}|${req.query.hoofdstukken ?? ''}|${origin}`;
    const cached = ctx.outputs.pages.get(out.release, pageKey);
    if (cached) return reply.type('text/html; charset=utf-8').send(cached);
    const charts = { ...ctx.charts(out.report, out.permalink), origin };
    // Without a choice of chapters: the kernrapport, with the chapters of the full report one click away.
    const pick =
      req.query.hoofdstukken === undefined
        ? { selection: kernSelection(out.report, ctx.catalog.report.kern) }
        : chosen(out.report, req.query.hoofdstukken, reply);
    if ('sent' in pick) return pick.sent;
    const html = reportHtml(out.report, 'web', charts, out.permalink, pick.selection, undefined, {
      municipalities: comparable(out.report),
      formerMunicipalities: formerOf(out.report),
    });
    return reply.type('text/html; charset=utf-8').send(ctx.outputs.pages.set(out.release, pageKey, html));
  });

  r.get(
    '/gemeente/:nis/grafiek/:block',
    { schema: { params: blockParams, querystring: reportQuerySchema } },
    async (req, reply) => {
      const asked = req.params.block.replace(/\.svg$/, '');
      // `<blok>-smal`: the chart laid out for a phone screen.
      const narrow = asked.endsWith(NARROW_SUFFIX);
      const id = narrow ? asked.slice(0, -NARROW_SUFFIX.length) : asked;
      const out = await reportFor(req.params.nis, req.query, reply);
      if ('sent' in out) return out.sent;
      const block = findBlock(out.report, id);
      const charts = ctx.charts(out.report, out.permalink);
      const svg = block ? (narrow ? charts.narrowSvg(block) : charts.svg(block)) : null;
      if (!svg)
        return sendPage(
          reply,
          MessagePage({ title: 'Geen grafiek', message: `Blok ${id} heeft geen grafiek.` }),
          404,
        );
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(svg);
    },
  );

  r.get(
    '/embed/gemeente/:nis/:block',
    { schema: { params: blockParams, querystring: reportQuerySchema } },
    async (req, reply) => {
      const out = await reportFor(req.params.nis, req.query, reply);
      if ('sent' in out) return out.sent;
      const block = findBlock(out.report, req.params.block);
      if (!block)
        return sendPage(
          reply,
          MessagePage({
            title: 'Onbekend blok',
            message: `Het rapport heeft geen blok ${req.params.block}.`,
          }),
          404,
        );
      const html = ctx.outputs.pages.through(out.release, `embed|${out.key}|${block.id}`, () =>
        embedHtml(out.report, block, ctx.charts(out.report, out.permalink), out.permalink),
      );
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  r.get(
    '/gemeente/:nis/rapport.pdf',
    { schema: { params, querystring: reportQuerySchema } },
    async (req, reply) => {
      const out = await reportFor(req.params.nis, req.query, reply, '/rapport.pdf');
      if ('sent' in out) return out.sent;
      const pick = chosen(out.report, req.query.hoofdstukken, reply);
      if ('sent' in pick) return pick.sent;
      const pdf = await reportPdf(
        ctx.pdfBrowser(),
        out.report,
        ctx.charts(out.report, out.permalink),
        out.permalink,
        pick.selection,
      );
      return download(reply, out.report, 'pdf', 'application/pdf').send(pdf);
    },
  );

  r.get(
    '/gemeente/:nis/kernrapport.pdf',
    { schema: { params, querystring: reportQuerySchema } },
    async (req, reply) => {
      const out = await reportFor(req.params.nis, req.query, reply, '/kernrapport.pdf');
      if ('sent' in out) return out.sent;
      const pdf = await reportPdf(
        ctx.pdfBrowser(),
        out.report,
        ctx.charts(out.report, out.permalink),
        out.permalink,
        kernSelection(out.report, ctx.catalog.report.kern),
      );
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${reportFileName(out.report, 'pdf', 'kernrapport')}"`,
        )
        .type('application/pdf')
        .send(pdf);
    },
  );

  r.get(
    '/gemeente/:nis/rapport.xlsx',
    { schema: { params, querystring: reportQuerySchema } },
    async (req, reply) => {
      const out = await reportFor(req.params.nis, req.query, reply, '/rapport.xlsx');
      if ('sent' in out) return out.sent;
      const xlsx = await renderReportXlsx(out.report, { catalog: ctx.catalog });
      return download(
        reply,
        out.report,
        'xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ).send(xlsx);
    },
  );

  r.get(
    '/gemeente/:nis/rapport.csv',
    { schema: { params, querystring: reportQuerySchema } },
    async (req, reply) => {
      const out = await reportFor(req.params.nis, req.query, reply, '/rapport.csv');
      if ('sent' in out) return out.sent;
      return download(reply, out.report, 'csv', 'text/csv; charset=utf-8').send(renderReportCsv(out.report));
    },
  );
}
