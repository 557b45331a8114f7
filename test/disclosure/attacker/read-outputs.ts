/** Everything the attacker reads: the downloads of every protected indicator, division and year, and Statbel's file. */
import { DIVISIONS } from '../../../src/domain/division.js';
import type { CountryRegistry } from '../../../src/geo/countries/index.js';
import type { Geography } from '../../../src/geo/index.js';
import type { Catalog } from '../../../src/indicators/catalog.js';
import type { ReleaseReader } from '../../../src/release/release-reader.js';
import { tidyRecords } from '../../../src/render/tidy/tidy-records.js';
import { buildIndicatorTable } from '../../../src/report/indicator-table.js';
import { type Observation, Reader, readDownload } from './figures.js';

export interface Outputs {
  readonly reader: Reader;
  readonly observations: Observation[];
  readonly downloads: number;
}

export async function readOutputs(
  ctx: { geo: Geography; catalog: Catalog; countries: CountryRegistry; release: ReleaseReader },
  datasets: ReadonlySet<string>,
): Promise<Outputs> {
  const reader = new Reader(ctx.geo, ctx.catalog, ctx.countries);
  const observations: Observation[] = [];
  let downloads = 0;
  for (const spec of ctx.catalog.indicators) {
    if (!datasets.has(spec.numerator.dataset)) continue;
    const periods = ctx.release.manifest.datasets[spec.numerator.dataset] ?? [];
    const years = [...new Set(periods.map((p) => Number(p.slice(0, 4))))].sort();
    for (const division of DIVISIONS) {
      const seen = new Set<string>();
      for (const year of years) {
        const table = await buildIndicatorTable(ctx, spec, division, year);
        if (!table.period || seen.has(table.period)) continue;
        seen.add(table.period);
        downloads++;
        observations.push(...readDownload(reader, spec, division, tidyRecords(table)));
      }
    }
  }
  return { reader, observations, downloads };
}

/** Statbel's open counts of base municipalities on 1 January (sex, nationality, age), summed over a set. */
export async function statbelCounts(
  release: ReleaseReader,
  geo: Geography,
): Promise<
  (period: string, members: string, filters: readonly Record<string, unknown>[]) => number | undefined
> {
  const municipalities = geo.areas('2019-2024', 'municipality');
  const cubes = new Map<string, Map<string, [string, string, number, number][]>>();
  for (const year of release.years) {
    const perArea = new Map<string, [string, string, number, number][]>();
    for (const [key, f] of await release.areaFigures('2019-2024', year, municipalities)) {
      if (!f.available) continue;
      const rows: [string, string, number, number][] = [];
      f.cube.forEachCell((sex, nat, age, n) => {
        if (n > 0) rows.push([sex, nat, age, n]);
      });
      perArea.set(key.split(':')[1] as string, rows);
    }
    cubes.set(`${year}-01-01`, perArea);
  }
  const matches = (f: Record<string, unknown>, sex: string, nat: string, age: number) => {
    for (const [dim, spec] of Object.entries(f)) {
      const v = dim === 'geslacht' ? sex : dim === 'nationaliteit' ? nat : undefined;
      if (dim === 'leeftijd') {
        const r = spec as { from: number; to?: number };
        if (age < r.from || (r.to !== undefined && age > r.to)) return false;
      } else if (Array.isArray(spec) ? !spec.includes(v) : spec !== v) return false;
    }
    return true;
  };
  return (period, members, filters) => {
    const perArea = cubes.get(period);
    if (!perArea) return undefined;
    let total = 0;
    for (const m of members.split('+')) {
      const rows = perArea.get(m);
      if (!rows) return undefined;
      for (const [sex, nat, age, n] of rows) if (filters.some((f) => matches(f, sex, nat, age))) total += n;
    }
    return total;
  };
}
