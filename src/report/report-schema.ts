/**
 * zod schema of the report's JSON form (version REPORT_SCHEMA_VERSION), used by tests and by API
 * clients that want to validate. Documented in docs/report-json.md.
 */
import { z } from 'zod';
import { AREA_LEVELS, DIVISIONS } from '../domain/division.js';
import { UNITS } from '../indicators/catalog-schema.js';
import { REPORT_SCHEMA, REPORT_SCHEMA_VERSION } from './model.js';

export const figureSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('value'), value: z.number() }).strict(),
  z.object({ state: z.literal('not_available'), reason: z.string() }).strict(),
  z.object({ state: z.literal('not_applicable') }).strict(),
  z.object({ state: z.literal('division_by_zero') }).strict(),
  z
    .object({
      state: z.literal('suppressed'),
      threshold: z.number().int(),
      kind: z.enum(['primary', 'secondary']),
    })
    .strict(),
]);
const figure = figureSchema;
const cell = z.object({ count: figure, relative: figure }).strict();
const areaRef = z.union([
  z
    .object({
      level: z.enum(AREA_LEVELS),
      nis: z.string().regex(/^\d{5}$/),
      name: z.string(),
      label: z.string(),
    })
    .strict(),
  z
    .object({
      level: z.literal('group'),
      nis: z.string().regex(/^vergelijkbaar-\d{5}$/),
      name: z.string(),
      label: z.string(),
      members: z.array(z.string().regex(/^\d{5}$/)).min(1),
    })
    .strict(),
]);
const source = z
  .object({
    id: z.string(),
    name: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    licence: z.string(),
  })
  .strict();

const seriesPoint = z
  .object({
    period: z.string(),
    periodLabel: z.string(),
    demo: z.boolean(),
    provisional: z.boolean(),
    cells: z.array(cell),
  })
  .strict();

const tableBlock = z
  .object({
    kind: z.literal('table'),
    id: z.string(),
    indicatorId: z.string(),
    title: z.string(),
    definition: z.string(),
    chart: z.enum(['bar', 'line', 'none']),
    summary: z.string().nullable(),
    unit: z.enum(UNITS),
    countLabel: z.string(),
    relativeLabel: z.string().nullable(),
    breakdownTitle: z.string().nullable(),
    source,
    period: z.string().nullable(),
    periodLabel: z.string(),
    demo: z.boolean(),
    provisional: z.boolean(),
    rows: z.array(z.object({ key: z.string(), label: z.string(), cells: z.array(cell) }).strict()),
    series: z.array(seriesPoint),
  })
  .strict();
const textBlock = z.object({ kind: z.literal('text'), id: z.string(), text: z.string() }).strict();
const keyFiguresBlock = z
  .object({
    kind: z.literal('keyfigures'),
    id: z.string(),
    figures: z.array(
      z
        .object({
          indicatorId: z.string(),
          blockId: z.string(),
          title: z.string(),
          rowLabel: z.string().nullable(),
          unit: z.enum(UNITS),
          period: z.string().nullable(),
          periodLabel: z.string(),
          cells: z.array(cell),
          sentence: z.string().nullable(),
          change: z.string().nullable(),
          demo: z.boolean(),
          provisional: z.boolean(),
        })
        .strict(),
    ),
    changes: z.array(z.string()),
  })
  .strict();
const count = z.number().int().min(0);
const pyramidBlock = z
  .object({
    kind: z.literal('pyramid'),
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    source,
    period: z.string(),
    periodLabel: z.string(),
    bands: z.array(
      z
        .object({
          label: z.string(),
          belgianMen: count,
          belgianWomen: count,
          foreignMen: count,
          foreignWomen: count,
        })
        .strict(),
    ),
  })
  .strict();
const mapBlock = z
  .object({
    kind: z.literal('map'),
    id: z.string(),
    indicatorId: z.string(),
    title: z.string(),
    unit: z.enum(UNITS),
    rowLabel: z.string().nullable(),
    scope: z.enum(['province', 'region']),
    scopeArea: areaRef,
    subjectNis: z.string().regex(/^\d{5}$/),
    division: z.enum(DIVISIONS),
    source,
    period: z.string().nullable(),
    periodLabel: z.string(),
    demo: z.boolean(),
    summary: z.string(),
    values: z.array(z.object({ nis: z.string().regex(/^\d{5}$/), name: z.string(), value: figure }).strict()),
  })
  .strict();
const definitionsBlock = z
  .object({
    kind: z.literal('definitions'),
    id: z.string(),
    entries: z.array(
      z
        .object({
          indicatorId: z.string(),
          title: z.string(),
          definition: z.string(),
          numerator: z.string(),
          denominator: z.string().nullable(),
          source,
          periodLabel: z.string(),
          demo: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();

export const reportJsonSchema = z
  .object({
    schema: z.literal(REPORT_SCHEMA),
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    generatedAt: z.iso.datetime(),
    subject: areaRef,
    areas: z.array(areaRef).min(1),
    division: z.enum(DIVISIONS),
    year: z.number().int(),
    availableYears: z.array(z.number().int()),
    notes: z.array(z.string()),
    release: z.object({ id: z.string(), builtAt: z.iso.datetime() }).strict(),
    demo: z.boolean(),
    catalog: z.object({ version: z.string(), schemaVersion: z.number().int() }).strict(),
    software: z.object({ name: z.string(), version: z.string() }).strict(),
    similar: z
      .object({ members: z.array(areaRef), method: z.string() })
      .strict()
      .nullable(),
    sections: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          intro: z.string(),
          blocks: z.array(
            z.discriminatedUnion('kind', [
              tableBlock,
              textBlock,
              keyFiguresBlock,
              pyramidBlock,
              mapBlock,
              definitionsBlock,
            ]),
          ),
        })
        .strict(),
    ),
  })
  .strict();
