/** ECharts with only the parts the charts use, SVG renderer, registered once per process. */
import { BarChart, LineChart, LinesChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  LinesChart,
  MapChart,
  AriaComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
