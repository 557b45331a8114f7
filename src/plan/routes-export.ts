/** The plan's history page and its downloads: Word (docx), PDF (the report's print pipeline) and JSON. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDate } from '../domain/format.js';
import { renderDocument } from '../render/html/document.js';
import { planDocx } from './export-docx.js';
import { type PlanExport, planExport } from './export-model.js';
import { baselineOf, sinceThePlan } from './figures.js';
import { type ProgressRow, plansMapSvg, plansOverview } from './overview.js';
import { HistoryPage } from './pages/history-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { PlanPrint } from './pages/plan-print.js';
import type { PlanRouteDeps } from './routes.js';

const nisOf = (req: FastifyRequest) => (req.params as { nis: string }).nis;

export function planExportRoutes(
  app: FastifyInstance,
  deps: PlanRouteDeps & { now: () => Date; municipalities: readonly { nis: string }[] },
): void {
  const { plans, sources, kit } = deps;

  const missing = (reply: FastifyReply) =>
    reply.code(404).type('text/plain; charset=utf-8').send('Deze gemeente heeft nog geen plan van aanpak.');

  const exported = async (nis: string): Promise<PlanExport | undefined> => {
    const view = await plans.get(nis);
    if (!view) return undefined;
    const report = await sources.report(nis).catch(() => undefined);
    const since = new Map<number, string | null>();
    for (const i of view.indicators) {
      const later = report && report.release.id !== i.baseline.releaseId;
      since.set(i.id, later ? sinceThePlan(i.baseline, baselineOf(report, i.indicatorId, i.rowKey)) : null);
    }
    return planExport(view, kit.municipalityLabel(nis), since, deps.now());
  };

  const fileName = (plan: PlanExport, ext: string) => `plan-van-aanpak-${plan.municipality.nis}.${ext}`;

  app.get('/gemeente/:nis/plan.json', async (req, reply) => {
    const plan = deps.isMunicipality(nisOf(req)) ? await exported(nisOf(req)) : undefined;
    if (!plan) return missing(reply);
    return reply
      .header('content-disposition', `attachment; filename="${fileName(plan, 'json')}"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(plan, null, 2));
  });

  app.get('/gemeente/:nis/plan.docx', async (req, reply) => {
    const plan = deps.isMunicipality(nisOf(req)) ? await exported(nisOf(req)) : undefined;
    if (!plan) return missing(reply);
    return reply
      .header('content-disposition', `attachment; filename="${fileName(plan, 'docx')}"`)
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(await planDocx(plan));
  });

  app.get('/gemeente/:nis/plan.pdf', async (req, reply) => {
    const plan = deps.isMunicipality(nisOf(req)) ? await exported(nisOf(req)) : undefined;
    if (!plan) return missing(reply);
    const pdf = await sources.pdf(renderDocument(PlanPrint({ plan })), {
      area: plan.municipality.label,
      release: plan.figures.releaseId,
      date: plan.exportedAt.slice(0, 10),
      documentName: 'Plan van aanpak',
    });
    return reply
      .header('content-disposition', `attachment; filename="${fileName(plan, 'pdf')}"`)
      .type('application/pdf')
      .send(pdf);
  });

  app.get('/gemeente/:nis/plan/geschiedenis', async (req, reply) => {
    const nis = nisOf(req);
    const view = deps.isMunicipality(nis) ? await plans.get(nis) : undefined;
    if (!view) return missing(reply);
    const page = HistoryPage({ nis, label: kit.municipalityLabel(nis), changes: await plans.history(nis) });
    return reply.type('text/html; charset=utf-8').send(renderDocument(page));
  });

  app.get('/plannen', async (_req, reply) => {
    const all = await plans.all();
    const progress: ProgressRow[] = [];
    for (const view of all) {
      if (view.indicators.length === 0) continue;
      const report = await sources.report(view.plan.nis).catch(() => undefined);
      for (const i of view.indicators) {
        const now = report ? baselineOf(report, i.indicatorId, i.rowKey) : undefined;
        const later = report && report.release.id !== i.baseline.releaseId;
        progress.push({
          nis: view.plan.nis,
          key: i.key,
          baseline: i.baseline,
          target: i.target,
          now,
          since: later ? sinceThePlan(i.baseline, now) : null,
        });
      }
    }
    const overview = plansOverview(all, progress);
    const today = deps.now().toISOString().slice(0, 10);
    const page = OverviewPage({
      overview,
      mapSvg: plansMapSvg(overview, deps.municipalities, formatDate(today)),
      label: kit.municipalityLabel,
    });
    return reply.type('text/html; charset=utf-8').send(renderDocument(page));
  });
}
