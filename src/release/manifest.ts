/** The manifest of a data release: what went in, how it was built, what came out. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const MANIFEST_FORMAT = 2;

const statbelSourceSchema = z.object({
  kind: z.literal('statbel_pop_struct'),
  fileName: z.string(),
  member: z.string().optional(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  year: z.number().int(),
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  division: z.enum(['2019-2024', '2025']),
  rowsRead: z.number().int().nonnegative(),
  rowsAfterSummingDuplicates: z.number().int().nonnegative(),
  population: z.number().int().nonnegative(),
  municipalities: z.number().int().nonnegative(),
  importedAt: z.string(),
  /** true only for generated demonstration data (never for Statbel files). */
  demo: z.boolean(),
});
export type StatbelSource = z.infer<typeof statbelSourceSchema>;

const contractSourceSchema = z.object({
  kind: z.literal('contract'),
  dataset: z.string(),
  fileName: z.string(),
  sheet: z.string().optional(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  periods: z.array(
    z.object({
      period: z.string(),
      division: z.enum(['2019-2024', '2025']),
      rows: z.number().int(),
      total: z.number(),
    }),
  ),
  municipalities: z.number().int().nonnegative(),
  importedAt: z.string(),
  /** Generated demonstration data (file name starts with DEMO-): marked on every output that shows it. */
  demo: z.boolean(),
});
export type ContractSource = z.infer<typeof contractSourceSchema>;

const sourceEntrySchema = z.discriminatedUnion('kind', [statbelSourceSchema, contractSourceSchema]);
export type ManifestSource = z.infer<typeof sourceEntrySchema>;

export const manifestSchema = z.object({
  format: z.union([z.literal(1), z.literal(MANIFEST_FORMAT)]),
  id: z.string(),
  builtAt: z.string(),
  software: z.object({ name: z.string(), version: z.string() }),
  /** The release this one was built on (its data for other years was copied), if any. */
  basedOn: z.string().nullable(),
  sources: z.array(sourceEntrySchema),
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** Reference years of the Statbel population data. */
  years: z.array(z.number().int()),
  /** Periods per contract dataset. */
  datasets: z.record(z.string(), z.array(z.string())).default({}),
  /** true when any source is generated demonstration data. */
  demo: z.boolean().default(false),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(file: string): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
