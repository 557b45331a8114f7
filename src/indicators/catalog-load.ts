/** Reads catalog/ (YAML), migrates older files, validates them and resolves datasets and groupings. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { loadContracts } from '../sources/contracts/load-contracts.js';
import type { Catalog, Grouping } from './catalog.js';
import { checkFigureRef, checkIndicator, checkKern } from './catalog-check.js';
import { type CatalogFileKind, migrate, schemaVersionOf } from './catalog-migrations.js';
import {
  CATALOG_SCHEMA_VERSION,
  type Category,
  catalogFileSchema,
  type groupingSchema,
  groupingsFileSchema,
  type IndicatorSpec,
  type Theme,
  themeSchema,
} from './catalog-schema.js';
import { type Dataset, datasetFromContract, POPULATION_DATASET } from './dataset.js';
import { readRelations } from './dataset-relations.js';

export const DEFAULT_CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../catalog');

export class CatalogError extends Error {
  override name = 'CatalogError';
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CatalogError(`${file}: not readable YAML: ${(err as Error).message}`);
  }
}

function validated<T>(
  file: string,
  kind: CatalogFileKind,
  raw: unknown,
  from: number,
  schema: z.ZodType<T>,
): T {
  const migrated = migrate(kind, raw, from, CATALOG_SCHEMA_VERSION);
  const parsed = schema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  - at ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new CatalogError(`${file}: does not match the catalog schema:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

function expandGrouping(id: string, spec: z.infer<typeof groupingSchema>): Grouping {
  if (spec.categories) return { id, title: spec.title, categories: spec.categories };
  const g = spec.generate;
  if (!g) throw new CatalogError(`grouping ${id}: neither categories nor generate`);
  const categories: Category[] = [];
  for (let from = g.from; from <= g.to; from += g.every) {
    const to = Math.min(from + g.every - 1, g.to);
    categories.push({
      key: `${from}-${to}`,
      label: `${from}–${to} jaar`,
      filter: { [g.dimension]: { from, to } },
    });
  }
  categories.push({
    key: `${g.openEndedFrom}+`,
    label: g.openEndedLabel,
    filter: { [g.dimension]: { from: g.openEndedFrom } },
  });
  return { id, title: spec.title, categories };
}

export function loadCatalog(
  dir: string = DEFAULT_CATALOG_DIR,
  contractsDir: string = join(dir, 'contracts'),
): Catalog {
  const mainFile = join(dir, 'catalog.yaml');
  const mainRaw = readYaml(mainFile);
  const version = schemaVersionOf(mainRaw, 1);
  const main = validated(mainFile, 'catalog', mainRaw, version, catalogFileSchema);
  const groupingsFile = join(dir, main.groupings);
  const groupingsRaw = readYaml(groupingsFile);
  const groupingSpecs = validated(
    groupingsFile,
    'groupings',
    groupingsRaw,
    schemaVersionOf(groupingsRaw, version),
    groupingsFileSchema,
  );
  const groupings = new Map(
    Object.entries(groupingSpecs.groupings).map(([id, g]) => [id, expandGrouping(id, g)]),
  );
  const themes: Theme[] = main.themes.map((f) => {
    const file = join(dir, f);
    const raw = readYaml(file);
    return validated(file, 'theme', raw, schemaVersionOf(raw, version), themeSchema);
  });
  const datasets = new Map<string, Dataset>([[POPULATION_DATASET.id, POPULATION_DATASET]]);
  for (const contract of loadContracts(contractsDir).values())
    datasets.set(contract.id, datasetFromContract(contract));
  const sources = new Map(main.sources.map((s) => [s.dataset, s]));

  const byId = new Map<string, IndicatorSpec>();
  const themeOf = new Map<string, Theme>();
  const problems: string[] = [];
  for (const theme of themes) {
    for (const ind of theme.indicators) {
      const where = `${theme.id}/${ind.id}`;
      if (byId.has(ind.id)) problems.push(`indicator id ${ind.id} is used twice (${where})`);
      problems.push(...checkIndicator(where, ind, datasets, groupings, (d) => sources.has(d)));
      byId.set(ind.id, ind);
      themeOf.set(ind.id, theme);
    }
  }
  const report = main.report ?? { keyFigures: [], maps: [] };
  for (const [what, refs] of [
    ['keyFigures', report.keyFigures],
    ['maps', report.maps],
  ] as const) {
    for (const ref of refs) {
      const spec = byId.get(ref.indicator);
      if (!spec) problems.push(`report.${what}: unknown indicator ${ref.indicator}`);
      else problems.push(...checkFigureRef(`report.${what}`, spec, ref.row, datasets, groupings));
    }
  }
  problems.push(...checkKern(report, byId));
  const relations = main.relations ? readRelations(join(dir, main.relations), datasets) : undefined;
  if (relations) problems.push(...relations.problems);
  if (problems.length > 0)
    throw new CatalogError(`catalog in ${dir} is inconsistent:\n  - ${problems.join('\n  - ')}`);
  return {
    version: main.version,
    schemaVersion: CATALOG_SCHEMA_VERSION,
    sources,
    datasets,
    groupings,
    themes,
    indicators: [...byId.values()],
    report,
    relations: relations?.relations ?? [],
    indicator: (id) => byId.get(id),
    themeOf: (id) => themeOf.get(id),
  };
}
