/**
 * Data contracts: for sources without an open file (AgII's inburgering data, nationality detail,
 * origin, school home language, employment by origin …) the product defines the file it accepts.
 * A contract is data (catalog/contracts/*.yaml), validated by this schema; one generic importer
 * reads every contract as tidy long CSV or as an XLSX sheet with the same columns.
 */
import { z } from 'zod';

const name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case name with letters, digits and _');

export const codeSchema = z
  .object({
    code: z.string().min(1),
    label: z.string().min(1),
    /** Other spellings accepted in files (e.g. `V` for `F`), mapped to `code`. */
    aliases: z.array(z.string()).optional(),
  })
  .strict();
export type ContractCode = z.infer<typeof codeSchema>;

/** How the period of each row is written. */
export const periodSchema = z.discriminatedUnion('type', [
  /** A stock on a day: column `datum`, ISO `YYYY-MM-DD`; `day` restricts it (e.g. 01-01 for 1 January). */
  z
    .object({
      type: z.literal('date'),
      column: name,
      day: z
        .string()
        .regex(/^\d{2}-\d{2}$/)
        .optional(),
    })
    .strict(),
  /** A flow over a calendar year: column `jaar`, `YYYY`. */
  z.object({ type: z.literal('year'), column: name }).strict(),
  /** A flow over a quarter: column `kwartaal`, `YYYY-Qn`; yearly figures are sums of quarters. */
  z.object({ type: z.literal('quarter'), column: name }).strict(),
  /** A school year: column `schooljaar`, `YYYY-YYYY` (e.g. 2023-2024). */
  z.object({ type: z.literal('school_year'), column: name }).strict(),
]);
export type ContractPeriod = z.infer<typeof periodSchema>;

export const dimensionColumnSchema = z.discriminatedUnion('type', [
  z.object({ name, type: z.literal('code'), title: z.string(), codes: z.array(codeSchema).min(1) }).strict(),
  /** A country: ISO 3166-1 alpha-2 or alpha-3, or a Belgian (NIS/Statbel) nationality code. */
  z.object({ name, type: z.literal('country'), title: z.string() }).strict(),
]);
export type DimensionColumn = z.infer<typeof dimensionColumnSchema>;

export const contractSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: name,
    title: z.string().min(1),
    description: z.string().min(1),
    /** Who delivers the file (and so who decides about its disclosure rule). */
    holder: z.string().min(1),
    unit: z.string().min(1),
    period: periodSchema,
    /** Column with the municipality's 5-digit NIS code (division 2019-2024 or 2025). */
    areaColumn: name,
    dimensions: z.array(dimensionColumnSchema),
    /** Column with the count (a whole number ≥ 0). */
    countColumn: name,
    /** Optional column `voorlopig` (ja/nee): the holder says the figure may still change. */
    provisionalColumn: name.optional(),
    /** Smallest count that may be shown; smaller counts (and what reveals them) are suppressed. */
    disclosureThreshold: z.number().int().min(1),
    /** Name of the sample file in data/samples/contracts/ (CSV; an XLSX twin is generated). */
    sample: z.string().min(1),
  })
  .strict();
export type Contract = z.infer<typeof contractSchema>;
