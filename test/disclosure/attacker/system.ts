/**
 * The output attacker's equation system, built from published figures alone: every figure is a variable
 * (≥ 0; exact, "< T" or "x" as read); an area is the sum of its base municipalities; along each dimension
 * a figure is the sum of the finest pieces ("atoms") its code set splits into among the figures that
 * differ from it on that dimension only; a year of quarterly data is the sum of its quarters; the
 * catalog's relations to Statbel's open data fix the linked figures to Statbel's counts.
 */
import type { DatasetRelation } from '../../../src/indicators/dataset-relations.js';
import { type Bound, type Figure, figureId, type Observation, type Reader } from './figures.js';

export interface Equation {
  readonly total: number;
  readonly parts: readonly number[];
}

export class AttackerSystem {
  readonly figures: Figure[] = [];
  readonly lo: number[] = [];
  readonly hi: number[] = [];
  /** Variables read from an output (the others are atoms or parts the attacker introduced). */
  readonly observed: boolean[] = [];
  readonly equations: Equation[] = [];
  private readonly index = new Map<string, number>();
  /** Observations whose bounds contradict each other or the system (must never happen). */
  readonly conflicts: string[] = [];

  variable(f: Figure): number {
    const id = figureId(f);
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.figures.length;
      this.index.set(id, i);
      this.figures.push(f);
      this.lo.push(0);
      this.hi.push(Number.POSITIVE_INFINITY);
      this.observed.push(false);
    }
    return i;
  }

  find(f: Figure): number | undefined {
    return this.index.get(figureId(f));
  }

  restrict(i: number, b: Bound, where: string): void {
    const lo = Math.max(this.lo[i] as number, b.lo);
    const hi = Math.min(this.hi[i] as number, b.hi);
    if (lo > hi) this.conflicts.push(`${where}: ${figureId(this.figures[i] as Figure)}`);
    this.lo[i] = lo;
    this.hi[i] = hi;
  }

  observe(o: Observation): void {
    const i = this.variable(o.figure);
    this.observed[i] = true;
    this.restrict(i, o.bound, o.where);
  }

  /** Areas are sums of their base municipalities (every figure of an area of several). */
  addAreaSums(): void {
    const n = this.figures.length;
    for (let i = 0; i < n; i++) {
      const f = this.figures[i] as Figure;
      const members = f.members.split('+');
      if (members.length < 2) continue;
      this.equations.push({ total: i, parts: members.map((m) => this.variable({ ...f, members: m })) });
    }
  }

  /** A year of a quarterly dataset is the sum of its four quarters. */
  addQuarterSums(quarterly: ReadonlySet<string>): void {
    const n = this.figures.length;
    for (let i = 0; i < n; i++) {
      const f = this.figures[i] as Figure;
      if (!quarterly.has(f.dataset) || !/^\d{4}$/.test(f.period)) continue;
      this.equations.push({
        total: i,
        parts: [1, 2, 3, 4].map((q) => this.variable({ ...f, period: `${f.period}-Q${q}` })),
      });
    }
  }

  /**
   * Along each dimension: the figures equal on every other dimension split the codes into atoms (codes
   * in exactly the same figures); each figure is the sum of its atoms (an atom that is a figure is it).
   */
  addAtoms(universe: (dataset: string, dim: number) => readonly string[]): void {
    const n = this.figures.length;
    const groups = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const f = this.figures[i] as Figure;
      for (let d = 0; d < f.sets.length; d++) {
        const rest = f.sets.map((s, j) => (j === d ? '·' : s)).join('|');
        const k = `${f.dataset}|${f.period}|${f.members}|${d}|${rest}`;
        const g = groups.get(k);
        if (g) g.push(i);
        else groups.set(k, [i]);
      }
    }
    for (const [k, members] of groups) {
      if (members.length < 2) continue;
      const d = Number(k.split('|')[3]);
      const first = this.figures[members[0] as number] as Figure;
      const all = universe(first.dataset, d);
      const codesOf = (i: number) => {
        const s = (this.figures[i] as Figure).sets[d] as string;
        return s === '*' ? all : s === '' ? [] : s.split(',');
      };
      // Atom signature of each code: the figures it is in.
      const signature = new Map<string, number[]>();
      for (const i of members) for (const c of codesOf(i)) signature.get(c)?.push(i) ?? signature.set(c, [i]);
      const atoms = new Map<string, string[]>();
      for (const [c, sig] of signature) {
        const s = sig.join(',');
        atoms.get(s)?.push(c) ?? atoms.set(s, [c]);
      }
      const atomVar = new Map<string, number>();
      for (const [s, codes] of atoms) {
        const set = codes.length === all.length ? '*' : [...codes].sort().join(',');
        atomVar.set(s, this.variable({ ...first, sets: first.sets.map((x, j) => (j === d ? set : x)) }));
      }
      for (const i of members) {
        const parts = [...atoms.keys()]
          .filter((s) => s.split(',').includes(String(i)))
          .map((s) => atomVar.get(s) as number);
        if (parts.length === 1 && parts[0] === i) continue;
        this.equations.push({ total: i, parts });
      }
    }
  }

  /**
   * Statbel's open figures through the catalog's relations: every figure of a related dataset that is
   * linked (each dimension all codes or a union of whole groups) is fixed to Statbel's count, and so is
   * each variant of an observed figure with one linked dimension narrowed to one group.
   */
  addRelations(
    relations: readonly DatasetRelation[],
    reader: Reader,
    statbel: (
      period: string,
      members: string,
      filters: readonly Record<string, unknown>[],
    ) => number | undefined,
  ): number {
    let fixed = 0;
    const n = this.figures.length;
    for (const r of relations) {
      const dataset = reader.catalog.datasets.get(r.dataset);
      if (!dataset || reader.catalog.datasets.get(r.equals)?.disclosureThreshold !== 1) continue;
      const dims = dataset.dimensions.map((d) => d.name);
      for (let i = 0; i < n; i++) {
        const f = this.figures[i] as Figure;
        if (f.dataset !== r.dataset || !this.observed[i]) continue;
        // The figure, the same over all codes of the dimensions the relation does not name (the
        // nationalities' total), and each of these with one named dimension narrowed to one group.
        const whole = { ...f, sets: f.sets.map((x, j) => (r.dimensions[dims[j] as string] ? x : '*')) };
        const variants: Figure[] = [f, whole];
        for (const base of [f, whole])
          dims.forEach((name, d) => {
            for (const g of r.dimensions[name] ?? [])
              variants.push({
                ...base,
                sets: base.sets.map((x, j) => (j === d ? [...g.codes].sort().join(',') : x)),
              });
          });
        for (const v of variants) {
          const filters = linked(r, dims, v, (d) => reader.universe.get(`${r.dataset}.${dims[d]}`) ?? []);
          if (!filters) continue;
          const value = statbel(v.period, v.members, filters);
          if (value === undefined) continue;
          const j = this.variable(v);
          this.restrict(j, { lo: value, hi: value }, `Statbel ${r.id}`);
          fixed++;
        }
      }
    }
    return fixed;
  }
}

/** The Statbel filters summing to a linked figure (one per combination of groups), or undefined. */
function linked(
  r: DatasetRelation,
  dims: readonly string[],
  f: Figure,
  universe: (d: number) => readonly string[],
): Record<string, unknown>[] | undefined {
  let product: Record<string, unknown>[] = [r.filter];
  for (let d = 0; d < dims.length; d++) {
    const s = f.sets[d] as string;
    if (s === '*') continue;
    const groups = r.dimensions[dims[d] as string];
    if (!groups) return undefined;
    const codes = s === '' ? [] : s.split(',');
    const all = universe(d);
    const picked = groups.filter((g) => g.codes.some((c) => codes.includes(c)));
    const covered = new Set(picked.flatMap((g) => g.codes.filter((c) => all.includes(c))));
    if (covered.size !== codes.length || !codes.every((c) => covered.has(c))) return undefined;
    product = product.flatMap((p) => picked.map((g) => ({ ...p, ...g.filter })));
  }
  return product;
}
