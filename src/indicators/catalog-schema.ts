/**
 * Schema of the figures template (catalog/), version 2: indicators count facts of datasets (Statbel's
 * population file or a data contract). Older files are migrated on load (catalog-migrations.ts).
 */
import { z } from 'zod';

export const CATALOG_SCHEMA_VERSION = 2;

const idPattern = /^[a-z][a-z0-9_]*$/;
const id = z.string().regex(idPattern, 'lower-case id with letters, digits and _');

const rangeSchema = z
  .object({ from: z.number().int().min(0), to: z.number().int().min(0).optional() })
  .strict()
  .refine((a) => a.to === undefined || a.to >= a.from, { message: 'to must be ≥ from' });
const exceptSchema = z.object({ except: z.array(z.string()).min(1) }).strict();
/** Per dimension: one code, a list of codes, all codes except some, or a numeric range (age). */
export const filterSchema = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string()).min(1), exceptSchema, rangeSchema]),
);
export type CatalogFilter = z.infer<typeof filterSchema>;

const categorySchema = z
  .object({ key: z.string().min(1), label: z.string().min(1), filter: filterSchema })
  .strict();
export type Category = z.infer<typeof categorySchema>;

export const groupingSchema = z
  .object({
    title: z.string().min(1),
    categories: z.array(categorySchema).min(1).optional(),
    /** Age bands generated on a numeric dimension: every N years from..to, then one open-ended band. */
    generate: z
      .object({
        dimension: z.string(),
        every: z.number().int().positive(),
        from: z.number().int().min(0),
        to: z.number().int().min(0),
        openEndedFrom: z.number().int().min(0),
        openEndedLabel: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((d) => (d.categories === undefined) !== (d.generate === undefined), {
    message: 'a grouping has either `categories` or `generate`',
  });
export const groupingsFileSchema = z
  .object({ schemaVersion: z.literal(CATALOG_SCHEMA_VERSION), groupings: z.record(id, groupingSchema) })
  .strict();

export const sourceSchema = z
  .object({
    dataset: id,
    name: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url().optional(),
    licence: z.string().min(1),
    updateFrequency: z.string().min(1),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

const measureSchema = z
  .object({
    dataset: id,
    label: z.string().min(1),
    filter: filterSchema.optional(),
    /** Subtracted (a balance such as in-migration minus out-migration): sum(filter) − sum(minus). */
    minus: filterSchema.optional(),
  })
  .strict();
export type Measure = z.infer<typeof measureSchema>;

export const COUNTRY_CLASSIFICATIONS = ['countries', 'gsm_group', 'eu', 'moe', 'inburgering'] as const;
export type CountryClassification = (typeof COUNTRY_CLASSIFICATIONS)[number];

const breakdownSchema = z.union([
  z.object({ grouping: id }).strict(),
  z.object({ dimension: z.string(), codes: z.array(z.string()).min(1).optional() }).strict(),
  z
    .object({
      dimension: z.string(),
      classification: z.enum(COUNTRY_CLASSIFICATIONS),
      /** For `countries`: the N largest in the subject area, then the rest together. */
      top: z.number().int().positive().optional(),
    })
    .strict(),
]);
export type Breakdown = z.infer<typeof breakdownSchema>;

export const UNITS = ['count', 'percent', 'per_1000', 'per_10000', 'distinct', 'percentage_points'] as const;
export type Unit = (typeof UNITS)[number];

export const indicatorSchema = z
  .object({
    id,
    title: z.string().min(1),
    definition: z.string().min(1),
    numerator: measureSchema,
    denominator: measureSchema
      .extend({
        /** Restrict the denominator to the same breakdown category as the numerator. */
        perCategory: z.boolean().optional(),
        /** `start_of_year`: a flow of year Y (or a quarter of Y) is related to the stock on 1 January of Y. */
        period: z.enum(['same', 'start_of_year']).optional(),
      })
      .strict()
      .optional(),
    unit: z.enum(UNITS),
    /** For unit `distinct`: the dimension whose different codes (with a count > 0) are counted. */
    distinct: z.string().optional(),
    breakdown: breakdownSchema.optional(),
    /** For unit `percentage_points`: each category's share minus the share of this category. */
    gapReference: z.string().optional(),
    /** For quarterly datasets: show calendar years (sums of quarters) or quarters. */
    periodicity: z.enum(['period', 'year']).optional(),
    chart: z.enum(['none', 'bar', 'line']),
  })
  .strict()
  .superRefine((i, ctx) => {
    const ratio = ['percent', 'per_1000', 'per_10000', 'percentage_points'].includes(i.unit);
    if (ratio !== (i.denominator !== undefined)) {
      ctx.addIssue({ code: 'custom', message: `unit ${i.unit} ${ratio ? 'needs' : 'takes no'} denominator` });
    }
    if ((i.unit === 'distinct') !== (i.distinct !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'unit distinct goes with `distinct: <dimension>`, and only then',
      });
    }
    if ((i.unit === 'percentage_points') !== (i.gapReference !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'unit percentage_points goes with `gapReference`, and only then',
      });
    }
  });
export type IndicatorSpec = z.infer<typeof indicatorSchema>;

export const themeSchema = z
  .object({
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
    id,
    title: z.string().min(1),
    intro: z.string().min(1),
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;

/** A figure of the report: an indicator, and for one with a breakdown the row (category key) meant. */
const figureRefSchema = z
  .object({
    indicator: id,
    row: z.string().min(1).optional(),
    /**
     * For a key figure: what it says after "In <gemeente>", `{waarde}` standing for the value
     * ('heeft {waarde} van de inwoners niet de Belgische nationaliteit').
     */
    statement: z.string().includes('{waarde}', { message: 'a statement contains {waarde}' }).optional(),
  })
  .strict();
export type FigureRef = z.infer<typeof figureRefSchema>;

/** The block id of the population pyramid, which a kernrapport may name among its charts. */
export const PYRAMID_BLOCK_ID = 'bevolkingspiramide';

/**
 * The kernrapport (4–8 A4 pages, the default PDF and the top of the web page): besides all key figures
 * and the most notable changes, the charts and the one map that matter most, and what the figures mean
 * for policy. Everything else stays in the full report.
 */
export const kernConfigSchema = z
  .object({
    /** 4–6 blocks shown with their chart: indicator ids, or `bevolkingspiramide`. */
    charts: z.array(id).min(4).max(6),
    /** One of `report.maps`, drawn for the subject's province. */
    map: figureRefSchema,
    /** "Wat betekent dit voor het beleid?": plain Dutch, no figures (they differ per municipality). */
    policy: z
      .object({
        title: z.string().min(1),
        paragraphs: z.array(z.string().min(1)).min(1).max(6),
      })
      .strict(),
  })
  .strict();
export type KernConfig = z.infer<typeof kernConfigSchema>;

/** What the cijferrapport puts up front: the key figures (8–12), the indicators mapped, the kernrapport. */
export const reportConfigSchema = z
  .object({
    keyFigures: z.array(figureRefSchema).min(1).max(12),
    maps: z.array(figureRefSchema).max(6).default([]),
    kern: kernConfigSchema.optional(),
  })
  .strict();
export type ReportConfig = z.infer<typeof reportConfigSchema>;

export const catalogFileSchema = z
  .object({
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'a version like 2026.11.0'),
    sources: z.array(sourceSchema).min(1),
    groupings: z.string().min(1),
    themes: z.array(z.string().min(1)).min(1),
    report: reportConfigSchema.optional(),
    /** Relations a reader knows between datasets (dataset-relations.ts). */
    relations: z.string().min(1).optional(),
  })
  .strict();
