/**
 * Relations a reader knows between datasets (catalog/relations.yaml): a count of one dataset equals a
 * count of another, by definition of both sources (e.g. origin's niet-Belgen are Statbel's non-Belgians).
 * A count of `dataset` is linked when every dimension not listed covers all its codes and every listed
 * dimension covers all codes or a union of the listed code groups; it then equals the sum of `equals`
 * over `filter` and, per listed dimension, the filters of the chosen groups.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { filterSchema } from './catalog-schema.js';
import type { Dataset } from './dataset.js';

const groupSchema = z.object({ codes: z.array(z.string()).min(1), filter: filterSchema }).strict();

export const datasetRelationSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    description: z.string().min(1),
    dataset: z.string().min(1),
    equals: z.string().min(1),
    filter: filterSchema.default({}),
    dimensions: z.record(z.string(), z.array(groupSchema).min(1)).default({}),
  })
  .strict();
export type DatasetRelation = z.infer<typeof datasetRelationSchema>;

export const relationsFileSchema = z
  .object({ schemaVersion: z.literal(2), relations: z.array(datasetRelationSchema) })
  .strict();

/** Reads and validates relations.yaml; problems are returned as text for the catalog loader. */
export function readRelations(
  file: string,
  datasets: ReadonlyMap<string, Dataset>,
): { relations: DatasetRelation[]; problems: string[] } {
  const parsed = relationsFileSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${file} at ${i.path.join('.') || '(top)'}: ${i.message}`);
    return { relations: [], problems: issues };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of parsed.data.relations) {
    const where = `${file}: relation ${r.id}`;
    if (seen.has(r.id)) problems.push(`${where}: id used twice`);
    seen.add(r.id);
    const from = datasets.get(r.dataset);
    const to = datasets.get(r.equals);
    if (!from) problems.push(`${where}: unknown dataset ${r.dataset}`);
    if (!to) problems.push(`${where}: unknown dataset ${r.equals}`);
    if (!from || !to) continue;
    const toDims = new Set(to.dimensions.map((d) => d.name));
    const filters = [r.filter, ...Object.values(r.dimensions).flatMap((g) => g.map((x) => x.filter))];
    for (const f of filters)
      for (const dim of Object.keys(f))
        if (!toDims.has(dim)) problems.push(`${where}: ${r.equals} has no dimension ${dim}`);
    for (const [dim, groups] of Object.entries(r.dimensions)) {
      const d = from.dimensions.find((x) => x.name === dim);
      if (!d) {
        problems.push(`${where}: ${r.dataset} has no dimension ${dim}`);
        continue;
      }
      const codes = groups.flatMap((g) => g.codes);
      if (new Set(codes).size !== codes.length) problems.push(`${where}: ${dim}: a code is in two groups`);
      const known = d.codes?.map((c) => c.code);
      for (const c of codes)
        if (known && !known.includes(c)) problems.push(`${where}: ${dim} has no code ${c}`);
    }
  }
  return { relations: parsed.data.relations, problems };
}
