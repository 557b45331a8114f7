import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.js';
import { choroplethChart } from '../../src/charts/choropleth.js';
import { lineChart } from '../../src/charts/line.js';
import { pyramidChart } from '../../src/charts/pyramid.js';
import { renderChartSvg, renderSpecSvg } from '../../src/charts/render-svg.js';
import { AREAS, BAR_BLOCK, LINE_BLOCK, PYRAMID_INPUT } from './fixtures.js';
import { mapInput } from './map-fixtures.js';

const KB = 1024;

describe('server-side SVG', () => {
  const bar = barChart(BAR_BLOCK, AREAS);

  it('carries a text alternative: role="img", <title> and <desc> referenced by aria-labelledby', () => {
    const svg = renderSpecSvg(bar, 'staaf');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="staaf-title staaf-desc">/);
    expect(svg).toContain('<title id="staaf-title">Aandeel niet-Belgen naar leeftijdsgroep</title>');
    expect(svg).toContain(`<desc id="staaf-desc">${bar.description.replace(/</g, '&lt;')}</desc>`);
  });

  it('takes the text alternative from the option when rendering an option alone', () => {
    const svg = renderChartSvg(bar.option, { width: bar.width, height: bar.height, idPrefix: 'x' });
    expect(svg).toContain('<title id="x-title">Aandeel niet-Belgen naar leeftijdsgroep</title>');
    expect(svg).toContain(`<desc id="x-desc">${bar.description}</desc>`);
  });

  it('writes every number in nl-BE', () => {
    expect(renderSpecSvg(pyramidChart(PYRAMID_INPUT))).toContain('>4.000</text>');
    expect(renderSpecSvg(bar)).toContain('>16,8\u00a0%</text>');
  });

  it('shows the text of a suppressed figure instead of a bar', () => {
    const svg = renderSpecSvg(bar);
    expect(svg).toContain('>&lt;\u00a05</text>');
    expect(svg).toContain('>x</text>');
  });

  it('is deterministic, vector only, without hydration attributes or instance ids', () => {
    const specs = [
      bar,
      lineChart(LINE_BLOCK, AREAS),
      pyramidChart(PYRAMID_INPUT),
      choroplethChart(mapInput('2025', 'province')),
    ];
    for (const spec of specs) {
      const first = renderSpecSvg(spec);
      expect(renderSpecSvg(spec), spec.kind).toBe(first);
      expect(first).not.toMatch(/<image|data:image|ecmeta_|\bzr\d+-|<style/);
      expect(first).toMatch(/^<svg width="\d+" height="\d+"/);
    }
  });

  it('uses the given id prefix for every id (patterns of hatched areas), unique per chart on a page', () => {
    const map = choroplethChart(mapInput('2025', 'province'));
    const svg = renderSpecSvg(map, 'kaart1');
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id).toMatch(/^kaart1-/);
    expect(svg).toContain('fill="url(#kaart1-');
  });
});

describe('map size budget (target ≤ 90 KB for Flanders, ≤ 40 KB for a province)', () => {
  for (const division of ['2019-2024', '2025'] as const) {
    it(`keeps the Flanders map of ${division} under 120 KB`, () => {
      const svg = renderSpecSvg(choroplethChart(mapInput(division, 'region')));
      expect(Buffer.byteLength(svg)).toBeLessThan(120 * KB);
    });

    it(`keeps every province map of ${division} under 50 KB`, () => {
      for (const province of ['10000', '20001', '30000', '40000', '70000']) {
        const svg = renderSpecSvg(choroplethChart(mapInput(division, 'province', province)));
        expect(Buffer.byteLength(svg), province).toBeLessThan(50 * KB);
      }
    });
  }
});
