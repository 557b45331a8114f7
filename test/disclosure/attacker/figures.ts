/**
 * The output attacker's reading of published figures. It knows only what a reader knows: the tidy rows
 * of the downloads (/indicator/:id/gemeenten.json for every indicator, division and year), the public
 * catalog (what each indicator counts), the public geography (which municipalities make up an area) and
 * Statbel's open file. It shares no code with the suppression plans: every count becomes a *figure*
 * (dataset, period, set of base municipalities, set of codes per dimension) interpreted here.
 */
import type { AreaLevel, Division } from '../../../src/domain/division.js';
import { periodStartDate } from '../../../src/domain/period.js';
import type { CountryRegistry } from '../../../src/geo/countries/index.js';
import type { Geography } from '../../../src/geo/index.js';
import type { Catalog } from '../../../src/indicators/catalog.js';
import type { CatalogFilter, IndicatorSpec } from '../../../src/indicators/catalog-schema.js';
import { categoriesOf } from '../../../src/indicators/categories.js';
import type { Dataset } from '../../../src/indicators/dataset.js';
import type { TidyRecord } from '../../../src/render/tidy/tidy-records.js';

/** What a reader learns of one figure: an exact value, "< T" (0..T−1) or "x" (≥ T). */
export interface Bound {
  readonly lo: number;
  readonly hi: number;
}

export interface Figure {
  readonly dataset: string;
  readonly period: string;
  /** Sorted base municipality codes, '+'-joined (the area as a set). */
  readonly members: string;
  /** Per dimension: '*' (all codes) or the sorted codes joined by ','. */
  readonly sets: readonly string[];
}

export const figureId = (f: Figure): string => `${f.dataset}|${f.period}|${f.members}|${f.sets.join('|')}`;

const LEVEL: Record<string, AreaLevel> = {
  gemeente: 'municipality',
  arrondissement: 'arrondissement',
  provincie: 'province',
  gewest: 'region',
};

export class Reader {
  private readonly memberCache = new Map<string, string | undefined>();
  readonly universe = new Map<string, readonly string[]>();

  constructor(
    readonly geo: Geography,
    readonly catalog: Catalog,
    readonly countries: CountryRegistry,
  ) {
    const world = countries.all().map((c) => c.iso3);
    for (const d of catalog.datasets.values())
      for (const dim of d.dimensions)
        if (dim.kind !== 'age')
          this.universe.set(
            `${d.id}.${dim.name}`,
            [...(dim.kind === 'country' ? world : (dim.codes ?? []).map((c) => c.code))].sort(),
          );
  }

  /** The base municipalities (2019–2024, the data's division) of an area as the geography publishes it. */
  members(division: Division, level: AreaLevel, nis: string): string | undefined {
    const k = `${division}|${level}|${nis}`;
    if (this.memberCache.has(k)) return this.memberCache.get(k);
    const area = this.geo.areas(division, level).find((a) => a.nis === nis);
    let codes: readonly string[] | undefined;
    if (area)
      codes =
        division === '2025'
          ? this.geo.sourceMunicipalities2024For(area)
          : this.geo.municipalitiesIn(division, level, area.nis);
    const out = codes && codes.length > 0 ? [...codes].sort().join('+') : undefined;
    this.memberCache.set(k, out);
    return out;
  }

  /** The code sets of a conjunction of catalog filters, or undefined when one is not a code filter. */
  sets(dataset: Dataset, filters: readonly (CatalogFilter | undefined)[]): string[] | undefined {
    const out: (Set<string> | undefined)[] = dataset.dimensions.map(() => undefined);
    for (const f of filters) {
      for (const [dim, spec] of Object.entries(f ?? {})) {
        const i = dataset.dimensions.findIndex((d) => d.name === dim);
        const all = this.universe.get(`${dataset.id}.${dim}`);
        if (i < 0 || !all) return undefined;
        let codes: string[];
        if (typeof spec === 'string') codes = [spec];
        else if (Array.isArray(spec)) codes = spec;
        else if ('except' in spec) codes = all.filter((c) => !spec.except.includes(c));
        else return undefined;
        const prev = out[i];
        out[i] = new Set(codes.filter((c) => all.includes(c) && (!prev || prev.has(c))));
      }
    }
    return out.map((s, i) => {
      const all = this.universe.get(`${dataset.id}.${dataset.dimensions[i]?.name}`) ?? [];
      if (!s || s.size === all.length) return '*';
      return [...s].sort().join(',');
    });
  }
}

function boundOf(record: TidyRecord, threshold: number): Bound | undefined {
  if (typeof record.aantal === 'number') return { lo: record.aantal, hi: record.aantal };
  const status = String(record.status ?? '');
  if (/aantal: </.test(status)) return { lo: 0, hi: threshold - 1 };
  if (/aantal: x/.test(status)) return { lo: threshold, hi: Number.POSITIVE_INFINITY };
  return undefined; // not available, not applicable
}

export interface Observation {
  readonly figure: Figure;
  readonly bound: Bound;
  /** Where it was read, for messages. */
  readonly where: string;
}

/**
 * The figures of one download (one indicator, division and period). Balances (in − out) and relative
 * figures are not used (see the test's notes); a country list's "andere" row is all codes not listed.
 */
export function readDownload(
  reader: Reader,
  spec: IndicatorSpec,
  division: Division,
  records: readonly TidyRecord[],
): Observation[] {
  const dataset = reader.catalog.datasets.get(spec.numerator.dataset);
  if (!dataset || spec.numerator.minus || spec.unit === 'distinct') return [];
  const out: Observation[] = [];
  const period = records.find((r) => r.periode)?.periode;
  if (!period || typeof period !== 'string') return [];
  const b = spec.breakdown;
  const isCountries = b && 'classification' in b && b.classification === 'countries';
  const byKey = new Map(
    isCountries
      ? []
      : categoriesOf(
          { catalog: reader.catalog, countries: reader.countries, date: periodStartDate(period) },
          spec,
        ).map((c) => [c.key, c.filter] as const),
  );
  const listed = new Set(
    records.map((r) => String(r.categorie)).filter((k) => k !== 'andere' && k !== 'total'),
  );
  for (const r of records) {
    const level = LEVEL[String(r.niveau)];
    if (!level || r.periode !== period) continue;
    const members = reader.members(division, level, String(r.nis));
    const bound = boundOf(r, dataset.disclosureThreshold);
    if (!members || !bound) continue;
    const key = String(r.categorie);
    let filter: CatalogFilter | undefined;
    if (key === 'total') filter = {};
    else if (isCountries && b && 'dimension' in b)
      filter = key === 'andere' ? { [b.dimension]: { except: [...listed] } } : { [b.dimension]: key };
    else filter = byKey.get(key);
    if (!filter) throw new Error(`${spec.id}: category ${key} not in the catalog`);
    const sets = reader.sets(dataset, [spec.numerator.filter, filter]);
    if (!sets) continue;
    out.push({
      figure: { dataset: dataset.id, period, members, sets },
      bound,
      where: `${spec.id} ${division} ${r.niveau} ${r.nis} ${key}`,
    });
  }
  return out;
}
