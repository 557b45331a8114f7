/** Registers every /vorming route on the workflow (called by src/web/workflow-routes.ts). */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Workflow } from '../workflow/open-workflow.js';
import type { WebKit } from '../workflow/web-kit.js';
import { DEFAULT_MATERIAL_MAX_BYTES, Materials } from './materials.js';
import type { TrainingRouteDeps } from './route-kit.js';
import { trainingRoutes } from './routes.js';
import { trainingManageRoutes } from './routes-manage.js';
import { trainingMaterialRoutes } from './routes-materials.js';

export interface TrainingWebOptions {
  readonly dataDir: string;
  readonly materialMaxBytes?: number;
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
}
