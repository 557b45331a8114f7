/**
 * The step before a new release becomes active: everything derived from it that pages must not wait
 * for — the suppression plans, then the all-area tables of the report's maps — computed into its
 * directory. `completeRelease` computes what an existing release lacks (a newer catalog, or a release
 * built by an older version of the software), once, before the server listens.
 */
import type { Logger } from '../domain/effects.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { availableYears } from '../report/build-report.js';
import { storedPlans } from '../report/disclosure/plan-store.js';
import {
  hasPrecomputedTables,
  precomputedTableKeys,
  precomputeTables,
} from '../report/precomputed-tables.js';
import { disclosureHook } from './disclosure-hook.js';

type Base = { geo: Geography; catalog: Catalog; countries: CountryRegistry };

async function tables(ctx: Base, release: ReleaseReader, logger: Logger): Promise<void> {
  const tableContext = { ...ctx, release };
  const keys = precomputedTableKeys(tableContext, availableYears(ctx.catalog, release));
  await precomputeTables(tableContext, keys, logger);
}

export function releaseHook(ctx: Base, logger: Logger): (release: ReleaseReader) => Promise<void> {
  const plans = disclosureHook(ctx, logger);
  return async (release) => {
    await plans(release);
    await tables(ctx, release, logger);
  };
}

export async function completeRelease(ctx: Base, release: ReleaseReader, logger: Logger): Promise<void> {
  if (!storedPlans(release, ctx.catalog.version)) await disclosureHook(ctx, logger)(release);
  if (!hasPrecomputedTables(release, ctx.catalog.version)) await tables(ctx, release, logger);
}
