/** Read access to one data release: the figures a report needs, nothing else. */

import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { NisCode } from '../domain/brand.js';
import type { AreaLevel, Division } from '../domain/division.js';
import { AreaFacts } from '../indicators/area-facts.js';
import { type Dataset, POPULATION_DATASET_ID } from '../indicators/dataset.js';
import { FactTable } from '../indicators/fact-table.js';
import { type Nationality, PopulationCube, type Sex } from '../indicators/population-cube.js';
import { loadContractFacts, loadContractPeriods } from './contract-facts.js';
import { loadGroupFacts } from './group-facts.js';
import type { DataDirLayout } from './layout.js';
import { type Manifest, readManifest } from './manifest.js';

export interface AreaKey {
  readonly level: AreaLevel;
  readonly nis: NisCode;
}

export type AreaFigures = { available: true; cube: PopulationCube } | { available: false; reason: string };

const keyOf = (level: string, nis: string) => `${level}:${nis}`;

export class ReleaseReader {
  private constructor(
    readonly id: string,
    /** The release's directory: derived files that belong to it (suppression plans) live here. */
    readonly dir: string,
    readonly manifest: Manifest,
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  static async open(layout: DataDirLayout, id: string): Promise<ReleaseReader> {
    return ReleaseReader.openDir(layout.releaseDir(id), id);
  }

  /** Opens the release in `dir` (also a release still being built, before it becomes active). */
  static async openDir(dir: string, id: string): Promise<ReleaseReader> {
    const manifest = readManifest(join(dir, 'manifest.json'));
    const instance = await DuckDBInstance.create(join(dir, 'release.duckdb'), { access_mode: 'READ_ONLY' });
    const conn = await instance.connect();
    return new ReleaseReader(id, dir, manifest, instance, conn);
  }

  get years(): readonly number[] {
    return this.manifest.years;
  }

  /** Population cubes of several areas of one division on 1 January of `year`, in one query. */
  async areaFigures(
    division: Division,
    year: number,
    areas: readonly AreaKey[],
  ): Promise<Map<string, AreaFigures>> {
    const result = new Map<string, AreaFigures>();
    if (!this.years.includes(year)) {
      for (const a of areas)
        result.set(keyOf(a.level, a.nis), { available: false, reason: `geen cijfers voor ${year}` });
      return result;
    }
    // Codes come from the geography (validated), so they can be inlined; plain IN lists let DuckDB prune.
    const codes = [...new Set(areas.map((a) => `'${a.nis}'`))].join(', ');
    const levels = [...new Set(areas.map((a) => `'${a.level}'`))].join(', ');
    const wanted = new Set(areas.map((a) => keyOf(a.level, a.nis)));
    const reader = await this.conn.runAndReadAll(
      `SELECT level, area_nis, sex, nationality, age, population FROM area_population
       WHERE division = '${division}' AND year = ${year} AND area_nis IN (${codes}) AND level IN (${levels})`,
    );
    for (const [level, nis, sex, nationality, age, count] of reader.getRows()) {
      const key = keyOf(String(level), String(nis));
      if (!wanted.has(key)) continue;
      let entry = result.get(key);
      if (!entry) {
        entry = { available: true, cube: new PopulationCube() };
        result.set(key, entry);
      }
      if (entry.available) entry.cube.add(sex as Sex, nationality as Nationality, Number(age), Number(count));
    }
    const absent = areas.filter((a) => !result.has(keyOf(a.level, a.nis)));
    if (absent.length > 0) {
      const missing = await this.conn.runAndReadAll(
        `SELECT u.level, u.area_nis, u.reason FROM division_unavailable u
         JOIN year_division y ON y.division = u.data_division AND y.year = ${year}
         WHERE u.division = '${division}' AND u.area_nis IN (${absent.map((a) => `'${a.nis}'`).join(', ')})`,
      );
      for (const [level, nis, reason] of missing.getRows()) {
        const key = keyOf(String(level), String(nis));
        if (wanted.has(key)) result.set(key, { available: false, reason: String(reason) });
      }
    }
    for (const a of absent) {
      if (!result.has(keyOf(a.level, a.nis)))
        result.set(keyOf(a.level, a.nis), { available: false, reason: 'geen cijfers' });
    }
    return result;
  }

  /**
   * All figures of the given datasets for a few areas of one division, every period: what a report or
   * dashboard view of those areas needs, loaded at once and then used in memory.
   */
  async loadAreaFacts(
    datasets: ReadonlyMap<string, Dataset>,
    division: Division,
    areas: readonly AreaKey[],
  ): Promise<AreaFacts> {
    // Provinces, arrondissements and the region come back in report after report, and their tables are
    // the largest: loaded once per release (it is immutable) and shared. Municipalities are loaded fresh.
    const local = areas.filter((a) => a.level === 'municipality');
    const shared = areas.filter((a) => a.level !== 'municipality');
    const facts = await this.loadFresh(datasets, division, local);
    const datasetIds = [...datasets.keys()].join(',');
    for (const a of shared) {
      const key = `${division}|${datasetIds}|${a.level}|${a.nis}`;
      let loaded = this.sharedFacts.get(key);
      if (!loaded) {
        loaded = this.loadFresh(datasets, division, [a]);
        loaded.catch(() => this.sharedFacts.delete(key));
        this.sharedFacts.set(key, loaded);
      }
      facts.copyArea(await loaded, keyOf(a.level, a.nis));
    }
    return facts;
  }

  private readonly sharedFacts = new Map<string, Promise<AreaFacts>>();

  private async loadFresh(
    datasets: ReadonlyMap<string, Dataset>,
    division: Division,
    areas: readonly AreaKey[],
  ): Promise<AreaFacts> {
    const facts = new AreaFacts(datasets);
    if (areas.length === 0) {
      await loadContractPeriods(this.conn, facts);
      for (const year of this.years)
        if (datasets.has(POPULATION_DATASET_ID))
          facts.addPeriod(POPULATION_DATASET_ID, `${year}-01-01`, false);
      return facts;
    }
    const population = datasets.get(POPULATION_DATASET_ID);
    if (population) {
      for (const year of this.years) {
        const period = `${year}-01-01`;
        facts.addPeriod(POPULATION_DATASET_ID, period, false);
        for (const [k, f] of await this.areaFigures(division, year, areas)) {
          if (!f.available) {
            facts.set(POPULATION_DATASET_ID, period, k, { missing: f.reason });
            continue;
          }
          const table = new FactTable(population);
          f.cube.forEachCell((sex, nat, age, n) => table.add([sex, nat, String(age)], n));
          facts.set(POPULATION_DATASET_ID, period, k, table);
        }
      }
    }
    await loadContractFacts(this.conn, facts, division, areas);
    return facts;
  }

  /** Adds the summed facts of a group of municipalities to `facts` under `groupKey` (see group-facts.ts). */
  async loadGroupFacts(
    facts: AreaFacts,
    division: Division,
    groupKey: string,
    members: readonly string[],
  ): Promise<void> {
    await loadGroupFacts(this.conn, facts, division, groupKey, members, this.years);
  }

  /** Read-only SQL for tools and tests; integers come back as numbers. */
  async query(sql: string): Promise<unknown[][]> {
    const rows = (await this.conn.runAndReadAll(sql)).getRows();
    return rows.map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

export function areaFiguresKey(area: AreaKey): string {
  return keyOf(area.level, area.nis);
}
