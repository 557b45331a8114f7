/** The manifest of a data release: what went in, how it was built, what came out. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const MANIFEST_FORMAT = 1;

const sourceEntrySchema = z.object({
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
export type ManifestSource = z.infer<typeof sourceEntrySchema>;

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  id: z.string(),
  builtAt: z.string(),
  software: z.object({ name: z.string(), version: z.string() }),
  /** The release this one was built on (its data for other years was copied), if any. */
  basedOn: z.string().nullable(),
  sources: z.array(sourceEntrySchema),
  tables: z.record(z.string(), z.number().int().nonnegative()),
  years: z.array(z.number().int()),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(file: string): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
