/** Chapter Kaarten: the catalog's mapped indicators for the subject's province and for Flanders. */
import type { Division } from '../domain/division.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Area, Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { areaRef } from './comparison-areas.js';
import type { IndicatorTableCache } from './indicator-table-cache.js';
import { mapBlock } from './map-block.js';
import type { AreaRef, MapBlock, Section } from './model.js';
import { sourceRef } from './source-ref.js';

interface MapsContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly release: ReleaseReader;
  readonly tables: IndicatorTableCache;
}

export async function mapsSection(
  ctx: MapsContext,
  division: Division,
  year: number,
  subject: Area,
  subjectRef: AreaRef,
): Promise<Section | null> {
  if (subject.level !== 'municipality') return null;
  const scopes = [
    subject.parents.province ? ctx.geo.area(division, 'province', subject.parents.province) : undefined,
    subject.parents.region ? ctx.geo.area(division, 'region', subject.parents.region) : undefined,
  ].filter((a): a is Area => a !== undefined);
  const blocks: MapBlock[] = [];
  for (const ref of ctx.catalog.report.maps) {
    const spec = ctx.catalog.indicator(ref.indicator);
    if (!spec) continue;
    const table = await ctx.tables.get(ctx, spec, division, year);
    if (!table.period) continue;
    const source = sourceRef(ctx.catalog, spec.numerator.dataset);
    for (const scope of scopes)
      blocks.push(mapBlock(ctx.geo, division, spec, ref, table, subjectRef, areaRef(ctx.geo, scope), source));
  }
  if (blocks.length === 0) return null;
  return {
    id: 'kaarten',
    title: 'Kaarten',
    intro: `Hoe ${subjectRef.label} zich verhoudt tot de andere gemeenten van de provincie en van Vlaanderen. De gemeente zelf is dik omlijnd.`,
    blocks,
  };
}
