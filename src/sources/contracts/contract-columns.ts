/** The columns a contract file has, in the order a file should list them, each with its role. */
import type { Contract, DimensionColumn } from './contract-schema.js';

/** Free-text column any file may carry (a note by the holder); the importer skips it. */
export const IGNORED_COLUMN = 'opmerking';

export type ColumnRole =
  | { readonly kind: 'area' }
  | { readonly kind: 'period' }
  | { readonly kind: 'dimension'; readonly dimension: DimensionColumn }
  | { readonly kind: 'count' }
  | { readonly kind: 'provisional' };

export interface ContractColumn {
  readonly name: string;
  readonly role: ColumnRole;
  /** Where the name is set in the contract YAML, for error messages about the contract itself. */
  readonly path: readonly (string | number)[];
}

export function contractColumns(contract: Contract): ContractColumn[] {
  const columns: ContractColumn[] = [
    { name: contract.areaColumn, role: { kind: 'area' }, path: ['areaColumn'] },
    { name: contract.period.column, role: { kind: 'period' }, path: ['period', 'column'] },
    ...contract.dimensions.map(
      (dimension, i): ContractColumn => ({
        name: dimension.name,
        role: { kind: 'dimension', dimension },
        path: ['dimensions', i, 'name'],
      }),
    ),
    { name: contract.countColumn, role: { kind: 'count' }, path: ['countColumn'] },
  ];
  if (contract.provisionalColumn) {
    columns.push({
      name: contract.provisionalColumn,
      role: { kind: 'provisional' },
      path: ['provisionalColumn'],
    });
  }
  return columns;
}

/** "nis, datum, geslacht, aantal" — for messages that say which columns a file needs. */
export function columnList(contract: Contract): string {
  return contractColumns(contract)
    .map((c) => c.name)
    .join(', ');
}
