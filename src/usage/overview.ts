/**
 * The adoption overview (/beheer/gebruik and its exports) from the stored sums: one row per
 * municipality of the 2025 division, and the months' trend. Pure: the service reads, this adds up.
 */
import { DOWNLOAD_EVENTS, type UsageEventKind } from './events.js';
import type { MonthSum, UsageSum } from './repository.js';

export type Adoption = 'eigen' | 'bekeken' | 'geen';

export const ADOPTION_LABELS: Readonly<Record<Adoption, string>> = {
  eigen: 'gebruikt door de gemeente zelf',
  bekeken: 'bekeken, niet door de gemeente zelf',
  geen: 'niet gebruikt',
};

export interface MunicipalityRef {
  readonly nis: string;
  readonly name: string;
  readonly province: string;
}

export interface UsageRow extends MunicipalityRef {
  /** Last use by the municipality's own officers, at any time; null: never. */
  readonly lastOwnUse: Date | null;
  /** Uses of every kind by its own officers in the period. */
  readonly ownUses: number;
  readonly ownViews: number;
  /** Report page views by anyone (own officers included). */
  readonly views: number;
  readonly downloads: Readonly<Record<UsageEventKind, number>>;
  readonly downloadsTotal: number;
  readonly embeds: number;
  readonly api: number;
  readonly adoption: Adoption;
}

export interface MonthRow {
  readonly month: string;
  readonly views: number;
  readonly ownViews: number;
  readonly downloads: number;
  readonly embeds: number;
  readonly api: number;
  /** Municipalities whose own officers used their figures that month. */
  readonly ownMunicipalities: number;
}

export interface UsageOverview {
  /** The period of the per-municipality figures ('YYYY-MM-DD', both included). */
  readonly from: string;
  readonly to: string;
  readonly rows: readonly UsageRow[];
  readonly months: readonly MonthRow[];
  readonly counts: Readonly<Record<Adoption, number>>;
}

const zeroes = (): Record<UsageEventKind, number> => ({
  view: 0,
  pdf_full: 0,
  pdf_core: 0,
  xlsx: 0,
  csv: 0,
  json: 0,
  embed: 0,
  api: 0,
});

export function municipalityRows(
  municipalities: readonly MunicipalityRef[],
  sums: readonly UsageSum[],
  lastOwn: ReadonlyMap<string, Date>,
): UsageRow[] {
  const all = new Map<string, Record<UsageEventKind, number>>();
  const own = new Map<string, Record<UsageEventKind, number>>();
  const of = (m: Map<string, Record<UsageEventKind, number>>, nis: string) => {
    const known = m.get(nis);
    if (known) return known;
    const fresh = zeroes();
    m.set(nis, fresh);
    return fresh;
  };
  for (const s of sums) {
    of(all, s.nis)[s.event] += s.hits;
    if (s.own) of(own, s.nis)[s.event] += s.hits;
  }
  return municipalities.map((m) => {
    const a = all.get(m.nis) ?? zeroes();
    const o = own.get(m.nis) ?? zeroes();
    const ownUses = Object.values(o).reduce((x, y) => x + y, 0);
    const downloadsTotal = DOWNLOAD_EVENTS.reduce((x, e) => x + a[e], 0);
    const anyUse = a.view + downloadsTotal + a.embed + a.api > 0;
    return {
      ...m,
      lastOwnUse: lastOwn.get(m.nis) ?? null,
      ownUses,
      ownViews: o.view,
      views: a.view,
      downloads: a,
      downloadsTotal,
      embeds: a.embed,
      api: a.api,
      adoption: ownUses > 0 ? 'eigen' : anyUse ? 'bekeken' : 'geen',
    };
  });
}

export function monthRows(
  months: readonly string[],
  sums: readonly MonthSum[],
  ownMunicipalities: ReadonlyMap<string, number>,
): MonthRow[] {
  return months.map((month) => {
    const of = sums.filter((s) => s.month === month);
    const sum = (pick: (s: MonthSum) => boolean) => of.filter(pick).reduce((x, s) => x + s.hits, 0);
    return {
      month,
      views: sum((s) => s.event === 'view'),
      ownViews: sum((s) => s.event === 'view' && s.own),
      downloads: sum((s) => DOWNLOAD_EVENTS.includes(s.event)),
      embeds: sum((s) => s.event === 'embed'),
      api: sum((s) => s.event === 'api'),
      ownMunicipalities: ownMunicipalities.get(month) ?? 0,
    };
  });
}

export function adoptionCounts(rows: readonly UsageRow[]): Record<Adoption, number> {
  const counts: Record<Adoption, number> = { eigen: 0, bekeken: 0, geen: 0 };
  for (const r of rows) counts[r.adoption]++;
  return counts;
}
