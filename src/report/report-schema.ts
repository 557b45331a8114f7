/**
 * zod schema of the report's JSON form (version REPORT_SCHEMA_VERSION), used by tests and by API
 * clients that want to validate. Documented in docs/report-json.md.
 */
import { z } from 'zod';
import { AREA_LEVELS, DIVISIONS } from '../domain/division.js';
import { UNITS } from '../indicators/catalog-schema.js';
import { REPORT_SCHEMA, REPORT_SCHEMA_VERSION } from './model.js';

const figure = z.discriminatedUnion('state', [
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
const cell = z.object({ count: figure, relative: figure }).strict();
const areaRef = z
  .object({
    level: z.enum(AREA_LEVELS),
    nis: z.string().regex(/^\d{5}$/),
    name: z.string(),
    label: z.string(),
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
    unit: z.enum(UNITS),
    countLabel: z.string(),
    relativeLabel: z.string().nullable(),
    breakdownTitle: z.string().nullable(),
    source: z
      .object({
        id: z.string(),
        name: z.string(),
        publisher: z.string(),
        url: z.string().nullable(),
        licence: z.string(),
      })
      .strict(),
    period: z.string().nullable(),
    periodLabel: z.string(),
    demo: z.boolean(),
    provisional: z.boolean(),
    rows: z.array(z.object({ key: z.string(), label: z.string(), cells: z.array(cell) }).strict()),
    series: z.array(seriesPoint),
  })
  .strict();
const textBlock = z.object({ kind: z.literal('text'), id: z.string(), text: z.string() }).strict();

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
    sections: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          intro: z.string(),
          blocks: z.array(z.discriminatedUnion('kind', [tableBlock, textBlock])),
        })
        .strict(),
    ),
  })
  .strict();
