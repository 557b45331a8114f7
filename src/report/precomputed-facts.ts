/**
 * The facts a report reads per area — every area's fact tables per dataset and period, and the
 * summed facts of each municipality's similar municipalities per year — computed once when a release
 * is built and stored next to it per catalog version (`<release>/derived/<catalog version>/facts-<division>.json`).
 * The groups are summed in memory from the members' stored tables, as the database sums them (the
 * tests compare both for every group of a year). A report then assembles its facts in memory instead
 * of querying the release; a release without the file (or an area or group it lacks) is read from the
 * database as before. A cache: deleting it only costs time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIVISIONS, type Division } from '../domain/division.js';
import type { Logger } from '../domain/effects.js';
import type { Area, Geography } from '../geo/index.js';
import { AreaFacts, areaKey, type PlainAreaFacts } from '../indicators/area-facts.js';
import type { Catalog } from '../indicators/catalog.js';
import { POPULATION_DATASET_ID } from '../indicators/dataset.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { SimilarSource } from './similar-source.js';

/** Bumped when the stored form or the way facts are loaded changes without a catalog version. */
const FORMAT = 1;

type Tables = PlainAreaFacts['tables'];

interface StoredFacts {
  readonly format: number;
  readonly periods: PlainAreaFacts['periods'];
  /** Per area key (`municipality:44021`): its tables. */
  readonly areas: Readonly<Record<string, Tables>>;
  /** Per `<year>|<subject nis>`: the members of the similar group and their summed tables. */
  readonly groups: Readonly<Record<string, { members: readonly string[]; tables: Tables }>>;
}

interface FactsContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly release: ReleaseReader;
}

/** A group of municipalities as a report column: its key in the facts and its members' codes. */
export interface GroupInput {
  readonly key: string;
  readonly year: number;
  readonly subject: string;
  readonly members: readonly string[];
}

function file(release: ReleaseReader, catalogVersion: string, division: Division): string {
  return join(release.dir, 'derived', catalogVersion, `facts-${division}.json`);
}

const groupId = (year: number, subject: string) => `${year}|${subject}`;

async function computeDivision(
  ctx: FactsContext,
  division: Division,
  years: readonly number[],
): Promise<StoredFacts> {
  const { geo, catalog, release } = ctx;
  const all: Area[] = (['municipality', 'arrondissement', 'province', 'region'] as const).flatMap((level) => [
    ...geo.areas(division, level),
  ]);
  const facts = await release.loadAreaFacts(catalog.datasets, division, all);
  const periods = facts.plainArea('-').periods;
  const areas: Record<string, Tables> = {};
  for (const a of all) areas[areaKey(a.level, a.nis)] = facts.plainArea(areaKey(a.level, a.nis)).tables;
  const groups: Record<string, { members: readonly string[]; tables: Tables }> = {};
  const similar = new SimilarSource();
  for (const year of years) {
    for (const subject of geo.areas(division, 'municipality')) {
      const group = await similar.group(geo, release, division, year, subject);
      if (!group) continue;
      const members = group.members.map((m) => m.nis as string);
      groups[groupId(year, subject.nis)] = {
        members,
        tables: sumGroup(
          members.map((m) => areas[areaKey('municipality', m)] ?? []),
          catalog.datasets.has(POPULATION_DATASET_ID) ? release.years : [],
        ),
      };
    }
  }
  return { format: FORMAT, periods, areas, groups };
}

type PlainTable = { provisional: boolean; rows: readonly (readonly (string | number)[])[] };
const isTable = (t: { missing: string } | PlainTable): t is PlainTable => !('missing' in t);

const INCOMPLETE_AREA = 'niet alle gemeenten van dit gebied leverden cijfers aan';
const INCOMPLETE_GROUP = 'niet alle gemeenten van de groep leverden cijfers aan';

/**
 * The summed tables of a group from its members' tables, as `loadGroupFacts` sums them in the database:
 * a population year only when every member has figures; a contract period only when every member
 * delivered it completely (a member's delivery, complete or not, makes the period known to the group).
 */
function sumGroup(members: readonly Tables[], years: readonly number[]): Tables {
  // (`years` empty when the catalog has no population dataset: the database sums none then either.)
  const byPeriod = new Map<string, ({ missing: string } | PlainTable)[]>();
  for (const tables of members)
    for (const [dataset, period, table] of tables) {
      const id = `${dataset}\u0000${period}`;
      let list = byPeriod.get(id);
      if (!list) {
        list = [];
        byPeriod.set(id, list);
      }
      list.push(table);
    }
  const out: [string, string, Tables[number][2]][] = [];
  const sum = (tables: readonly PlainTable[]) => {
    const cells = new Map<string, [string[], number]>();
    for (const t of tables)
      for (const row of t.rows) {
        const codes = row.slice(0, -1) as string[];
        const key = codes.join('|');
        const cell = cells.get(key);
        if (cell) cell[1] += row[row.length - 1] as number;
        else cells.set(key, [codes, row[row.length - 1] as number]);
      }
    return {
      provisional: tables.some((t) => t.provisional),
      rows: [...cells.values()].map(([codes, value]) => [...codes, value]),
    };
  };
  for (const year of years) {
    const period = `${year}-01-01`;
    const parts = byPeriod.get(`${POPULATION_DATASET_ID}\u0000${period}`) ?? [];
    const tables = parts.filter(isTable);
    out.push([
      POPULATION_DATASET_ID,
      period,
      tables.length === members.length && members.length > 0
        ? { ...sum(tables), provisional: false }
        : { missing: `geen cijfers voor ${year}` },
    ]);
  }
  for (const [id, parts] of byPeriod) {
    const [dataset = '', period = ''] = id.split('\u0000');
    if (dataset === POPULATION_DATASET_ID) continue;
    // A reason other than an incomplete delivery (the division cannot be mapped) is no delivery.
    const delivered = parts.filter((t) => !('missing' in t) || t.missing === INCOMPLETE_AREA);
    if (delivered.length === 0) continue;
    const complete = delivered.filter(isTable);
    out.push([
      dataset,
      period,
      complete.length === members.length ? sum(complete) : { missing: INCOMPLETE_GROUP },
    ]);
  }
  return out;
}

/** Computes and stores the facts of every area and similar group, both divisions, the given years. */
export async function precomputeFacts(
  ctx: FactsContext,
  years: readonly number[],
  logger: Logger,
): Promise<void> {
  const started = Date.now();
  for (const division of DIVISIONS) {
    const stored = await computeDivision(ctx, division, years);
    const path = file(ctx.release, ctx.catalog.version, division);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, JSON.stringify(stored));
  }
  loaded.delete(ctx.release);
  logger.info(`Gebiedsfeiten klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const loaded = new WeakMap<ReleaseReader, Map<string, StoredFacts | null>>();

function storedFacts(release: ReleaseReader, catalogVersion: string, division: Division): StoredFacts | null {
  let cache = loaded.get(release);
  if (!cache) {
    cache = new Map();
    loaded.set(release, cache);
  }
  const id = `${catalogVersion}|${division}`;
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const path = file(release, catalogVersion, division);
  let stored: StoredFacts | null = null;
  if (existsSync(path)) {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as StoredFacts;
    if (raw.format === FORMAT) stored = raw;
  }
  cache.set(id, stored);
  return stored;
}

/** True when the release stores the facts of both divisions for this catalog version. */
export function hasPrecomputedFacts(release: ReleaseReader, catalogVersion: string): boolean {
  return DIVISIONS.every((d) => storedFacts(release, catalogVersion, d) !== null);
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m, i) => m === b[i]);

/**
 * The facts of a report's areas and groups: from the stored file where it has them, the rest read
 * from the release (as `loadAreaFacts` and `loadGroupFacts` would).
 */
export async function reportFacts(
  ctx: FactsContext,
  division: Division,
  areas: readonly Area[],
  groups: readonly GroupInput[],
): Promise<AreaFacts> {
  const { catalog, release } = ctx;
  const stored = storedFacts(release, catalog.version, division);
  if (!stored) {
    const facts = await release.loadAreaFacts(catalog.datasets, division, areas);
    for (const g of groups) await release.loadGroupFacts(facts, division, g.key, g.members);
    return facts;
  }
  const missing = areas.filter((a) => !stored.areas[areaKey(a.level, a.nis)]);
  const facts =
    missing.length > 0
      ? await release.loadAreaFacts(catalog.datasets, division, missing)
      : new AreaFacts(catalog.datasets);
  facts.addPlainArea({ periods: stored.periods, tables: [] }, '-');
  for (const a of areas) {
    const key = areaKey(a.level, a.nis);
    const tables = stored.areas[key];
    if (tables) facts.addPlainArea({ periods: [], tables }, key);
  }
  for (const g of groups) {
    const hit = stored.groups[groupId(g.year, g.subject)];
    if (hit && sameMembers(hit.members, g.members))
      facts.addPlainArea({ periods: [], tables: hit.tables }, g.key);
    else await release.loadGroupFacts(facts, division, g.key, g.members);
  }
  return facts;
}
