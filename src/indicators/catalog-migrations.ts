/**
 * Explicit, ordered migrations of catalog files: a file of schema version N is turned into version
 * N+1 by MIGRATIONS[N], until it reaches CATALOG_SCHEMA_VERSION. `catalog migrate` writes the result,
 * so AgII's files move forward once and old releases of the catalog stay readable.
 */
type Raw = Record<string, unknown>;

export type CatalogFileKind = 'catalog' | 'groupings' | 'theme';

interface Migration {
  readonly description: string;
  readonly catalog: (raw: Raw) => Raw;
  readonly groupings: (raw: Raw) => Raw;
  readonly theme: (raw: Raw) => Raw;
}

const V1_DIMENSION_NAMES: Record<string, string> = {
  sex: 'geslacht',
  nationality: 'nationaliteit',
  age: 'leeftijd',
};

function renameFilter(filter: unknown): unknown {
  if (!filter || typeof filter !== 'object') return filter;
  return Object.fromEntries(Object.entries(filter as Raw).map(([k, v]) => [V1_DIMENSION_NAMES[k] ?? k, v]));
}

const v1ToV2: Migration = {
  description: 'indicators count facts of a dataset; population filters use the dataset dimension names',
  catalog: (raw) => ({
    schemaVersion: 2,
    version: raw.version,
    sources: (raw.sources as Raw[]).map((s) => ({
      dataset: s.id === 'statbel_bevolking' ? 'bevolking' : s.id,
      name: s.name,
      publisher: s.publisher,
      url: s.url,
      licence: s.licence,
      updateFrequency: s.updateFrequency,
    })),
    groupings: 'dimensions.yaml',
    themes: raw.themes,
  }),
  groupings: (raw) => ({
    schemaVersion: 2,
    groupings: Object.fromEntries(
      Object.entries(raw).map(([id, g]) => {
        const grouping = g as Raw;
        const generate = grouping.generate as Raw | undefined;
        return [
          id,
          {
            title: grouping.title,
            ...(grouping.categories
              ? {
                  categories: (grouping.categories as Raw[]).map((c) => ({
                    ...c,
                    filter: renameFilter(c.filter),
                  })),
                }
              : {}),
            ...(generate ? { generate: { dimension: 'leeftijd', ...generate } } : {}),
          },
        ];
      }),
    ),
  }),
  theme: (raw) => ({
    schemaVersion: 2,
    id: raw.id,
    title: raw.title,
    intro: raw.intro,
    indicators: (raw.indicators as Raw[]).map((i) => {
      const numerator = i.numerator as Raw;
      const denominator = i.denominator as Raw | undefined;
      return {
        id: i.id,
        title: i.title,
        definition: i.definition,
        numerator: {
          dataset: 'bevolking',
          label: numerator.label,
          ...(numerator.filter ? { filter: renameFilter(numerator.filter) } : {}),
        },
        ...(denominator
          ? {
              denominator: {
                dataset: 'bevolking',
                label: denominator.label,
                ...(denominator.filter ? { filter: renameFilter(denominator.filter) } : {}),
                ...(denominator.perCategory ? { perCategory: true } : {}),
              },
            }
          : {}),
        unit: i.relative === 'percent' ? 'percent' : 'count',
        ...(i.breakdown ? { breakdown: { grouping: i.breakdown } } : {}),
        chart: i.chart,
      };
    }),
  }),
};

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

/** Schema version of a raw file; v1 grouping files had none. */
export function schemaVersionOf(raw: unknown, fallback: number): number {
  const v = (raw as Raw | null)?.schemaVersion;
  return typeof v === 'number' ? v : fallback;
}

export function migrate(kind: CatalogFileKind, raw: unknown, from: number, to: number): unknown {
  let current = raw as Raw;
  for (let v = from; v < to; v++) {
    const m = MIGRATIONS[v];
    if (!m) throw new Error(`no migration from catalog schema version ${v}`);
    current = m[kind](current);
  }
  return current;
}
