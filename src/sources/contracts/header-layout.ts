/** Matches a file's header to the contract: every column once, nothing unknown (except the ignored note). */
import { InputError } from '../../domain/input-error.js';
import { type ColumnRole, columnList, contractColumns, IGNORED_COLUMN } from './contract-columns.js';
import type { Contract } from './contract-schema.js';
import type { TableSource } from './table-source.js';

export type ColumnSlot = ColumnRole | { readonly kind: 'ignored' };

export interface HeaderLayout {
  /** Column names as written in the file (trimmed), by file column. */
  readonly names: readonly string[];
  readonly slots: readonly ColumnSlot[];
  /** File column (0-based) of the municipality code, where a duplicate row is reported. */
  readonly areaIndex: number;
}

export function layoutHeader(
  table: Pick<TableSource, 'where' | 'lineWord' | 'header'>,
  contract: Contract,
): HeaderLayout {
  const allowed = `${columnList(contract)} (and optionally ${IGNORED_COLUMN}, which is ignored)`;
  const { header } = table;
  if (!header) {
    throw new InputError({ file: table.where }, `a header ${table.lineWord} with the columns ${allowed}`, '');
  }
  const byName = new Map(contractColumns(contract).map((c) => [c.name, c.role]));
  const names = header.values.map((v) => v.trim());
  const firstColumn = new Map<string, number>();
  const slots: ColumnSlot[] = names.map((name, i) => {
    const key = name.toLowerCase();
    const location = { file: table.where, line: header.line, column: i + 1, field: name };
    const role: ColumnSlot | undefined = key === IGNORED_COLUMN ? { kind: 'ignored' } : byName.get(key);
    if (!role) {
      const what = name === '' ? 'a column name' : 'a known column';
      throw new InputError(location, `${what}; a ${contract.id} file has the columns ${allowed}`, name);
    }
    const earlier = firstColumn.get(key);
    if (earlier !== undefined) {
      throw new InputError(location, `each column once (${name} is also column ${earlier})`, name);
    }
    firstColumn.set(key, i + 1);
    return role;
  });
  const missing = [...byName.keys()].filter((name) => !firstColumn.has(name));
  if (missing.length > 0) {
    const s = missing.length === 1 ? '' : 's';
    throw new InputError(
      { file: table.where, line: header.line, field: missing[0] },
      `the column${s} ${missing.join(', ')} as well; a ${contract.id} file has the columns ${allowed}`,
      names.join(', '),
    );
  }
  return { names, slots, areaIndex: (firstColumn.get(contract.areaColumn) ?? 1) - 1 };
}
