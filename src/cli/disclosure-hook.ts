/** The step before a new release becomes active: solve and store its suppression plans. */
import type { Logger } from '../domain/effects.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { precomputeDisclosure } from '../report/disclosure/precompute.js';

export function disclosureHook(
  ctx: { geo: Geography; catalog: Catalog; countries: CountryRegistry },
  logger: Logger,
): (release: ReleaseReader) => Promise<void> {
  return async (release) => {
    await precomputeDisclosure({ ...ctx, release }, logger);
  };
}
