/** Builds the report model of one area: catalog × release × geography. */
import type { Division } from '../domain/division.js';
import { notAvailable } from '../domain/value.js';
import type { Area, Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { IndicatorSpec } from '../indicators/catalog-schema.js';
import { categoriesOf, computeIndicator } from '../indicators/compute.js';
import { type AreaFigures, areaFiguresKey, type ReleaseReader } from '../release/release-reader.js';
import { SOFTWARE } from '../release/software.js';
import { areaNotes, areaRef, comparisonAreas } from './comparison-areas.js';
import {
  REPORT_SCHEMA,
  REPORT_SCHEMA_VERSION,
  type Report,
  type ReportCell,
  type Section,
  type TableBlock,
} from './model.js';
import { summaryBlock } from './summary.js';

export interface ReportRequest {
  readonly subject: Area;
  readonly division: Division;
  readonly year: number;
}

export interface ReportContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly release: ReleaseReader;
  readonly now?: () => Date;
}

function tableBlock(
  ctx: ReportContext,
  spec: IndicatorSpec,
  figures: readonly AreaFigures[],
  year: number,
): TableBlock {
  const source = ctx.catalog.sources.get(spec.source);
  if (!source) throw new Error(`unknown source ${spec.source}`);
  const perArea = figures.map((f) => (f.available ? computeIndicator(ctx.catalog, spec, f.cube) : undefined));
  const rows = categoriesOf(ctx.catalog, spec).map((cat, i) => ({
    key: cat.key,
    label: cat.label,
    cells: figures.map((f, a): ReportCell => {
      const computed = perArea[a]?.[i];
      if (computed) return { count: computed.count, relative: computed.relative };
      const missing = notAvailable(f.available ? 'geen cijfers' : f.reason);
      return { count: missing, relative: missing };
    }),
  }));
  return {
    kind: 'table',
    id: spec.id,
    indicatorId: spec.id,
    title: spec.title,
    definition: spec.definition,
    countLabel: spec.numerator.label,
    relativeUnit: spec.relative ?? null,
    relativeLabel: spec.denominator ? `% van ${spec.denominator.label}` : null,
    breakdownTitle: spec.breakdown ? (ctx.catalog.dimensions.get(spec.breakdown)?.title ?? null) : null,
    source: {
      id: source.id,
      name: source.name,
      publisher: source.publisher,
      url: source.url,
      licence: source.licence,
    },
    referenceDate: `${year}-01-01`,
    rows,
  };
}

export async function buildReport(ctx: ReportContext, request: ReportRequest): Promise<Report> {
  const { geo, catalog, release } = ctx;
  const { subject, division, year } = request;
  const areas = comparisonAreas(geo, division, subject);
  const byKey = await release.areaFigures(division, year, areas);
  const figures = areas.map(
    (a): AreaFigures => byKey.get(areaFiguresKey(a)) ?? { available: false, reason: 'geen cijfers' },
  );
  const refs = areas.map((a) => areaRef(geo, a));
  const sections: Section[] = catalog.themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    intro: theme.intro,
    blocks: theme.indicators.map((spec) => tableBlock(ctx, spec, figures, year)),
  }));
  const summary = summaryBlock(refs, sections, year);
  if (summary && sections[0]) sections[0] = { ...sections[0], blocks: [summary, ...sections[0].blocks] };
  const source = release.manifest.sources.find((s) => s.year === year);
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (ctx.now ?? (() => new Date()))().toISOString(),
    subject: refs[0] ?? areaRef(geo, subject),
    areas: refs,
    division,
    year,
    referenceDate: `${year}-01-01`,
    availableYears: release.years,
    notes: areaNotes(geo, division, subject, year),
    release: { id: release.id, builtAt: release.manifest.builtAt, demo: source?.demo ?? false },
    catalog: { version: catalog.version, schemaVersion: catalog.schemaVersion },
    software: { ...SOFTWARE },
    sections,
  };
}
