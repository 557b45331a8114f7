/** Test helper: the shape of a malformed variant and small editors for the sample's cells. */
import type { Contract } from '../../../src/sources/contracts/contract-schema.js';
import { type Cells, columnOf } from './sample-fixture.js';

export interface ExpectedError {
  readonly line: number;
  readonly column: number | undefined;
  readonly field: string | undefined;
  readonly expected: RegExp;
  readonly found?: string;
}

export interface MutationCase {
  readonly cells: Cells;
  readonly encoding?: BufferEncoding;
  readonly error: ExpectedError;
}

export interface Mutation {
  readonly name: string;
  /** undefined when the mutation does not apply to the contract (e.g. no country column). */
  readonly apply: (contract: Contract, cells: Cells) => MutationCase | undefined;
}

/** Mutations change the second data row, on line 3. */
export const ROW = 1;
export const LINE = ROW + 2;

export const copy = (cells: Cells): Cells => ({
  header: [...cells.header],
  rows: cells.rows.map((r) => [...r]),
});

/** Sets one cell of the second data row and expects the error there. */
export function cellCase(cells: Cells, name: string, value: string, expected: RegExp): MutationCase {
  const next = copy(cells);
  const column = columnOf(next, name);
  (next.rows[ROW] as string[])[column] = value;
  return { cells: next, error: { line: LINE, column: column + 1, field: name, expected, found: value } };
}

export function addColumn(cells: Cells, name: string, value: (row: number) => string): Cells {
  return {
    header: [...cells.header, name],
    rows: cells.rows.map((r, i) => [...r, value(i)]),
  };
}
