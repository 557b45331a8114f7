/**
 * What the indicator explorer shows of the ranking: the municipalities of one province or of all
 * Flanders, sorted on the server (so it works without JavaScript) by place, name, province or
 * arrondissement; and that same selection as CSV, so the download is exactly the table on screen.
 */
import { stringify } from 'csv-stringify/sync';
import type { IndicatorRanking, RankedMunicipality } from './indicator-ranking.js';

export const RANKING_SORTS = ['plaats', 'naam', 'provincie', 'arrondissement'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

export const SORT_LABEL: Readonly<Record<RankingSort, string>> = {
  plaats: 'plaats (hoog naar laag)',
  naam: 'gemeente (A–Z)',
  provincie: 'provincie, dan plaats',
  arrondissement: 'arrondissement, dan plaats',
};

export interface RankingSelection {
  /** NIS code of a province; undefined: all municipalities. */
  readonly province?: string | undefined;
  readonly sort: RankingSort;
}

const collator = new Intl.Collator('nl-BE');
/** Ranked first by place, the ones without a figure after them (by name). */
const byPlace = (a: RankedMunicipality, b: RankedMunicipality) =>
  (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
  collator.compare(a.name, b.name);

export function selectRows(
  rows: readonly RankedMunicipality[],
  selection: RankingSelection,
): RankedMunicipality[] {
  const shown = selection.province ? rows.filter((r) => r.province?.nis === selection.province) : [...rows];
  const compare: Record<RankingSort, (a: RankedMunicipality, b: RankedMunicipality) => number> = {
    plaats: byPlace,
    naam: (a, b) => collator.compare(a.name, b.name),
    provincie: (a, b) => collator.compare(a.province?.name ?? '', b.province?.name ?? '') || byPlace(a, b),
    arrondissement: (a, b) =>
      collator.compare(a.arrondissement?.name ?? '', b.arrondissement?.name ?? '') || byPlace(a, b),
  };
  return shown.sort(compare[selection.sort]);
}

/** The table on screen as CSV (UTF-8 with BOM, dot decimals), with what it shows in its first lines. */
export function rankingCsv(
  ranking: IndicatorRanking,
  rows: readonly RankedMunicipality[],
  about: {
    readonly indicator: string;
    readonly title: string;
    readonly source: string;
    readonly filter: string;
  },
): string {
  const header = [
    ['indicator', about.indicator],
    ['titel', about.title],
    ['periode', ranking.periodLabel],
    ['selectie', about.filter],
    ['bron', about.source],
    ...(ranking.demo ? [['DEMODATA', 'gegenereerde demonstratiegegevens, geen echte cijfers']] : []),
    [],
  ];
  const table = [
    ['plaats', 'nis', 'gemeente', 'arrondissement', 'provincie', ranking.figureHeader, 'getoond'],
    ...rows.map((r) => [
      r.rank ?? '',
      r.nis,
      r.name,
      r.arrondissement?.name ?? '',
      r.province?.name ?? '',
      r.value ?? '',
      r.figure,
    ]),
  ];
  return `\ufeff${stringify([...header, ...table])}`;
}
