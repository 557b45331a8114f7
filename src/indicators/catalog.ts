/** The loaded figures template: themes, indicators, datasets, sources and groupings. */
import type { Category, IndicatorSpec, ReportConfig, Source, Theme } from './catalog-schema.js';
import type { Dataset } from './dataset.js';
import type { DatasetRelation } from './dataset-relations.js';

export interface Grouping {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly Category[];
}

export interface Catalog {
  readonly version: string;
  readonly schemaVersion: number;
  /** Per dataset id: how to cite it. */
  readonly sources: ReadonlyMap<string, Source>;
  readonly datasets: ReadonlyMap<string, Dataset>;
  readonly groupings: ReadonlyMap<string, Grouping>;
  readonly themes: readonly Theme[];
  readonly indicators: readonly IndicatorSpec[];
  /** Key figures and maps of the report (empty lists when the catalog names none). */
  readonly report: ReportConfig;
  /** Relations a reader knows between datasets (catalog/relations.yaml; empty when none). */
  readonly relations: readonly DatasetRelation[];
  indicator(id: string): IndicatorSpec | undefined;
  themeOf(indicatorId: string): Theme | undefined;
}
