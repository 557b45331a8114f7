/**
 * Charts and maps (Apache ECharts 6): pure builders of JSON-only options, the same object for the
 * browser and for server-side SVG. See docs/charts.md.
 */
export { type BarChartOptions, barChart } from './bar.js';
export { chartForBlock } from './chart-for-block.js';
export { type ChoroplethInput, choroplethChart, NO_FIGURE_LABEL } from './choropleth.js';
export {
  classColours,
  classLabels,
  classOf,
  type MapClasses,
  mapClasses,
  quantileBreaks,
} from './classes.js';
export { describeBar } from './describe-bar.js';
export { describeChoropleth } from './describe-choropleth.js';
export { describeLine } from './describe-line.js';
export { describePyramid } from './describe-pyramid.js';
export { type PlotKind, plotKind, plotted } from './figures.js';
export {
  type DisplayMap,
  displayMap,
  MAP_FRAMES,
  type MapGeoJson,
  type MapScope,
} from './geo/display-map.js';
export { type PreparedGeometry, preparedGeometry } from './geo/prepared.js';
export { type LineChartOptions, lineChart } from './line.js';
export { displayMapByName, mapGeoJson, registerMaps } from './maps.js';
export { areaColour, contrastRatio, SEQUENTIAL_5 } from './palette.js';
export { pyramidChart } from './pyramid.js';
export type { PyramidCount, PyramidInput } from './pyramid-input.js';
export { renderChartSvg, renderSpecSvg, type SvgOptions } from './render-svg.js';
export type { ChartKind, ChartOption, ChartSpec } from './types.js';
