/** What the contract importer hands on: the validated, normalised rows of one file, as typed columns. */
import type { NisCode } from '../../domain/brand.js';
import type { Contract } from './contract-schema.js';
import type { FactColumns } from './fact-columns.js';

export interface ContractRow {
  readonly nis: NisCode;
  /** Normalised period: 'YYYY-MM-DD' (date), 'YYYY' (year), 'YYYY-Qn' (quarter), 'YYYY-YYYY' (school year). */
  readonly period: string;
  /** Dimension name → normalised code (the contract's code for code columns, ISO alpha-3 for countries). */
  readonly dims: Readonly<Record<string, string>>;
  readonly count: number;
  readonly provisional: boolean;
  /** 1-based line (CSV) or row (XLSX) it came from, for later messages. */
  readonly line: number;
}

export interface ContractTable {
  readonly contract: Contract;
  readonly source: { path: string; fileName: string; sheet?: string; bytes: number; sha256: string };
  readonly rowCount: number;
  /** The rows: key columns (municipality, period, dimensions) as code ids, counts, flags, lines. */
  readonly columns: FactColumns;
  /**
   * The rows as objects, made on first use and kept: for tests and small files only. The import reads
   * `columns` (a large file as objects costs ten times the memory).
   */
  readonly rows: readonly ContractRow[];
  /** Sorted, distinct. */
  readonly periods: readonly string[];
}

export interface ReadContractOptions {
  /** true for a Flemish municipality code of either division (2019-2024 or 2025). */
  readonly isFlemishMunicipality: (nis: NisCode) => boolean;
  /** ISO alpha-2/alpha-3 or Belgian nationality code → ISO alpha-3, undefined if unknown. */
  readonly resolveCountry: (code: string) => string | undefined;
}
