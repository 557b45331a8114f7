/** Registers every /vorming route on the workflow (called by src/web/workflow-routes.ts). */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { WarmBrowser } from '../pdf/browser.js';
import type { Workflow } from '../workflow/open-workflow.js';
import type { WebKit } from '../workflow/web-kit.js';
import { DEFAULT_MATERIAL_MAX_BYTES, Materials } from './materials.js';
import type { MunicipalityRef } from './overview.js';
import type { TrainingRouteDeps } from './route-kit.js';
import { trainingRoutes } from './routes.js';
import { trainingCertificateRoutes } from './routes-certificate.js';
import { trainingManageRoutes } from './routes-manage.js';
import { trainingMaterialRoutes } from './routes-materials.js';
import { trainingOverviewRoutes } from './routes-overview.js';

export interface TrainingWebOptions {
  readonly dataDir: string;
  /** The municipalities of the 2025 division, for the overview. */
  readonly municipalities: readonly MunicipalityRef[];
  readonly materialMaxBytes?: number;
  /** The print pipeline's warm browser (the certificate); without it the route is not offered. */
  readonly pdfBrowser?: (() => WarmBrowser) | undefined;
}

export function trainingWebRoutes(
  app: FastifyInstance,
  wf: Workflow,
  kit: WebKit,
  options: TrainingWebOptions,
): void {
  const deps: TrainingRouteDeps = {
    track: wf.training,
    materials: new Materials(wf.training.deps, join(options.dataDir, 'training-materials')),
    kit,
    now: wf.now,
  };
  trainingRoutes(app, deps);
  trainingManageRoutes(app, deps);
  trainingMaterialRoutes(app, deps, { maxBytes: options.materialMaxBytes ?? DEFAULT_MATERIAL_MAX_BYTES });
  trainingOverviewRoutes(app, wf.db, options.municipalities);
  if (options.pdfBrowser) trainingCertificateRoutes(app, deps, options.pdfBrowser);
}
