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
    throw new InputError({ file: table.where }, `een kop${table.lineWord} met de kolommen ${allowed}`, '');
  }
  const byName = new Map(contractColumns(contract).map((c) => [c.name, c.role]));
  const names = header.values.map((v) => v.trim());
  const firstColumn = new Map<string, number>();
  const slots: ColumnSlot[] = names.map((name, i) => {
    const key = name.toLowerCase();
    const location = { file: table.where, line: header.line, column: i + 1, field: name };
    const role: ColumnSlot | undefined = key === IGNORED_COLUMN ? { kind: 'ignored' } : byName.get(key);
    if (!role) {
      const what = name === '' ? 'een kolomnaam' : 'een bekende kolom';
      throw new InputError(
        location,
        `${what}; een bestand ${contract.id} heeft de kolommen ${allowed}`,
        name,
      );
    }
    const earlier = firstColumn.get(key);
    if (earlier !== undefined) {
      throw new InputError(location, `elke kolom één keer (${name} is ook kolom ${earlier})`, name);
    }
    firstColumn.set(key, i + 1);
    return role;
  });
  const missing = [...byName.keys()].filter((name) => !firstColumn.has(name));
  if (missing.length > 0) {
    const plural = missing.length === 1 ? 'de kolom' : 'de kolommen';
    throw new InputError(
      { file: table.where, line: header.line, field: missing[0] },
      `ook ${plural} ${missing.join(', ')}; een bestand ${contract.id} heeft de kolommen ${allowed}`,
      names.join(', '),
    );
  }
  return { names, slots, areaIndex: (firstColumn.get(contract.areaColumn) ?? 1) - 1 };
}
