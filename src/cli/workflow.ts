/** Opens the workflow store for a CLI command (or the server): DATABASE_URL, else PGlite in <data-dir>/db. */
import type { NisCode } from '../domain/brand.js';
import type { Logger } from '../domain/effects.js';
import type { Geography } from '../geo/index.js';
import { openStore, storeConfig } from '../store/open-store.js';
import { openWorkflow, type Workflow } from '../workflow/open-workflow.js';
import { workflowSettings } from '../workflow/settings.js';

export async function openCliWorkflow(
  dataDir: string,
  geo: Geography,
  options: { defaultUrl?: string; runJobs?: boolean; logger?: Logger } = {},
): Promise<Workflow> {
  const settings = workflowSettings(process.env, options.defaultUrl ?? 'http://localhost:3000');
  const store = await openStore(storeConfig(dataDir));
  try {
    return await openWorkflow({
      store,
      settings,
      isMunicipality: (nis) => geo.area('2025', 'municipality', nis as NisCode) !== undefined,
      runJobs: options.runJobs ?? false,
      ...(options.logger ? { logger: options.logger } : {}),
    });
  } catch (err) {
    await store.close();
    throw err;
  }
}
