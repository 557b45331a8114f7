/**
 * Everything a report needs from a release for a few areas of one division: per dataset, period and
 * area a fact table or the reason there is none. Loaded in a few queries, then used in memory.
 */
import { formatPeriod, periodType, periodYear } from '../domain/period.js';
import type { TableOrReason } from './compute.js';
import type { Dataset } from './dataset.js';
import { FactTable } from './fact-table.js';

/** One area's facts in a plain, JSON-able form (what a release stores per area; see `stored`). */
export interface PlainAreaFacts {
  /** Every period the facts know of: dataset, period, demo. */
  readonly periods: readonly (readonly [string, string, boolean])[];
  /** Per dataset and period: the reason there are no figures, or the rows (codes then value). */
  readonly tables: readonly (readonly [string, string, { missing: string } | PlainTable])[];
}

interface PlainTable {
  readonly provisional: boolean;
  readonly rows: readonly (readonly (string | number)[])[];
}

export const areaKey = (level: string, nis: string): string => `${level}:${nis}`;

export class AreaFacts {
  private readonly tables = new Map<string, TableOrReason>();
  private readonly periodsOf = new Map<string, Set<string>>();
  private readonly demoPeriods = new Set<string>();

  constructor(readonly datasets: ReadonlyMap<string, Dataset>) {}

  private static id(dataset: string, period: string, area: string): string {
    return `${dataset}|${period}|${area}`;
  }

  /** Registers a period of a dataset (whether or not a given area has figures for it). */
  addPeriod(dataset: string, period: string, demo: boolean): void {
    let set = this.periodsOf.get(dataset);
    if (!set) {
      set = new Set();
      this.periodsOf.set(dataset, set);
    }
    set.add(period);
    if (demo) this.demoPeriods.add(`${dataset}|${period}`);
  }

  set(dataset: string, period: string, area: string, table: TableOrReason): void {
    this.tables.set(AreaFacts.id(dataset, period, area), table);
  }

  /** Copies the periods of `other` and the tables of one of its areas (facts loaded once, shared). */
  copyArea(other: AreaFacts, area: string): void {
    for (const [dataset, periods] of other.periodsOf)
      for (const p of periods) this.addPeriod(dataset, p, other.demoPeriods.has(`${dataset}|${p}`));
    const suffix = `|${area}`;
    for (const [id, table] of other.tables) if (id.endsWith(suffix)) this.tables.set(id, table);
  }

  /** The periods and the tables of one area, plain (for storing). */
  plainArea(area: string): PlainAreaFacts {
    const periods: [string, string, boolean][] = [];
    for (const [dataset, set] of this.periodsOf)
      for (const p of set) periods.push([dataset, p, this.demoPeriods.has(`${dataset}|${p}`)]);
    const tables: [string, string, { missing: string } | PlainTable][] = [];
    const suffix = `|${area}`;
    for (const [id, table] of this.tables) {
      if (!id.endsWith(suffix)) continue;
      const [dataset = '', period = ''] = id.split('|');
      tables.push([
        dataset,
        period,
        'missing' in table
          ? { missing: table.missing }
          : { provisional: table.provisional, rows: table.plainRows() },
      ]);
    }
    return { periods, tables };
  }

  /** Adds the periods and the tables of an area given by `plainArea`, under `area`. */
  addPlainArea(plain: PlainAreaFacts, area: string): void {
    for (const [dataset, period, demo] of plain.periods) this.addPeriod(dataset, period, demo);
    for (const [dataset, period, stored] of plain.tables) {
      if ('missing' in stored) {
        this.set(dataset, period, area, { missing: stored.missing });
        continue;
      }
      const d = this.datasets.get(dataset);
      if (!d) continue;
      const table = new FactTable(d);
      for (const row of stored.rows) table.add(row.slice(0, -1) as string[], row[row.length - 1] as number);
      table.provisional = stored.provisional;
      this.set(dataset, period, area, table);
    }
  }

  get(dataset: string, period: string, area: string): TableOrReason | undefined {
    return this.tables.get(AreaFacts.id(dataset, period, area));
  }

  /** Periods of a dataset, oldest first; for a quarterly dataset asked per year: the complete years. */
  periods(dataset: string, perYear = false): string[] {
    const all = [...(this.periodsOf.get(dataset) ?? [])].sort();
    const d = this.datasets.get(dataset);
    if (!perYear || d?.periodType !== 'quarter') return all;
    const years = new Map<string, number>();
    for (const p of all) years.set(p.slice(0, 4), (years.get(p.slice(0, 4)) ?? 0) + 1);
    return [...years].filter(([, n]) => n === 4).map(([y]) => y);
  }

  isDemo(dataset: string, period: string): boolean {
    if (this.demoPeriods.has(`${dataset}|${period}`)) return true;
    return (
      periodType(period) === 'year' &&
      [1, 2, 3, 4].some((q) => this.demoPeriods.has(`${dataset}|${period}-Q${q}`))
    );
  }

  /** The table of an area for a period; a calendar year of a quarterly dataset is the sum of its quarters. */
  table(dataset: string, period: string, area: string): TableOrReason {
    const d = this.datasets.get(dataset);
    if (!d) return { missing: `onbekende dataset ${dataset}` };
    if (d.periodType !== 'quarter' || periodType(period) !== 'year') {
      return this.get(dataset, period, area) ?? { missing: `geen cijfers voor ${formatPeriod(period)}` };
    }
    const merged = new FactTable(d);
    for (let q = 1; q <= 4; q++) {
      const part = this.get(dataset, `${periodYear(period)}-Q${q}`, area);
      if (!part) return { missing: `geen volledig jaar ${period}` };
      if ('missing' in part) return part;
      merged.addAll(part);
    }
    return merged;
  }
}
