/**
 * What a dashboard view shows, in one place: its title, the description of the selection (period,
 * area, filters), the source and demo mark, and the table — the same rows on the page, in the CSV and
 * in the Excel file, and the same figures the chart draws.
 */
import { formatFigure, type RelativeKind } from '../domain/format.js';
import { formatPeriod, periodYear } from '../domain/period.js';
import type { FigureValue } from '../domain/value.js';
import type { Catalog } from '../indicators/catalog.js';
import { FACTS, type FactId, type FilterDef } from './facts.js';
import type { DashboardCell, DashboardResult } from './query.js';
import type { Measure } from './selection.js';

export const MEASURE_LABEL: Readonly<Record<Measure, string>> = {
  aantal: 'Aantal',
  per10000: 'Per 10.000 inwoners',
  aandeel: 'Aandeel',
  trechter: 'Trechter (omzetting per stap)',
};

/** The kind a measure is formatted and plotted as. */
export function measureKind(m: Measure): 'count' | RelativeKind {
  return m === 'aantal' ? 'count' : m === 'per10000' ? 'per_10000' : 'percent';
}

/** The figure of a cell a measure shows (the funnel ranks and maps the conversion). */
export function measureFigure(c: DashboardCell, m: Measure): FigureValue {
  return m === 'aantal' ? c.count : m === 'per10000' ? c.per10000 : m === 'aandeel' ? c.share : c.conversion;
}

export const periodLabel = (p: string): string =>
  /^\d{4}-Q\d$/.test(p) ? `K${p.slice(6)} ${p.slice(0, 4)}` : formatPeriod(p);

export interface ViewTable {
  readonly caption: string;
  readonly columns: readonly string[];
  /** Display text per column (nl-BE), exactly as on the page. */
  readonly rows: readonly (readonly string[])[];
  /** Per row: the area's municipality code when the row is a municipality (links on the page). */
  readonly municipalities: readonly (string | null)[];
  /** Per row the figures behind the number columns (for Excel), keyed by column index. */
  readonly figures: readonly ReadonlyMap<number, { figure: FigureValue; kind: 'count' | RelativeKind }>[];
}

export interface DashboardView {
  readonly title: string;
  readonly chartTitle: string;
  /** "Vlaams Gewest, 2019–2021, doelgroep: verplichte inburgeraar". */
  readonly selectionText: string;
  readonly periodText: string;
  readonly filterText: string;
  readonly source: string;
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly table: ViewTable;
  /** The current year, provisional by definition (figures can still change). */
  readonly provisionalYear: number | null;
}

function filterText(result: DashboardResult, filters: readonly FilterDef[]): string {
  const parts = Object.entries(result.selection.filters).map(([param, key]) => {
    const def = filters.find((f) => f.param === param);
    const option = def?.options.find((o) => o.key === key);
    return `${(def?.label ?? param).toLowerCase()}: ${option?.label ?? key}`;
  });
  return parts.length ? parts.join('; ') : 'geen filters';
}

function sourceText(catalog: Catalog, facts: readonly FactId[]): string {
  const datasets = [...new Set(facts.map((f) => FACTS[f].dataset))];
  const sources = datasets.flatMap((d) => {
    const s = catalog.sources.get(d);
    return s ? [`${s.name} (${s.publisher})`] : [];
  });
  return `Bron: ${[...sources, 'bevolking op 1 januari: Statbel'].join('; ')}`;
}

const flag = (c: DashboardCell) =>
  [c.provisional ? 'voorlopig' : '', c.demo ? 'DEMODATA' : ''].filter(Boolean).join(', ');

export function dashboardView(
  result: DashboardResult,
  catalog: Catalog,
  filters: readonly FilterDef[],
  now: Date = new Date(),
): DashboardView {
  const s = result.selection;
  const funnel = s.measure === 'trechter';
  const title = funnel ? 'Trechter: nieuwkomer, aanmelding, traject, attest' : FACTS[s.fact].label;
  const first = result.periods[0];
  const last = result.periods.at(-1);
  const periodText =
    first && last
      ? first === last
        ? periodLabel(first)
        : `${periodLabel(first)} – ${periodLabel(last)}`
      : 'geen periode';
  const ranking = s.view !== 'trend';
  const filtersTxt = filterText(result, filters);
  const where = ranking
    ? `gemeenten van ${result.scope.name}, ${result.rankingPeriod ? periodLabel(result.rankingPeriod) : 'geen periode'}`
    : `${result.subject.name}, ${periodText}`;
  const kind = measureKind(s.measure);
  const withShare = Object.keys(s.filters).length > 0;
  let table: ViewTable;
  if (!ranking) {
    const columns = [
      'Periode',
      ...(funnel ? ['Stap'] : []),
      'Aantal',
      'Per 10.000 inwoners',
      ...(withShare ? ['Aandeel'] : []),
      ...(funnel ? ['Omzetting t.o.v. vorige stap'] : []),
      'Opmerking',
    ];
    const cells = [...result.trend].sort(
      (a, b) =>
        a.period.localeCompare(b.period) || result.facts.indexOf(a.fact) - result.facts.indexOf(b.fact),
    );
    const figures = cells.map((c) => {
      const m = new Map<number, { figure: FigureValue; kind: 'count' | RelativeKind }>();
      let i = funnel ? 2 : 1;
      m.set(i++, { figure: c.count, kind: 'count' });
      m.set(i++, { figure: c.per10000, kind: 'per_10000' });
      if (withShare) m.set(i++, { figure: c.share, kind: 'percent' });
      if (funnel) m.set(i++, { figure: c.conversion, kind: 'percent' });
      return m;
    });
    table = {
      caption: `${funnel ? title : FACTS[s.fact].label}: ${result.subject.name}, ${periodText}`,
      columns,
      rows: cells.map((c) => [
        periodLabel(c.period),
        ...(funnel ? [FACTS[c.fact].noun] : []),
        formatFigure(c.count, 'count'),
        formatFigure(c.per10000, 'per_10000'),
        ...(withShare ? [formatFigure(c.share, 'percent')] : []),
        ...(funnel ? [formatFigure(c.conversion, 'percent')] : []),
        flag(c),
      ]),
      municipalities: cells.map(() => null),
      figures,
    };
  } else {
    const ranked = rankCells(result.ranking, s.measure);
    table = {
      caption: `${funnel ? `${FACTS[ranked[0]?.fact ?? 'aangemeld'].label}, omzetting` : FACTS[s.fact].label}: ${where}`,
      columns: [
        'Rang',
        'Gemeente',
        'Aantal',
        'Per 10.000 inwoners',
        ...(withShare ? ['Aandeel'] : []),
        ...(funnel ? ['Omzetting t.o.v. vorige stap'] : []),
        'Opmerking',
      ],
      rows: ranked.map((c, i) => [
        measureFigure(c, s.measure).state === 'value' ? String(i + 1) : '–',
        c.area.name,
        formatFigure(c.count, 'count'),
        formatFigure(c.per10000, 'per_10000'),
        ...(withShare ? [formatFigure(c.share, 'percent')] : []),
        ...(funnel ? [formatFigure(c.conversion, 'percent')] : []),
        flag(c),
      ]),
      municipalities: ranked.map((c) => c.area.nis),
      figures: ranked.map((c) => {
        const m = new Map<number, { figure: FigureValue; kind: 'count' | RelativeKind }>();
        let i = 2;
        m.set(i++, { figure: c.count, kind: 'count' });
        m.set(i++, { figure: c.per10000, kind: 'per_10000' });
        if (withShare) m.set(i++, { figure: c.share, kind: 'percent' });
        if (funnel) m.set(i++, { figure: c.conversion, kind: 'percent' });
        return m;
      }),
    };
  }
  const thisYear = now.getFullYear();
  return {
    title,
    chartTitle: `${title}${funnel ? '' : `, ${MEASURE_LABEL[s.measure].toLowerCase()}`}`,
    selectionText: `${where}; ${filtersTxt}`,
    periodText,
    filterText: filtersTxt,
    source: sourceText(catalog, result.facts),
    demo: result.demo,
    provisional: result.provisional,
    table,
    provisionalYear: result.years.includes(thisYear) ? thisYear : null,
  };
}

/** Highest first on the measure; municipalities without a shown figure after them, by name. */
export function rankCells(cells: readonly DashboardCell[], m: Measure): DashboardCell[] {
  const v = (c: DashboardCell) => {
    const f = measureFigure(c, m);
    return f.state === 'value' ? f.value : null;
  };
  return [...cells].sort((a, b) => {
    const x = v(a);
    const y = v(b);
    if (x !== null && y !== null) return y - x || a.area.name.localeCompare(b.area.name, 'nl');
    if (x !== null) return -1;
    if (y !== null) return 1;
    return a.area.name.localeCompare(b.area.name, 'nl');
  });
}

export { periodYear };
