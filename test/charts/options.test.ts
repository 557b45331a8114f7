import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.js';
import { chartForBlock } from '../../src/charts/chart-for-block.js';
import { choroplethChart } from '../../src/charts/choropleth.js';
import { lineChart } from '../../src/charts/line.js';
import { pyramidChart } from '../../src/charts/pyramid.js';
import type { ChartSpec } from '../../src/charts/types.js';
import { AREAS, BAR_BLOCK, LINE_BLOCK, PYRAMID_INPUT, TOTAL_BLOCK } from './fixtures.js';
import { mapInput } from './map-fixtures.js';

const NBSP = '\u00a0';

const specs = (): Record<string, ChartSpec> => ({
  bar: barChart(BAR_BLOCK, AREAS),
  total: barChart(TOTAL_BLOCK, AREAS),
  line: lineChart(LINE_BLOCK, AREAS),
  pyramid: pyramidChart(PYRAMID_INPUT),
  map: choroplethChart(mapInput('2025', 'province')),
});

/** Every value reachable in the option: no functions, no undefined, no NaN. */
function* leaves(value: unknown, path = '$'): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${path}.${k}`);
  else yield [path, value];
}

const seriesOf = (spec: ChartSpec) =>
  spec.option.series as { type: string; name?: string; data: unknown[] }[];

describe('options', () => {
  it('are plain JSON: the same object can be shipped to the browser', () => {
    for (const [name, spec] of Object.entries(specs())) {
      expect(JSON.parse(JSON.stringify(spec.option)), name).toEqual(spec.option);
      for (const [path, leaf] of leaves(spec.option)) {
        expect(
          ['string', 'number', 'boolean'].includes(typeof leaf) || leaf === null,
          `${name} ${path}`,
        ).toBe(true);
        if (typeof leaf === 'number') expect(Number.isFinite(leaf), `${name} ${path}`).toBe(true);
      }
    }
  });

  it('never give a suppressed or missing figure a value of 0 (bars: a gap and its text)', () => {
    const spec = barChart(BAR_BLOCK, AREAS);
    const [mechelen] = seriesOf(spec);
    expect(mechelen?.data[2]).toMatchObject({ value: '-' });
    expect(mechelen?.data[3]).toMatchObject({ value: '-' });
    const texts = (spec.option.graphic as { style: { text: string } }[]).map((g) => g.style.text);
    expect(texts).toEqual([`<${NBSP}5`, 'x']);
    const notes = JSON.stringify(spec.option.title);
    expect(notes).toContain('kleine aantallen worden niet getoond');
  });

  it('leaves gaps in lines and marks provisional points hollow, in a dashed series', () => {
    const spec = lineChart(LINE_BLOCK, AREAS);
    const series = seriesOf(spec);
    const mechelen = series.filter((s) => s.name === 'Mechelen');
    expect(mechelen).toHaveLength(2);
    expect(mechelen[0]?.data[2]).toBe('-');
    expect(mechelen[1]).toMatchObject({ lineStyle: { type: 'dashed' } });
    expect(mechelen[1]?.data[4]).toMatchObject({ symbol: 'emptyCircle' });
    expect(JSON.stringify(spec.option)).toContain('demo');
    expect((spec.option.xAxis as { data: string[] }).data).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('labels every number in nl-BE (data labels, axis ticks)', () => {
    const bar = barChart(BAR_BLOCK, AREAS);
    const labels = seriesOf(bar).flatMap((s) =>
      s.data.flatMap((d) =>
        typeof d === 'object' && d && 'label' in d
          ? [(d as { label: { formatter: string } }).label.formatter]
          : [],
      ),
    );
    expect(labels).toContain(`15,8${NBSP}%`);
    for (const l of labels) expect(l).toMatch(/^\d{1,3}(\.\d{3})*,\d\u00a0%$/);
    const ticks = (bar.option.xAxis as { data?: string[] }[])[1]?.data;
    expect(ticks).toEqual([`0${NBSP}%`, `5${NBSP}%`, `10${NBSP}%`, `15${NBSP}%`, `20${NBSP}%`]);
    const pyramidTicks = (pyramidChart(PYRAMID_INPUT).option.xAxis as { data?: string[] }[])[1]?.data;
    expect(pyramidTicks).toEqual(['0', '2.000', '4.000', '6.000']);
  });

  it('puts men on the left with positive values (inverted axis), so labels stay absolute', () => {
    const spec = pyramidChart(PYRAMID_INPUT);
    const axes = spec.option.xAxis as { inverse?: boolean; gridIndex: number }[];
    expect(axes.filter((a) => a.gridIndex === 0).every((a) => a.inverse)).toBe(true);
    for (const s of seriesOf(spec))
      for (const d of s.data)
        expect((d as { value: number | string }).value === '-' || (d as { value: number }).value >= 0).toBe(
          true,
        );
  });

  it('draws the map without values for municipalities without a figure, hatched', () => {
    const spec = choroplethChart(mapInput('2025', 'province'));
    const data = seriesOf(spec)[0]?.data as {
      name: string;
      value?: number;
      itemStyle: { decal?: unknown };
    }[];
    const boechout = data.find((d) => d.name === '11004');
    expect(boechout?.value).toBeUndefined();
    expect(boechout?.itemStyle.decal).toBeDefined();
    expect(data.filter((d) => d.value === 0)).toEqual([]);
    expect(spec.maps).toEqual(['gemeenten-2025-10000', 'gemeenten-2025-10000-kader']);
  });

  it('escapes tooltip text (HTML) and label text (ECharts templates)', () => {
    const block = { ...TOTAL_BLOCK, rows: TOTAL_BLOCK.rows.map((r) => ({ ...r, label: 'A {b} <i>' })) };
    const areas = AREAS.map((a, i) => (i === 0 ? { ...a, label: 'Sint-<Truiden> {c}' } : a));
    const option = barChart(block, areas).option;
    const strings = [...leaves(option)].filter(([, v]) => typeof v === 'string');
    const tooltips = strings
      .filter(([path]) => path.includes('tooltip.formatter'))
      .map(([, v]) => v as string);
    expect(tooltips[0]).toBe(`Sint-&lt;Truiden&gt; (c): 13,9${NBSP}% (aantal: 12.100)`);
    for (const [path, v] of strings) {
      if (
        path.includes('formatter') ||
        path.includes('.data[') ||
        path.endsWith('.name') ||
        path.endsWith('.text')
      ) {
        expect(v, path).not.toMatch(/[{}]/);
      }
    }
  });

  it('picks the chart of a report block', () => {
    expect(chartForBlock(BAR_BLOCK, AREAS)?.kind).toBe('bar');
    expect(chartForBlock({ ...LINE_BLOCK, chart: 'line' }, AREAS)?.kind).toBe('line');
    expect(chartForBlock({ ...BAR_BLOCK, chart: 'none' }, AREAS)).toBeNull();
    expect(chartForBlock({ kind: 'text', id: 't', text: 'x' }, AREAS)).toBeNull();
  });
});

describe('text alternatives', () => {
  it('say in plain Dutch what each chart shows', () => {
    const s = specs();
    expect(s.bar?.description).toBe(
      'Staafdiagram van aandeel niet-Belgen naar leeftijdsgroep, toestand op 1 januari 2021, voor Mechelen, ' +
        'vergeleken met provincie Antwerpen en Vlaams Gewest. In Mechelen is de waarde het hoogst bij 18 tot 64 jaar ' +
        `(16,8${NBSP}%) en het laagst bij 0 tot 17 jaar (15,8${NBSP}%). 2 cijfers zijn niet getekend (zie de noot).`,
    );
    expect(s.total?.description).toBe(
      `Staafdiagram van aandeel niet-Belgen, toestand op 1 januari 2021: Mechelen 13,9${NBSP}%, provincie Antwerpen 9,2${NBSP}% en Vlaams Gewest 8,8${NBSP}%.`,
    );
    expect(s.line?.description).toContain('In Mechelen van 8,1 (2019) naar 10,3 (2024).');
    expect(s.line?.description).toContain('Voorlopig: 2023 en 2024.');
    expect(s.pyramid?.description).toContain('mannen links en vrouwen rechts');
    expect(s.map?.description).toMatch(
      /^Kaart van de 67 gemeenten van de provincie Antwerpen: aandeel niet-Belgen, toestand op 1 januari 2021\./,
    );
    expect(s.map?.description).toContain('Mechelen (dik omlijnd): 10,9');
    expect(s.map?.description).toContain('1 gemeente heeft geen cijfer (gearceerd).');
  });
});
