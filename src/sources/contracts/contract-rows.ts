/** Turns text records into contract rows, stopping at the first problem in file order. */
import { InputError } from '../../domain/input-error.js';
import { type CellReaderOptions, cellReader, type RowDraft } from './cell-readers.js';
import type { Contract } from './contract-schema.js';
import type { ContractRow } from './contract-table.js';
import type { HeaderLayout } from './header-layout.js';
import type { TableSource } from './table-source.js';

export function contractRows(
  table: TableSource,
  layout: HeaderLayout,
  contract: Contract,
  options: CellReaderOptions,
): ContractRow[] {
  const readers = layout.slots.map((slot) => cellReader(slot, contract, options));
  const firstLineOfKey = new Map<string, number>();
  const rows: ContractRow[] = [];
  for (const record of table.records) {
    if (record.problem) throw record.problem;
    const draft: RowDraft = { dims: {}, provisional: false };
    for (const [i, read] of readers.entries()) {
      const raw = record.values[i] ?? '';
      const expected = read(raw.trim(), draft);
      if (expected !== undefined) {
        throw new InputError(
          { file: table.where, line: record.line, column: i + 1, field: layout.names[i] },
          expected,
          raw,
        );
      }
    }
    // Every contract column is in the layout, so a row without errors has all its parts.
    const { nis, period, count } = draft as Required<RowDraft>;
    const dims = Object.fromEntries(contract.dimensions.map((d) => [d.name, draft.dims[d.name] ?? '']));
    const keyParts = [nis, period, ...contract.dimensions.map((d) => dims[d.name] ?? '')];
    const key = keyParts.join('\u0000');
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      const keyColumns = [
        contract.areaColumn,
        contract.period.column,
        ...contract.dimensions.map((d) => d.name),
      ];
      throw new InputError(
        {
          file: table.where,
          line: record.line,
          column: layout.areaIndex + 1,
          field: layout.names[layout.areaIndex],
        },
        `one row per ${keyColumns.join(' + ')}; the same combination is on ${table.lineWord} ${earlier}`,
        keyParts.join(', '),
      );
    }
    firstLineOfKey.set(key, record.line);
    rows.push({ nis, period, dims, count, provisional: draft.provisional, line: record.line });
  }
  return rows;
}
