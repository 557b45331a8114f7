/**
 * A choropleth of one figure for every municipality of Flanders or of one province: quantile
 * classes on a colour-blind-safe sequential palette, "geen cijfer" hatched grey (never a class, never
 * 0), the subject outlined thickly (white halo + dark line, visible on every class), province borders
 * on the Flanders map, a printable legend, title and source line.
 */
import type { LinesSeriesOption, MapSeriesOption } from 'echarts';
import type { Division } from '../domain/division.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';
import type { SourceRef } from '../report/model.js';
import { classColours, classOf, mapClasses } from './classes.js';
import { describeChoropleth } from './describe-choropleth.js';
import { kindCaption, plotKind, plotted } from './figures.js';
import { chartFrame, MARGIN } from './frame.js';
import { type DisplayMap, displayMap, municipalityRings } from './geo/display-map.js';
import { mapLegend } from './map-legend.js';
import { stateNotes } from './notes.js';
import { INK, MAP_BORDER, NO_VALUE_FILL, NO_VALUE_HATCH, PROVINCE_BORDER, WHITE } from './palette.js';
import { tooltipText } from './text.js';
import type { ChartSpec } from './types.js';

/** Structurally a subset of the report's `MapBlock`. */
export interface ChoroplethInput {
  readonly title: string;
  readonly unit: Unit;
  readonly scope: 'province' | 'region';
  /** The province (its NIS code) of a province map; the region for the Flanders map. */
  readonly scopeArea: { readonly nis: string; readonly label: string };
  readonly subjectNis: string | null;
  readonly division: Division;
  readonly source: SourceRef;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly values: readonly { readonly nis: string; readonly value: FigureValue | number }[];
  /**
   * Ordered categories instead of quantile classes: a value k (0, 1, …) is in class `labels[k]`
   * (the adoption map of /beheer/gebruik).
   */
  readonly categories?: {
    readonly labels: readonly string[];
    readonly heading: string;
    readonly note: string;
  };
}

export const NO_FIGURE_LABEL = 'geen cijfer';
const LEGEND_COLUMN = 150;
const GEOMETRY_CREDIT = 'kaart: Provincies in Cijfers, geometrie Statbel';

export function choroplethChart(input: ChoroplethInput): ChartSpec {
  const map = displayMap(
    input.division,
    input.scope === 'region' ? { kind: 'region' } : { kind: 'province', nis: input.scopeArea.nis },
  );
  const kind = plotKind(input.unit);
  const given = new Map(input.values.map((v) => [v.nis, toFigure(v.value)]));
  const figures = map.municipalities.map((m) => ({
    ...m,
    figure: plotted(given.get(m.nis) ?? { state: 'not_available', reason: 'geen cijfer' }, kind),
  }));
  const numbers = figures.flatMap((f) => (f.figure.value === null ? [] : [f.figure.value]));
  const { categories } = input;
  const classes = categories
    ? {
        breaks: categories.labels.slice(1).map((_, i) => i + 1),
        labels: categories.labels,
        colours: classColours(categories.labels.length),
      }
    : mapClasses(numbers, kind);
  const missing = figures.filter((f) => f.figure.value === null);
  const wide = input.scope === 'region';
  const width = wide ? map.width + 2 * MARGIN : MARGIN + map.width + 24 + LEGEND_COLUMN + MARGIN;
  const frame = chartFrame(
    {
      title: input.title,
      subtitle: `${input.scopeArea.label}, ${input.periodLabel}`,
      notes: [
        categories?.note ??
          `${classes.labels.length} klassen met elk ongeveer evenveel gemeenten (kwantielen).`,
        ...stateNotes(missing.map((f) => f.figure)),
      ],
      source: `Bron: ${input.source.name} (${input.source.publisher}); ${GEOMETRY_CREDIT}.`,
      demo: input.demo,
    },
    width,
  );
  const top = frame.top;
  const legend = mapLegend(
    [
      ...classes.labels.map((label, i) => ({ label, fill: classes.colours[i] as string })),
      ...(missing.length > 0 ? [{ label: NO_FIGURE_LABEL, fill: 'hatched' as const }] : []),
    ],
    wide
      ? {
          x: MARGIN,
          y: top + map.height + 12,
          heading: categories?.heading ?? kindCaption(kind),
          layout: 'row',
          maxWidth: map.width,
        }
      : {
          x: MARGIN + map.width + 24,
          y: top + 4,
          heading: categories?.heading ?? kindCaption(kind),
          layout: 'column',
          maxWidth: LEGEND_COLUMN,
        },
  );
  const box = { left: MARGIN, top, width: map.width, height: map.height };
  const description = describeChoropleth(input, map, figures, classes);
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: frame.titles,
    tooltip: { trigger: 'item' as const, confine: true },
    geo: {
      map: map.frameName,
      ...box,
      aspectScale: 1,
      roam: false,
      silent: true,
      tooltip: { show: false },
      itemStyle: { areaColor: 'rgba(0,0,0,0)', borderWidth: 0 },
      emphasis: { disabled: true },
    },
    series: [
      municipalitiesSeries(map, box, figures, classes),
      ...(map.provinceBorders.length > 0 ? [lines(map.provinceBorders, PROVINCE_BORDER, 1.2)] : []),
      ...subjectOutline(map, input.subjectNis),
    ],
    graphic: legend.elements,
  };
  const mapBottom = wide ? top + map.height + legend.height + 8 : top + Math.max(map.height, legend.height);
  const height = Math.ceil(mapBottom + 10 + frame.bottom);
  return {
    kind: 'choropleth',
    option,
    width,
    height,
    title: input.title,
    description,
    maps: [map.name, map.frameName],
  };
}

type Figures = readonly { nis: string; name: string; figure: ReturnType<typeof plotted> }[];

function municipalitiesSeries(
  map: DisplayMap,
  box: { left: number; top: number; width: number; height: number },
  figures: Figures,
  classes: ReturnType<typeof mapClasses>,
): MapSeriesOption {
  return {
    type: 'map',
    map: map.name,
    ...box,
    aspectScale: 1,
    roam: false,
    selectedMode: false,
    label: { show: false },
    itemStyle: { areaColor: NO_VALUE_FILL, borderColor: MAP_BORDER, borderWidth: 0.5 },
    emphasis: { label: { show: false }, itemStyle: { borderColor: INK, borderWidth: 1.5 } },
    data: figures.map((f) => {
      const tooltip = { formatter: tooltipText(`${f.name}: ${f.figure.label}`) };
      if (f.figure.value === null) {
        return {
          name: f.nis,
          tooltip,
          emphasis: { itemStyle: { areaColor: NO_VALUE_FILL } },
          itemStyle: {
            areaColor: NO_VALUE_FILL,
            decal: {
              symbol: 'rect',
              dashArrayX: [1, 0],
              dashArrayY: [1.5, 3],
              rotation: Math.PI / 4,
              color: NO_VALUE_HATCH,
            },
          },
        };
      }
      const colour = classes.colours[classOf(f.figure.value, classes.breaks)] as string;
      return {
        name: f.nis,
        value: f.figure.value,
        tooltip,
        itemStyle: { areaColor: colour },
        emphasis: { itemStyle: { areaColor: colour } },
      };
    }),
  };
}

function lines(
  polylines: readonly (readonly [number, number])[][],
  colour: string,
  width: number,
): LinesSeriesOption {
  return {
    type: 'lines',
    coordinateSystem: 'geo',
    geoIndex: 0,
    polyline: true,
    silent: true,
    lineStyle: { color: colour, width, opacity: 1, cap: 'round', join: 'round' },
    data: polylines.map((coords) => ({ coords: coords.map(([x, y]) => [x, y]) })),
  } as LinesSeriesOption;
}

/** White halo, then a dark line: the subject stands out on light and dark classes alike. */
function subjectOutline(map: DisplayMap, nis: string | null): LinesSeriesOption[] {
  const rings = nis ? municipalityRings(map, nis) : [];
  if (rings.length === 0) return [];
  return [lines(rings, WHITE, 4.5), lines(rings, INK, 2)];
}

function toFigure(v: FigureValue | number): FigureValue {
  return typeof v === 'number' ? { state: 'value', value: v } : v;
}
