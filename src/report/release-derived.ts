/**
 * The step before a new release becomes active: everything derived from it that pages must not wait
 * for — the suppression plans, the all-area tables of the report's maps, then every area's facts and
 * similar-group sums (precomputed-facts.ts) — computed into its
 * directory. `completeRelease` computes what an existing release lacks (a newer catalog, or a release
 * built by an older version of the software), once, before the server listens. Used by the CLI (import,
 * serve, background demo) and by the data-releases build worker (uploads and the release.plans job), so
 * every release gets the same derived files however it was built.
 */
import type { Logger } from '../domain/effects.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { availableYears } from './build-report.js';
import { storedPlans } from './disclosure/plan-store.js';
import { precomputeDisclosure } from './disclosure/precompute.js';
import { hasPrecomputedFacts, precomputeFacts } from './precomputed-facts.js';
import { hasPrecomputedTables, precomputedTableKeys, precomputeTables } from './precomputed-tables.js';

type Base = { geo: Geography; catalog: Catalog; countries: CountryRegistry };

async function tables(ctx: Base, release: ReleaseReader, logger: Logger): Promise<void> {
  const tableContext = { ...ctx, release };
  const keys = precomputedTableKeys(tableContext, availableYears(ctx.catalog, release));
  await precomputeTables(tableContext, keys, logger);
}

async function facts(ctx: Base, release: ReleaseReader, logger: Logger): Promise<void> {
  await precomputeFacts({ ...ctx, release }, availableYears(ctx.catalog, release), logger);
}

export function releaseHook(ctx: Base, logger: Logger): (release: ReleaseReader) => Promise<void> {
  return async (release) => {
    await precomputeDisclosure({ ...ctx, release }, logger);
    await tables(ctx, release, logger);
    await facts(ctx, release, logger);
  };
}

export async function completeRelease(ctx: Base, release: ReleaseReader, logger: Logger): Promise<void> {
  if (!storedPlans(release, ctx.catalog.version)) await precomputeDisclosure({ ...ctx, release }, logger);
  if (!hasPrecomputedTables(release, ctx.catalog.version)) await tables(ctx, release, logger);
  if (!hasPrecomputedFacts(release, ctx.catalog.version)) await facts(ctx, release, logger);
}
