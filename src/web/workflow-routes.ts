/**
 * Registers the workflow side's routes (accounts, administration, audit, mail) with the kit they need
 * from the web layer. A new module adds its `…Routes(app, wf, kit)` here, its routes to
 * src/access/route-rules.ts and to the matrix test (test/web/route-matrix.test.ts).
 */
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../access/principal.js';
import { adminUserRoutes } from '../accounts/routes-admin.js';
import { selfRoutes } from '../accounts/routes-self.js';
import { signInRoutes } from '../accounts/routes-sign-in.js';
import { auditRoutes } from '../audit/routes.js';
import { dataReleaseRoutes } from '../data-releases/routes.js';
import { DataReleases } from '../data-releases/service.js';
import type { NisCode } from '../domain/brand.js';
import type { Geography } from '../geo/index.js';
import { mailRoutes } from '../mail/routes.js';
import type { WarmBrowser } from '../pdf/browser.js';
import { planRoutes } from '../plan/routes.js';
import { planExportRoutes } from '../plan/routes-export.js';
import { Plans } from '../plan/service.js';
import type { PlanSources } from '../plan/sources.js';
import type { DataDirLayout } from '../release/layout.js';
import { renderDocument } from '../render/html/document.js';
import { rondvraagRoutes } from '../rondvraag/routes.js';
import { loadContracts } from '../sources/contracts/load-contracts.js';
import { runResults } from '../surveys/results.js';
import { surveyAnswerRoutes } from '../surveys/routes-answer.js';
import { surveyManageRoutes } from '../surveys/routes-manage.js';
import { loadRunResponses } from '../surveys/run-data.js';
import { trainingWebRoutes } from '../training/web.js';
import { usageRoutes } from '../usage/routes.js';
import type { Workflow } from '../workflow/open-workflow.js';
import { AdminHomePage } from '../workflow/pages/admin-layout.js';
import { DEFAULT_UPLOAD_MAX_BYTES } from '../workflow/settings.js';
import type { WebKit } from '../workflow/web-kit.js';
import { csrfToken } from './security/plugin.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './security/session-cookie.js';

export function webKit(wf: Workflow, geo: Geography): WebKit {
  return {
    csrf: csrfToken,
    municipalityLabel: (nis) => {
      const area = geo.area('2025', 'municipality', nis as NisCode);
      return area ? `${area.name} (${nis})` : nis;
    },
    signInAs: (req, reply, token) => setSessionCookie(req, reply, token),
    signOut: async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await wf.sessions.end(token);
      clearSessionCookie(req, reply);
      req.principal = PUBLIC;
    },
  };
}

export interface DataReleaseSetup {
  readonly layout: DataDirLayout;
  readonly catalogVersion: string;
  /** Run the build runner on this node. */
  readonly buildReleases: boolean;
  /** The print pipeline's warm browser (PDFs of workflow modules, e.g. the training certificate). */
  readonly pdfBrowser?: () => WarmBrowser;
}

export function workflowRoutes(
  app: FastifyInstance,
  wf: Workflow,
  geo: Geography,
  data: DataReleaseSetup,
  /** The statistics a plan of approach takes its figures from (absent: no /plan routes). */
  planSources?: PlanSources,
): void {
  const kit = webKit(wf, geo);
  const releases = new DataReleases({
    db: wf.db,
    layout: data.layout,
    catalogVersion: data.catalogVersion,
    now: wf.now,
  });
  if (data.buildReleases) {
    app.addHook('onReady', async () => releases.runner.start());
    app.addHook('onClose', async () => releases.runner.stop());
  }
  dataReleaseRoutes(app, releases, kit, {
    maxUploadBytes: wf.settings.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
    contracts: loadContracts(),
  });
  signInRoutes(app, wf, kit);
  selfRoutes(app, wf, kit);
  adminUserRoutes(app, wf, kit);
  auditRoutes(app, wf);
  mailRoutes(app, wf);
  usageRoutes(app, wf, geo);
  trainingWebRoutes(app, wf, kit, {
    dataDir: data.layout.root,
    pdfBrowser: data.pdfBrowser,
    municipalities: geo.areas('2025', 'municipality').map((m) => ({
      nis: m.nis,
      name: m.name,
      province: (m.parents.province && geo.area('2025', 'province', m.parents.province)?.name) || '',
    })),
  });
  if (planSources) {
    const deps = {
      plans: new Plans(wf.db, wf.now),
      sources: {
        ...planSources,
        surveys: async (nis: string) => {
          const runs = await wf.surveys.runsOf(nis);
          return Promise.all(
            runs.map(async (run) => ({
              title: run.title,
              opensOn: run.opensOn,
              closesOn: run.closesOn,
              submitted: runResults(run.survey, await loadRunResponses(wf.db, run.id)).submitted,
              href: `/gemeente/${nis}/enquetes/${run.id}`,
            })),
          );
        },
      },
      kit,
      isMunicipality: (nis: string) => geo.area('2025', 'municipality', nis as NisCode) !== undefined,
    };
    planRoutes(app, deps);
    planExportRoutes(app, { ...deps, now: wf.now, municipalities: geo.areas('2025', 'municipality') });
  }
  const municipalities = geo
    .areas('2025', 'municipality')
    .map((a) => ({ nis: a.nis as string, name: geo.displayName(a) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  surveyAnswerRoutes(app, wf.surveys, kit, municipalities);
  surveyManageRoutes(app, wf.surveys, kit);
  rondvraagRoutes(app, wf, kit, geo);
  app.get('/beheer', (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(renderDocument(AdminHomePage())),
  );
}
