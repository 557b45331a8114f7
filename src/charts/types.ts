/** What every chart builder returns: a JSON-only ECharts option and the size it is laid out for. */
import type { EChartsOption } from 'echarts';

/** An ECharts option without functions: the same object serves the browser and the server. */
export type ChartOption = EChartsOption;

export type ChartKind = 'bar' | 'line' | 'pyramid' | 'choropleth';

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly option: ChartOption;
  /** The size (px) the option is laid out for: render it at this size. */
  readonly width: number;
  readonly height: number;
  /** The text alternative: the chart title and one or more plain-Dutch sentences. */
  readonly title: string;
  readonly description: string;
  /** Maps the option refers to (registered by name): the browser must register the same ones. */
  readonly maps: readonly string[];
}
