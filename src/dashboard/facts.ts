/**
 * What the inburgering dashboard counts: its facts (one dataset with a numerator filter each, as the
 * catalog's indicators define them), the filters each fact carries (the breakdowns the catalog publishes
 * on exactly that numerator, so every filtered count is a count the suppression plan covers), and the
 * series breaks of the inburgering policy.
 */
import type { Catalog } from '../indicators/catalog.js';
import type { CatalogFilter, IndicatorSpec } from '../indicators/catalog-schema.js';

export const FACT_IDS = ['nieuwkomers', 'aangemeld', 'traject', 'attest', 'nt2'] as const;
export type FactId = (typeof FACT_IDS)[number];

/** The stages of the funnel, in order: each conversion is a stage over the one before. */
export const FUNNEL: readonly FactId[] = ['nieuwkomers', 'aangemeld', 'traject', 'attest'];

export interface FactDef {
  readonly id: FactId;
  readonly label: string;
  /** Lower-case noun for sentences and column heads. */
  readonly noun: string;
  readonly dataset: string;
  readonly filter: CatalogFilter | undefined;
}

export const FACTS: Readonly<Record<FactId, FactDef>> = {
  nieuwkomers: {
    id: 'nieuwkomers',
    label: 'Meerderjarige nieuwkomers',
    noun: 'nieuwkomers',
    dataset: 'nieuwkomers',
    filter: undefined,
  },
  aangemeld: {
    id: 'aangemeld',
    label: 'Inburgeraars aangemeld bij het agentschap',
    noun: 'aangemelde inburgeraars',
    dataset: 'inburgering',
    filter: { fase: 'aangemeld' },
  },
  traject: {
    id: 'traject',
    label: 'Inburgeraars met een gestart traject of inburgeringscontract',
    noun: 'inburgeraars met een traject',
    dataset: 'inburgering',
    filter: { fase: 'traject' },
  },
  attest: {
    id: 'attest',
    label: 'Inburgeraars met een inburgeringsattest',
    noun: 'inburgeraars met een attest',
    dataset: 'inburgering',
    filter: { fase: 'attest' },
  },
  nt2: {
    id: 'nt2',
    label: 'Cursisten Nederlands als tweede taal (NT2)',
    noun: 'cursisten NT2',
    dataset: 'nt2',
    filter: undefined,
  },
};

/** URL names of filters whose dimension name alone would be ambiguous across the facts. */
const PARAM_OF: Readonly<Record<string, string>> = {
  'nieuwkomers.doelgroep': 'nieuwkomersdoelgroep',
  'nt2.traject': 'nt2traject',
  'classification.inburgering': 'nationaliteitsgroep',
  'classification.gsm_group': 'gsmgroep',
};

const FILTER_LABEL: Readonly<Record<string, string>> = {
  doelgroep: 'Doelgroep inburgering',
  nationaliteitsgroep: 'Nationaliteitsgroep',
  nieuwkomersdoelgroep: 'Doelgroep nieuwkomers',
  gsmgroep: 'Nationaliteitsgroep (Gemeente-Stadsmonitor)',
  statuut: 'Statuut (reden van verblijf)',
  geslacht: 'Geslacht',
  leeftijdsgroep: 'Leeftijdsgroep',
  aanbieder: 'Aanbieder NT2',
  nt2traject: 'NT2 binnen of buiten inburgering',
};

/** One dashboard filter: a URL parameter, and per fact the catalog indicator whose categories it selects. */
export interface FilterDef {
  readonly param: string;
  readonly label: string;
  /** The options (category key → label), in catalog order, over all facts that carry the filter. */
  readonly options: readonly { readonly key: string; readonly label: string }[];
  /** Per fact: the breakdown indicator on that fact's numerator. */
  readonly byFact: ReadonlyMap<FactId, IndicatorSpec>;
}

const sameFilter = (a: CatalogFilter | undefined, b: CatalogFilter | undefined) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

function paramOf(spec: IndicatorSpec): string | undefined {
  const b = spec.breakdown;
  if (!b || 'grouping' in b) return undefined;
  if ('classification' in b) return PARAM_OF[`classification.${b.classification}`];
  return PARAM_OF[`${spec.numerator.dataset}.${b.dimension}`] ?? b.dimension;
}

/**
 * The filters, derived from the catalog: a breakdown indicator on a fact's numerator (same dataset,
 * same filter, one dimension or a country classification other than a country list) is a filter.
 */
export function dashboardFilters(
  catalog: Catalog,
  labels: (spec: IndicatorSpec) => readonly { key: string; label: string }[],
): readonly FilterDef[] {
  const found = new Map<string, { options: Map<string, string>; byFact: Map<FactId, IndicatorSpec> }>();
  for (const fact of FACT_IDS.map((id) => FACTS[id])) {
    for (const spec of catalog.indicators) {
      if (spec.numerator.dataset !== fact.dataset || !sameFilter(spec.numerator.filter, fact.filter))
        continue;
      if (spec.numerator.minus) continue;
      const param = paramOf(spec);
      if (!param) continue;
      let entry = found.get(param);
      if (!entry) {
        entry = { options: new Map(), byFact: new Map() };
        found.set(param, entry);
      }
      if (entry.byFact.has(fact.id)) continue;
      entry.byFact.set(fact.id, spec);
      for (const o of labels(spec)) if (!entry.options.has(o.key)) entry.options.set(o.key, o.label);
    }
  }
  return [...found].map(([param, e]) => ({
    param,
    label: FILTER_LABEL[param] ?? param,
    options: [...e.options].map(([key, label]) => ({ key, label })),
    byFact: e.byFact,
  }));
}

/**
 * Filters the issue asks for that no contract carries: said on the page instead of offered.
 */
export const ABSENT_FILTERS: readonly string[] = [
  'werkingsgebied (geen contract levert cijfers per werkingsgebied)',
  'geslacht, leeftijdsgroep en statuut van inburgeraars (het contract inburgering telt enkel fase, doelgroep en nationaliteit)',
  'doelgroep verplicht of rechthebbend bij nieuwkomers (het contract nieuwkomers telt een andere doelgroep: verblijfsgrond)',
];

/** Changes in the inburgering policy that break a series: annotated on every trend. */
export interface SeriesBreak {
  readonly date: string;
  readonly label: string;
}

export const SERIES_BREAKS: readonly SeriesBreak[] = [
  { date: '2022-03-01', label: 'asielzoekers behoren niet langer tot de doelgroep' },
  { date: '2023-01-01', label: 'participatie- en netwerktraject ingevoerd' },
  { date: '2023-09-01', label: 'betalende inburgering en NT2-test' },
];
