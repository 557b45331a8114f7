/** The whole web application on a test workflow store, without a data release (the gate and forms only). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { buildServer } from '../../src/web/server.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';

export function appOn(
  workflow: Workflow,
  routes?: Set<string>,
): { app: FastifyInstance; close(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'oa-app-'));
  const releases = new ReleaseStore(join(dir, 'var'));
  const app = buildServer(
    { geo: loadGeography(), catalog: loadCatalog(), countries: loadCountries(), releases },
    { workflow, ...(routes ? { routes } : {}) },
  );
  return {
    app,
    close: async () => {
      await app.close();
      await releases.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
