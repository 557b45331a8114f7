/** Reads catalog/ (YAML), validates it with the schema and resolves breakdowns. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Catalog, Dimension } from './catalog.js';
import {
  type Category,
  catalogFileSchema,
  type dimensionSchema,
  dimensionsFileSchema,
  type IndicatorSpec,
  type Theme,
  themeSchema,
} from './catalog-schema.js';

export const DEFAULT_CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../catalog');

export class CatalogError extends Error {
  override name = 'CatalogError';
}

function readValidated<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogError(`${file}: not readable YAML: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  - at ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new CatalogError(`${file}: does not match the catalog schema:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

type DimensionSpec = z.infer<typeof dimensionSchema>;

function expandDimension(id: string, spec: DimensionSpec): Dimension {
  if (spec.categories) return { id, title: spec.title, categories: spec.categories };
  const g = spec.generate;
  if (!g) throw new CatalogError(`dimension ${id}: neither categories nor generate`);
  const categories: Category[] = [];
  for (let from = g.from; from <= g.to; from += g.every) {
    const to = Math.min(from + g.every - 1, g.to);
    categories.push({ key: `${from}-${to}`, label: `${from}–${to} jaar`, filter: { age: { from, to } } });
  }
  categories.push({
    key: `${g.openEndedFrom}+`,
    label: g.openEndedLabel,
    filter: { age: { from: g.openEndedFrom } },
  });
  return { id, title: spec.title, categories };
}

export function loadCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const main = readValidated(join(dir, 'catalog.yaml'), catalogFileSchema);
  const dims = readValidated(join(dir, 'dimensions.yaml'), dimensionsFileSchema);
  const dimensions = new Map(Object.entries(dims).map(([id, spec]) => [id, expandDimension(id, spec)]));
  const sources = new Map(main.sources.map((s) => [s.id, s]));
  const themes: Theme[] = main.themes.map((f) => readValidated(join(dir, f), themeSchema));

  const byId = new Map<string, IndicatorSpec>();
  for (const theme of themes) {
    for (const ind of theme.indicators) {
      const where = `${theme.id}/${ind.id}`;
      if (byId.has(ind.id)) throw new CatalogError(`indicator id ${ind.id} is used twice (${where})`);
      if (!sources.has(ind.source)) throw new CatalogError(`${where}: unknown source ${ind.source}`);
      if (ind.breakdown && !dimensions.has(ind.breakdown)) {
        throw new CatalogError(`${where}: unknown breakdown ${ind.breakdown}`);
      }
      if (ind.denominator?.perCategory && !ind.breakdown) {
        throw new CatalogError(`${where}: denominator.perCategory needs a breakdown`);
      }
      byId.set(ind.id, ind);
    }
  }
  return {
    version: main.version,
    schemaVersion: main.schemaVersion,
    sources,
    dimensions,
    themes,
    indicators: [...byId.values()],
    indicator: (id) => byId.get(id),
  };
}
