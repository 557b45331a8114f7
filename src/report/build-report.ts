/** Builds the report model of one area: catalog × release × geography, chapter by chapter. */
import type { Division } from '../domain/division.js';
import { periodYear } from '../domain/period.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Area, Geography } from '../geo/index.js';
import { areaKey } from '../indicators/area-facts.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { SOFTWARE } from '../release/software.js';
import { areaNotes, areaRef, comparisonAreas } from './comparison-areas.js';
import { definitionsSection } from './definitions-section.js';
import { disclosurePlans } from './disclosure/plans.js';
import { indicatorBlock, indicatorPeriods } from './indicator-block.js';
import { SHARED_TABLES } from './indicator-table-cache.js';
import { keyFiguresBlock } from './key-figures.js';
import { mapsSection } from './maps-section.js';
import { type AreaRef, REPORT_SCHEMA, REPORT_SCHEMA_VERSION, type Report, type Section } from './model.js';
import { reportFacts } from './precomputed-facts.js';
import { pyramidBlock } from './pyramid-block.js';
import type { SimilarSource } from './similar-source.js';
import { summaryBlock } from './summary.js';

export interface ReportRequest {
  readonly subject: Area;
  readonly division: Division;
  readonly year: number;
  /** Municipalities the user adds as columns (side by side with the subject). */
  readonly compareWith?: readonly Area[];
}

export interface ReportContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly release: ReleaseReader;
  readonly now?: () => Date;
  /** Similar municipalities as a column (absent: no such column). */
  readonly similar?: SimilarSource;
}

/**
 * The years a report can be asked for: those with population figures (the denominator of almost every
 * indicator; a year without them would show "n.b." everywhere). A release without population figures
 * offers every year in which some dataset of the catalog has figures. Earlier periods of other datasets
 * still appear in the evolutions.
 */
export function availableYears(catalog: Catalog, release: ReleaseReader): number[] {
  if (release.years.length > 0) return [...new Set(release.years)].sort((a, b) => a - b);
  const years = new Set<number>();
  for (const [dataset, periods] of Object.entries(release.manifest.datasets)) {
    if (catalog.datasets.has(dataset)) for (const p of periods) years.add(periodYear(p));
  }
  return [...years].sort((a, b) => a - b);
}

function groupRef(subject: Area, members: readonly Area[]): AreaRef {
  return {
    level: 'group',
    nis: `vergelijkbaar-${subject.nis}`,
    name: 'vergelijkbare gemeenten',
    label: 'vergelijkbare gemeenten',
    members: members.map((m) => m.nis),
  };
}

export async function buildReport(ctx: ReportContext, request: ReportRequest): Promise<Report> {
  const { geo, catalog, release } = ctx;
  const { subject, division, year } = request;
  const areas = comparisonAreas(geo, division, subject, request.compareWith ?? []);
  const similar = ctx.similar ? await ctx.similar.group(geo, release, division, year, subject) : null;
  const refs = [
    ...areas.map((a) => areaRef(geo, a)),
    ...(similar ? [groupRef(subject, similar.members)] : []),
  ];
  const groups = refs
    .filter((g) => g.level === 'group')
    .map((g) => ({ key: areaKey(g.level, g.nis), year, subject: subject.nis, members: g.members ?? [] }));
  const facts = await reportFacts(ctx, division, areas, groups);
  const wanted = catalog.indicators.flatMap((spec) => {
    const dataset = catalog.datasets.get(spec.numerator.dataset);
    return dataset ? indicatorPeriods(facts, spec, year).map((period) => ({ dataset, period })) : [];
  });
  const planContext = { geo, catalog, countries: ctx.countries, release };
  const plan = await disclosurePlans(planContext, wanted);
  const blockContext = { division, plan, catalog, countries: ctx.countries, facts, areas: refs, year };
  const themes: Section[] = catalog.themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    intro: theme.intro,
    blocks: theme.indicators.map((spec) => indicatorBlock(blockContext, spec)),
  }));
  const subjectRef = refs[0] ?? areaRef(geo, subject);
  const population = themes[0]?.blocks.find((b) => b.kind === 'table' && b.source.id === 'bevolking');
  const pyramid =
    population?.kind === 'table' ? pyramidBlock(catalog, facts, subjectRef, year, population.source) : null;
  if (pyramid && themes[0])
    themes[0] = {
      ...themes[0],
      blocks: [themes[0].blocks[0], pyramid, ...themes[0].blocks.slice(1)].filter((b) => b !== undefined),
    };
  const summary = summaryBlock(refs, themes);
  const key: Section = {
    id: 'kerncijfers',
    title: 'Kerncijfers',
    intro: `De cijfers die het meest zeggen over de diversiteit van de bevolking van ${subjectRef.label}, naast de provincie, het Vlaams Gewest en vergelijkbare gemeenten.`,
    blocks: [...(summary ? [summary] : []), keyFiguresBlock(catalog, themes, refs)],
  };
  const maps = await mapsSection(
    { ...planContext, tables: SHARED_TABLES },
    division,
    year,
    subject,
    subjectRef,
  );
  const body = [key, ...themes, ...(maps ? [maps] : [])];
  const sections = [...body, definitionsSection(catalog, body, similar?.method ?? null)];
  const demo = sections.some((s) => s.blocks.some((b) => (b.kind === 'table' || b.kind === 'map') && b.demo));
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (ctx.now ?? (() => new Date()))().toISOString(),
    subject: subjectRef,
    areas: refs,
    division,
    year,
    availableYears: availableYears(catalog, release),
    notes: areaNotes(geo, division, subject, year),
    release: { id: release.id, builtAt: release.manifest.builtAt },
    demo,
    catalog: { version: catalog.version, schemaVersion: catalog.schemaVersion },
    software: { ...SOFTWARE },
    sections,
    similar: similar
      ? { members: similar.members.map((m) => areaRef(geo, m)), method: similar.method }
      : null,
  };
}
