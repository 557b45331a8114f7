/**
 * All-area indicator tables computed once when a release is built, stored next to it per catalog
 * version (`<release>/derived/<catalog version>/tables.json`): the tables of the report's maps, for
 * every division and offered year. A server started on such a release draws every report's maps
 * without reading all areas' facts first. A cache: deleting it only costs time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIVISIONS, type Division } from '../domain/division.js';
import type { Logger } from '../domain/effects.js';
import type { FigureValue } from '../domain/value.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { buildIndicatorTable, type IndicatorTable, type TidyRow } from './indicator-table.js';

type TableContext = Parameters<typeof buildIndicatorTable>[0];

/** Bumped when the stored form or the way tables are computed changes without a catalog version. */
const FORMAT = 2; // 2: counts derived from hidden cells withheld without a mark

type StoredRow = [TidyRow['level'], string, string, string, string, string, FigureValue, FigureValue];

interface StoredTable {
  readonly spec: string;
  readonly division: Division;
  readonly year: number;
  readonly period: string | null;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly rows: readonly StoredRow[];
}

const tableKey = (spec: string, division: string, year: number) => `${spec}|${division}|${year}`;

function file(release: ReleaseReader, catalogVersion: string): string {
  return join(release.dir, 'derived', catalogVersion, 'tables.json');
}

/** The tables a release stores: every map of the report, both divisions, every year a report offers. */
export function precomputedTableKeys(
  ctx: TableContext,
  years: readonly number[],
): { spec: string; division: Division; year: number }[] {
  const specs = [...new Set(ctx.catalog.report.maps.map((m) => m.indicator))].filter((id) =>
    ctx.catalog.indicator(id),
  );
  return specs.flatMap((spec) =>
    DIVISIONS.flatMap((division) => years.map((year) => ({ spec, division, year }))),
  );
}

export async function precomputeTables(
  ctx: TableContext,
  keys: readonly { spec: string; division: Division; year: number }[],
  logger: Logger,
): Promise<number> {
  const started = Date.now();
  const tables: StoredTable[] = [];
  for (const { spec: id, division, year } of keys) {
    const spec = ctx.catalog.indicator(id);
    if (!spec) continue;
    const t = await buildIndicatorTable(ctx, spec, division, year);
    tables.push({
      spec: id,
      division,
      year,
      period: t.period,
      periodLabel: t.periodLabel,
      demo: t.demo,
      provisional: t.provisional,
      rows: t.rows.map((r) => [
        r.level,
        r.nis,
        r.name,
        r.period,
        r.categoryKey,
        r.categoryLabel,
        r.count,
        r.relative,
      ]),
    });
  }
  const path = file(ctx.release, ctx.catalog.version);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify({ format: FORMAT, tables }));
  loaded.delete(ctx.release);
  logger.info(`Kaarttabellen klaar: ${tables.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return tables.length;
}

const loaded = new WeakMap<ReleaseReader, Map<string, Map<string, StoredTable> | null>>();

function storedTables(release: ReleaseReader, catalogVersion: string): Map<string, StoredTable> | null {
  let perVersion = loaded.get(release);
  if (!perVersion) {
    perVersion = new Map();
    loaded.set(release, perVersion);
  }
  const hit = perVersion.get(catalogVersion);
  if (hit !== undefined) return hit;
  const path = file(release, catalogVersion);
  let tables: Map<string, StoredTable> | null = null;
  if (existsSync(path)) {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { format: number; tables: StoredTable[] };
    if (raw.format === FORMAT)
      tables = new Map(raw.tables.map((t) => [tableKey(t.spec, t.division, t.year), t]));
  }
  perVersion.set(catalogVersion, tables);
  return tables;
}

/** True when the release stores its tables for this catalog version (in this software's form). */
export function hasPrecomputedTables(release: ReleaseReader, catalogVersion: string): boolean {
  return storedTables(release, catalogVersion) !== null;
}

/** The stored table of an indicator, division and year, or undefined when the release has none. */
export function precomputedTable(
  ctx: TableContext,
  specId: string,
  division: Division,
  year: number,
): IndicatorTable | undefined {
  const stored = storedTables(ctx.release, ctx.catalog.version)?.get(tableKey(specId, division, year));
  const spec = ctx.catalog.indicator(specId);
  if (!stored || !spec) return undefined;
  return {
    spec,
    division,
    period: stored.period,
    periodLabel: stored.periodLabel,
    demo: stored.demo,
    provisional: stored.provisional,
    rows: stored.rows.map(([level, nis, name, period, categoryKey, categoryLabel, count, relative]) => ({
      level,
      nis,
      name,
      period,
      categoryKey,
      categoryLabel,
      count,
      relative,
    })),
  };
}
