/** Schema of the figures template (catalog/): validated at load, trusted inside. */
import { z } from 'zod';

export const CATALOG_SCHEMA_VERSION = 1;

const idPattern = /^[a-z][a-z0-9_]*$/;

export const populationFilterSchema = z
  .object({
    sex: z.enum(['M', 'F']).optional(),
    nationality: z.enum(['BEL', 'ETR']).optional(),
    age: z
      .object({ from: z.number().int().min(0).max(120), to: z.number().int().min(0).max(120).optional() })
      .strict()
      .refine((a) => a.to === undefined || a.to >= a.from, { message: 'age.to must be ≥ age.from' })
      .optional(),
  })
  .strict();
export type PopulationFilter = z.infer<typeof populationFilterSchema>;

const categorySchema = z
  .object({ key: z.string().min(1), label: z.string().min(1), filter: populationFilterSchema })
  .strict();
export type Category = z.infer<typeof categorySchema>;

const generatedAgeBandsSchema = z
  .object({
    every: z.number().int().positive(),
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    openEndedFrom: z.number().int().min(0),
    openEndedLabel: z.string().min(1),
  })
  .strict();

export const dimensionSchema = z
  .object({
    title: z.string().min(1),
    categories: z.array(categorySchema).min(1).optional(),
    generate: generatedAgeBandsSchema.optional(),
  })
  .strict()
  .refine((d) => (d.categories === undefined) !== (d.generate === undefined), {
    message: 'a dimension has either `categories` or `generate`',
  });
export const dimensionsFileSchema = z.record(z.string().regex(idPattern), dimensionSchema);

export const sourceSchema = z
  .object({
    id: z.string().regex(idPattern),
    name: z.string().min(1),
    publisher: z.string().min(1),
    dataset: z.string().min(1),
    url: z.url(),
    licence: z.string().min(1),
    referenceDate: z.enum(['jan1']),
    updateFrequency: z.string().min(1),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const indicatorSchema = z
  .object({
    id: z.string().regex(idPattern, 'lower-case id with letters, digits and _'),
    title: z.string().min(1),
    definition: z.string().min(1),
    numerator: z.object({ label: z.string().min(1), filter: populationFilterSchema.optional() }).strict(),
    denominator: z
      .object({
        label: z.string().min(1),
        filter: populationFilterSchema.optional(),
        /** Restrict the denominator to the same breakdown category as the numerator. */
        perCategory: z.boolean().optional(),
      })
      .strict()
      .optional(),
    breakdown: z.string().regex(idPattern).optional(),
    relative: z.enum(['percent']).optional(),
    source: z.string().regex(idPattern),
    chart: z.enum(['none', 'bar']),
  })
  .strict()
  .refine((i) => (i.denominator === undefined) === (i.relative === undefined), {
    message: 'an indicator with a denominator states its `relative` unit, and only then',
  });
export type IndicatorSpec = z.infer<typeof indicatorSchema>;

export const themeSchema = z
  .object({
    id: z.string().regex(idPattern),
    title: z.string().min(1),
    intro: z.string().min(1),
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;

export const catalogFileSchema = z
  .object({
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'a version like 2026.11.0'),
    sources: z.array(sourceSchema).min(1),
    themes: z.array(z.string().min(1)).min(1),
  })
  .strict();
