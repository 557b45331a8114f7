/** The loaded figures template: themes, indicators, sources and resolved breakdowns. */
import type { Category, IndicatorSpec, Source, Theme } from './catalog-schema.js';

export interface Dimension {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly Category[];
}

export interface Catalog {
  readonly version: string;
  readonly schemaVersion: number;
  readonly sources: ReadonlyMap<string, Source>;
  readonly dimensions: ReadonlyMap<string, Dimension>;
  readonly themes: readonly Theme[];
  indicator(id: string): IndicatorSpec | undefined;
  readonly indicators: readonly IndicatorSpec[];
}
