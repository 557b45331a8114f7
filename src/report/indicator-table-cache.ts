/**
 * Indicator tables for all areas are the same for every report of a release, catalog, division and
 * year: the maps of 285 reports share them. A small cache (oldest entry out first) keeps them; tables
 * the release stores (precomputed-tables.ts) are taken from there instead of computed.
 */
import type { Division } from '../domain/division.js';
import type { IndicatorSpec } from '../indicators/catalog-schema.js';
import { buildIndicatorTable, type IndicatorTable } from './indicator-table.js';
import { precomputedTable } from './precomputed-tables.js';

type TableContext = Parameters<typeof buildIndicatorTable>[0];

export class IndicatorTableCache {
  private readonly entries = new Map<string, Promise<IndicatorTable>>();

  constructor(private readonly capacity = 48) {}

  get(ctx: TableContext, spec: IndicatorSpec, division: Division, year: number): Promise<IndicatorTable> {
    const key = [ctx.release.id, ctx.catalog.version, spec.id, division, year].join('|');
    const hit = this.entries.get(key);
    if (hit) return hit;
    const stored = precomputedTable(ctx, spec.id, division, year);
    const table = stored ? Promise.resolve(stored) : buildIndicatorTable(ctx, spec, division, year);
    table.catch(() => this.entries.delete(key));
    this.entries.set(key, table);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return table;
  }
}

/** Releases are immutable: all-area tables can be shared by every report and page of the process. */
export const SHARED_TABLES = new IndicatorTableCache();
