/**
 * One contract dataset's area facts of one division in memory, for the dashboard: loaded once per
 * release (it is immutable) into typed columns sorted by area, so a dashboard aggregate is a pass over
 * the rows of the areas it asks for — no SQL, no strings — with one filtered sum per code set.
 */
import type { AreaLevel, Division } from '../domain/division.js';
import type { Dataset } from '../indicators/dataset.js';
import type { CodeSets } from '../report/disclosure/canonical.js';
import type { AggregateRequest, AggregateRow, AreaRef, SqlRunner } from './sql.js';

const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

export class FactCube {
  private constructor(
    readonly dataset: string,
    readonly division: Division,
    /** Per dimension: code → id. */
    private readonly codeIds: readonly Map<string, number>[],
    /** `level|nis` → [first row, end row). */
    private readonly areaRows: ReadonlyMap<string, readonly [number, number]>,
    private readonly periods: readonly string[],
    private readonly periodOf: Uint16Array,
    /** Row-major: dims.length code ids per row. */
    private readonly codes: Uint16Array,
    private readonly values: Float64Array,
    private readonly provisional: Uint8Array,
  ) {}

  static async load(db: SqlRunner, dataset: Dataset, division: Division): Promise<FactCube> {
    const rows = await db.query(
      `SELECT level, area_nis, period, dims, value, provisional FROM area_fact
       WHERE division = ${quote(division)} AND dataset = ${quote(dataset.id)} ORDER BY level, area_nis`,
    );
    const width = dataset.dimensions.length;
    const codeIds = dataset.dimensions.map(() => new Map<string, number>());
    const periodIds = new Map<string, number>();
    const parsed = new Map<string, number[]>();
    const codes = new Uint16Array(rows.length * width);
    const values = new Float64Array(rows.length);
    const provisional = new Uint8Array(rows.length);
    const periodOf = new Uint16Array(rows.length);
    const areaRows = new Map<string, [number, number]>();
    rows.forEach(([level, nis, period, dims, v, prov], i) => {
      const area = `${level}|${nis}`;
      const range = areaRows.get(area);
      if (range) range[1] = i + 1;
      else areaRows.set(area, [i, i + 1]);
      const p = String(period);
      let pid = periodIds.get(p);
      if (pid === undefined) {
        pid = periodIds.size;
        periodIds.set(p, pid);
      }
      periodOf[i] = pid;
      const d = String(dims);
      let ids = parsed.get(d);
      if (!ids) {
        ids = d.split('|').map((code, j) => {
          const m = codeIds[j] as Map<string, number>;
          let id = m.get(code);
          if (id === undefined) {
            id = m.size;
            m.set(code, id);
          }
          return id;
        });
        parsed.set(d, ids);
      }
      codes.set(ids, i * width);
      values[i] = Number(v);
      provisional[i] = prov ? 1 : 0;
    });
    return new FactCube(
      dataset.id,
      division,
      codeIds,
      areaRows,
      [...periodIds.keys()],
      periodOf,
      codes,
      values,
      provisional,
    );
  }

  /** What `aggregate` (sql.ts) returns for the same request, computed in memory. */
  sum(r: Pick<AggregateRequest, 'sets' | 'areas' | 'periods' | 'byYear'>): AggregateRow[] {
    const width = this.codeIds.length;
    // Stored period id → output slot (a year sums its quarters).
    const wanted = new Map(r.periods.map((p, i) => [p, i]));
    const slot = new Int32Array(this.periods.length).fill(-1);
    this.periods.forEach((p, id) => {
      const s = wanted.get(r.byYear ? p.slice(0, 4) : p);
      if (s !== undefined) slot[id] = s;
    });
    const tests = r.sets.map((sets) => this.test(sets));
    const out: AggregateRow[] = [];
    const seen = new Set<string>();
    for (const area of r.areas) {
      const key = `${area.level}|${area.nis}`;
      const range = this.areaRows.get(key);
      if (!range || seen.has(key)) continue;
      seen.add(key);
      const sums = r.periods.map(() => new Float64Array(tests.length));
      const prov = new Uint8Array(r.periods.length);
      const present = new Uint8Array(r.periods.length);
      for (let i = range[0]; i < range[1]; i++) {
        const s = slot[this.periodOf[i] as number] as number;
        if (s < 0) continue;
        present[s] = 1;
        if (this.provisional[i]) prov[s] = 1;
        const row = i * width;
        const acc = sums[s] as Float64Array;
        for (let t = 0; t < tests.length; t++) {
          const masks = tests[t] as (Uint8Array | null)[];
          let ok = true;
          for (let d = 0; d < width && ok; d++) {
            const m = masks[d];
            if (m && !m[this.codes[row + d] as number]) ok = false;
          }
          if (ok) acc[t] = (acc[t] as number) + (this.values[i] as number);
        }
      }
      r.periods.forEach((period, s) => {
        if (!present[s]) return;
        out.push({
          level: area.level as AreaLevel,
          nis: area.nis,
          period,
          values: [...(sums[s] as Float64Array)],
          provisional: prov[s] === 1,
        });
      });
    }
    return out;
  }

  /** Per dimension a membership mask over code ids, or null for every code. */
  private test(sets: CodeSets): (Uint8Array | null)[] {
    return this.codeIds.map((ids, d) => {
      const codes = sets[d];
      if (!codes) return null;
      const mask = new Uint8Array(Math.max(1, ids.size));
      for (const c of codes) {
        const id = ids.get(c);
        if (id !== undefined) mask[id] = 1;
      }
      return mask;
    });
  }
}

const cubes = new WeakMap<object, Map<string, Promise<FactCube>>>();

/** The cube of a dataset and division in a release, loaded on first use and kept with the release. */
export function factCube(
  release: SqlRunner & object,
  dataset: Dataset,
  division: Division,
): Promise<FactCube> {
  let perRelease = cubes.get(release);
  if (!perRelease) {
    perRelease = new Map();
    cubes.set(release, perRelease);
  }
  const key = `${dataset.id}|${division}`;
  let cube = perRelease.get(key);
  if (!cube) {
    cube = FactCube.load(release, dataset, division);
    cube.catch(() => perRelease.delete(key));
    perRelease.set(key, cube);
  }
  return cube;
}

export type { AreaRef };
