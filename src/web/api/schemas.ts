/**
 * zod schemas of the public API's questions and answers: they validate each request and each answer,
 * and the OpenAPI document (/api/v1/openapi.json) is generated from them.
 */
import { z } from 'zod';
import { AREA_LEVELS, DIVISIONS } from '../../domain/division.js';
import { UNITS } from '../../indicators/catalog-schema.js';
import { figureSchema } from '../../report/report-schema.js';

/** Area levels as the API's questions name them (Dutch), and the level each stands for. */
export const LEVEL_PARAM = {
  gemeente: 'municipality',
  arrondissement: 'arrondissement',
  provincie: 'province',
  gewest: 'region',
} as const;
const levelNames = Object.keys(LEVEL_PARAM) as (keyof typeof LEVEL_PARAM)[];

/** `a,b,c` (or the parameter repeated) → a list; each item checked by `item`. */
function list<O extends string>(item: z.ZodType<O, string>, max: number) {
  return z
    .union([z.string().max(4000), z.array(z.string().max(4000)).max(50)])
    .optional()
    .transform((v) =>
      (v === undefined ? [] : [v].flat())
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    )
    .pipe(z.array(item).max(max));
}

const nis = z.string().regex(/^\d{5}$/);
const division = z.enum(DIVISIONS).default('2025').describe('De gemeentelijke indeling: 2019-2024 of 2025');

export const areasQuery = z.object({
  indeling: division,
  niveau: list(z.enum(levelNames), 4).describe(
    'Niveaus, komma-gescheiden: gemeente, arrondissement, provincie, gewest (standaard: alle)',
  ),
});

const areaLink = z.object({ nis, name: z.string() });
export const areaSchema = z.object({
  level: z.enum(AREA_LEVELS),
  nis,
  name: z.string(),
  label: z.string(),
  nameFr: z.string().nullable(),
  parents: z.object({
    arrondissement: nis.nullable(),
    province: nis.nullable(),
    region: nis.nullable(),
  }),
  merger: z
    .object({
      formedFrom: z.array(areaLink).readonly(),
      becamePartOf: areaLink.nullable(),
      changed: z.boolean(),
    })
    .nullable(),
});

const meta = {
  release: z.string().describe('The data release the figures come from'),
  catalog: z.string().describe('The catalog version (definitions of the indicators)'),
};

export const areasResponse = z.object({ ...meta, division: z.enum(DIVISIONS), areas: z.array(areaSchema) });

export const indicatorDescription = z.object({
  id: z.string(),
  theme: z.object({ id: z.string(), title: z.string() }),
  title: z.string(),
  definition: z.string(),
  numerator: z.string(),
  denominator: z.string().nullable(),
  unit: z.enum(UNITS),
  unitLabel: z.string(),
  breakdown: z.string().nullable(),
  dataset: z.string(),
  source: z.object({
    name: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    licence: z.string(),
  }),
  openData: z.boolean(),
  referenceDateRule: z.string(),
  updateFrequency: z.string(),
  disclosureRule: z.string(),
  chart: z.string(),
  areaLevels: z.array(z.string()).readonly(),
  divisions: z.array(z.string()).readonly(),
});

export const indicatorsResponse = z.object({
  catalog: z.object({ version: z.string(), schemaVersion: z.number() }),
  indicators: z.array(indicatorDescription),
});

export const indicatorResponse = z.object({
  ...meta,
  indicator: indicatorDescription,
  periods: z.array(z.string()).describe('The periods of the indicator in this release'),
  demoPeriods: z.array(z.string()).describe('Periods whose figures are generated demonstration data'),
  years: z.array(z.number().int()).describe('The years to ask values for (`jaar`)'),
});

export const indicatorParams = z.object({ id: z.string().max(100) });

export const valuesQuery = z.object({
  indeling: division,
  niveau: list(z.enum(levelNames), 4).describe('Niveaus, komma-gescheiden (standaard: alle)'),
  gebied: list(nis, 400).describe('NIS-codes, komma-gescheiden (standaard: alle gebieden)'),
  jaar: list(z.string().regex(/^\d{4}$/), 50).describe(
    'Jaren, komma-gescheiden (standaard: alle jaren van de release); per jaar de laatste periode tot en met dat jaar',
  ),
  categorie: list(z.string().max(100), 200).describe(
    'Categorieën van de uitsplitsing, komma-gescheiden (total = het totaal; standaard: alle)',
  ),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

export const valueSchema = z.object({
  level: z.enum(AREA_LEVELS),
  nis,
  name: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  count: figureSchema,
  relative: figureSchema.describe('A fraction (0.217 = 21,7 %) or a rate per inhabitant, after `unit`'),
  demo: z.boolean(),
  provisional: z.boolean(),
});

export const valuesResponse = z.object({
  ...meta,
  indicator: z.string(),
  unit: z.enum(UNITS),
  division: z.enum(DIVISIONS),
  total: z.number().int().describe('Values matching the question (all pages)'),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().nullable().describe('The address of the next page, null on the last'),
  values: z.array(valueSchema),
});

export const healthResponse = z.object({
  status: z.literal('ok'),
  release: z.string(),
  years: z.array(z.number().int()),
  catalog: z.string(),
});
