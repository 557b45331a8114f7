/** How a report cites a dataset: from the catalog's sources. */
import type { Catalog } from '../indicators/catalog.js';
import type { SourceRef } from './model.js';

export function sourceRef(catalog: Catalog, dataset: string): SourceRef {
  const source = catalog.sources.get(dataset);
  if (!source) throw new Error(`no source for dataset ${dataset}`);
  return {
    id: dataset,
    name: source.name,
    publisher: source.publisher,
    url: source.url ?? null,
    licence: source.licence,
  };
}
