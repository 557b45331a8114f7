/** What request handlers need: geography, catalog and the active release. */
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseStore } from '../release/release-store.js';

export interface AppContext {
  readonly geo: Geography;
  readonly countries: CountryRegistry;
  readonly catalog: Catalog;
  readonly releases: ReleaseStore;
}
