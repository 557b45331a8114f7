/** Golden SVGs of every chart kind (review a change in test/golden/charts/*-changed.svg). */
import { describe, it } from 'vitest';
import { barChart } from '../../src/charts/bar.js';
import { choroplethChart } from '../../src/charts/choropleth.js';
import { lineChart } from '../../src/charts/line.js';
import { pyramidChart } from '../../src/charts/pyramid.js';
import { renderSpecSvg } from '../../src/charts/render-svg.js';
import type { ChartSpec } from '../../src/charts/types.js';
import { expectGolden } from '../support/golden.js';
import { AREAS, BAR_BLOCK, LINE_BLOCK, PYRAMID_INPUT, TOTAL_BLOCK } from './fixtures.js';
import { mapInput } from './map-fixtures.js';
import { normaliseSvg } from './svg-normalise.js';

const cases: [string, () => ChartSpec][] = [
  ['bar-breakdown-suppressed', () => barChart(BAR_BLOCK, AREAS)],
  ['bar-total', () => barChart(TOTAL_BLOCK, AREAS)],
  ['line-provisional-demo', () => lineChart(LINE_BLOCK, AREAS)],
  ['pyramid', () => pyramidChart(PYRAMID_INPUT)],
  ['map-province-antwerpen-2025', () => choroplethChart(mapInput('2025', 'province', '10000'))],
  ['map-flanders-2019-2024', () => choroplethChart(mapInput('2019-2024', 'region'))],
];

describe('golden SVGs', () => {
  for (const [name, build] of cases) {
    it(name, () => {
      expectGolden(`charts/${name}.svg`, normaliseSvg(renderSpecSvg(build(), 'golden')));
    });
  }
});
