/** Test helper: malformed variants of a contract's sample, each with the exact error it must produce. */
import type { Contract } from '../../../src/sources/contracts/contract-schema.js';
import { addColumn, cellCase, copy, LINE, type Mutation, ROW } from './mutation-kit.js';
import { type Cells, columnOf } from './sample-fixture.js';

const periodOf = (contract: Contract, cells: Cells): string =>
  (cells.rows[ROW] as string[])[columnOf(cells, contract.period.column)] ?? '';

const BAD_PERIOD_FORMAT: Record<Contract['period']['type'], string> = {
  date: '2024/01/01',
  year: '24',
  quarter: '2024-1',
  school_year: '2023/2024',
};

export const mutations: readonly Mutation[] = [
  {
    name: 'missing count column',
    apply: (c, cells) => {
      const i = columnOf(cells, c.countColumn);
      const next = {
        header: cells.header.filter((_, j) => j !== i),
        rows: cells.rows.map((r) => r.filter((_, j) => j !== i)),
      };
      return {
        cells: next,
        error: { line: 1, column: undefined, field: c.countColumn, expected: /ook de kolom aantal/ },
      };
    },
  },
  {
    name: 'unknown column',
    apply: (_, cells) => ({
      cells: addColumn(cells, 'gemeente', () => 'Gent'),
      error: {
        line: 1,
        column: cells.header.length + 1,
        field: 'gemeente',
        expected: /een bekende kolom.*nis, /,
      },
    }),
  },
  {
    name: 'duplicate column',
    apply: (_, cells) => ({
      cells: addColumn(cells, 'nis', (i) => cells.rows[i]?.[0] ?? ''),
      error: {
        line: 1,
        column: cells.header.length + 1,
        field: 'nis',
        expected: /elke kolom één keer \(nis is ook kolom 1\)/,
      },
    }),
  },
  {
    name: 'line with a field too few',
    apply: (_, cells) => {
      const next = copy(cells);
      next.rows[ROW]?.pop();
      const width = cells.header.length;
      return {
        cells: next,
        error: {
          line: LINE,
          column: width,
          field: cells.header[width - 1],
          expected: new RegExp(`^${width} velden zoals de kopregel`),
          found: `${width - 1} velden`,
        },
      };
    },
  },
  {
    name: 'NIS not 5 digits',
    apply: (c, cells) => cellCase(cells, c.areaColumn, '4402', /NIS-code van 5 cijfers/),
  },
  {
    name: 'NIS outside Flanders',
    apply: (c, cells) => cellCase(cells, c.areaColumn, '21004', /Vlaamse gemeente/),
  },
  {
    name: 'period in the wrong format',
    apply: (c, cells) =>
      cellCase(cells, c.period.column, BAD_PERIOD_FORMAT[c.period.type], /geschreven als /),
  },
  {
    name: 'period value out of range',
    apply: (c, cells) => {
      const year = periodOf(c, cells).slice(0, 4);
      switch (c.period.type) {
        case 'date':
          return c.period.day === '01-01'
            ? cellCase(cells, c.period.column, `${year}-03-01`, /^1 januari \(een datum JJJJ-01-01\)$/)
            : cellCase(cells, c.period.column, `${year}-03-01`, /^31 december \(een datum JJJJ-12-31\)$/);
        case 'quarter':
          return cellCase(cells, c.period.column, `${year}-Q5`, /n van 1 tot 4/);
        case 'school_year':
          return cellCase(cells, c.period.column, '2023-2025', /twee opeenvolgende jaren/);
        case 'year':
          return cellCase(cells, c.period.column, '1850', /van 1900/);
      }
    },
  },
  {
    name: 'impossible date',
    apply: (c, cells) =>
      c.period.type === 'date'
        ? cellCase(cells, c.period.column, '2024-13-01', /een bestaande datum/)
        : undefined,
  },
  {
    name: 'unknown code',
    apply: (c, cells) => {
      const dimension = c.dimensions.find((d) => d.type === 'code');
      if (dimension?.type !== 'code') return undefined;
      const first = dimension.codes[0]?.code ?? '';
      return cellCase(
        cells,
        dimension.name,
        'xx',
        new RegExp(`^een code voor ${dimension.name}: ${escapeRegExp(first)}`),
      );
    },
  },
  {
    name: 'unknown country',
    apply: (c, cells) => {
      const dimension = c.dimensions.find((d) => d.type === 'country');
      return dimension && cellCase(cells, dimension.name, 'ZZZ', /ISO 3166-1-code alpha-2 of alpha-3/);
    },
  },
  { name: 'negative count', apply: (c, cells) => cellCase(cells, c.countColumn, '-1', /geheel getal ≥ 0/) },
  { name: 'decimal count', apply: (c, cells) => cellCase(cells, c.countColumn, '12,5', /geheel getal ≥ 0/) },
  { name: 'text count', apply: (c, cells) => cellCase(cells, c.countColumn, 'abc', /geheel getal ≥ 0/) },
  { name: 'empty count', apply: (c, cells) => cellCase(cells, c.countColumn, '', /geheel getal ≥ 0/) },
  {
    name: 'duplicate key',
    apply: (c, cells) => {
      const next = copy(cells);
      const again = [...(cells.rows[0] as string[])];
      again[columnOf(cells, c.countColumn)] = '7';
      next.rows.push(again);
      return {
        cells: next,
        error: {
          line: next.rows.length + 1,
          column: columnOf(cells, c.areaColumn) + 1,
          field: c.areaColumn,
          expected: /één rij per nis \+ .*; dezelfde combinatie staat op regel 2$/,
        },
      };
    },
  },
  {
    name: 'bad provisional flag',
    apply: (c, cells) =>
      c.provisionalColumn ? cellCase(cells, c.provisionalColumn, 'misschien', /^ja of nee/) : undefined,
  },
  {
    name: 'Latin-1 text',
    apply: (_, cells) => ({
      cells: addColumn(cells, 'opmerking', (i) => (i === ROW ? 'nagekeken in Liège' : '')),
      encoding: 'latin1',
      error: {
        line: LINE,
        column: cells.header.length + 1,
        field: 'opmerking',
        expected: /Windows-1252 \/ Latin-1/,
        found: 'nagekeken in Liège',
      },
    }),
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
