/** One checker per file column: turns the cell text into part of a row, or says what was expected. */
import type { NisCode } from '../../domain/brand.js';
import type { Contract, DimensionColumn } from './contract-schema.js';
import type { ColumnSlot } from './header-layout.js';
import { parsePeriod } from './period-format.js';

export interface RowDraft {
  nis?: NisCode;
  period?: string;
  readonly dims: Record<string, string>;
  count?: number;
  provisional: boolean;
}

/** Returns undefined when the (trimmed) text is fine, else what was expected. */
export type CellReader = (text: string, row: RowDraft) => string | undefined;

export interface CellReaderOptions {
  readonly isFlemishMunicipality: (nis: NisCode) => boolean;
  readonly resolveCountry: (code: string) => string | undefined;
}

/** Codes are listed in messages up to this many; longer lists would drown the message. */
const MAX_LISTED_CODES = 12;
const PROVISIONAL: Readonly<Record<string, boolean>> = {
  ja: true,
  nee: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  '': false,
};

export function cellReader(slot: ColumnSlot, contract: Contract, options: CellReaderOptions): CellReader {
  switch (slot.kind) {
    case 'ignored':
      return () => undefined;
    case 'area':
      return (text, row) => {
        if (!/^\d{5}$/.test(text))
          return 'a 5-digit NIS code of a Flemish municipality (e.g. 44021 for Gent)';
        if (!options.isFlemishMunicipality(text as NisCode)) {
          return 'the NIS code of a Flemish municipality (division 2019–2024 or 2025)';
        }
        row.nis = text as NisCode;
        return undefined;
      };
    case 'period':
      return (text, row) => {
        const period = parsePeriod(text, contract.period);
        if (!period.ok) return period.expected;
        row.period = period.value;
        return undefined;
      };
    case 'dimension':
      return slot.dimension.type === 'code'
        ? codeReader(slot.dimension)
        : countryReader(slot.dimension.name, options.resolveCountry);
    case 'count':
      return (text, row) => {
        const count = Number(text);
        // Digits only: '12,5', '1.234' and '1e3' are ambiguous or not whole, so they are refused.
        if (!/^\d+$/.test(text) || !Number.isSafeInteger(count)) {
          return 'a whole number ≥ 0 written with digits only (no decimals, sign or thousands separator)';
        }
        row.count = count;
        return undefined;
      };
    case 'provisional':
      return (text, row) => {
        const value = PROVISIONAL[text.toLowerCase()];
        if (value === undefined) return 'ja or nee (also accepted: true/false, 1/0; empty means nee)';
        row.provisional = value;
        return undefined;
      };
  }
}

function codeReader(dimension: Extract<DimensionColumn, { type: 'code' }>): CellReader {
  const byText = new Map<string, string>();
  for (const code of dimension.codes) {
    for (const text of [code.code, ...(code.aliases ?? [])]) byText.set(text.toLowerCase(), code.code);
  }
  const listed = dimension.codes.map((c) =>
    c.aliases?.length ? `${c.code} (or ${c.aliases.join(', ')})` : c.code,
  );
  const expected =
    listed.length <= MAX_LISTED_CODES
      ? `a code for ${dimension.name}: ${listed.join(', ')}`
      : `one of the ${listed.length} codes for ${dimension.name} in the data contract`;
  return (text, row) => {
    const code = byText.get(text.toLowerCase());
    if (code === undefined) return expected;
    row.dims[dimension.name] = code;
    return undefined;
  };
}

function countryReader(name: string, resolveCountry: (code: string) => string | undefined): CellReader {
  return (text, row) => {
    // ISO codes are upper case by convention; Belgian nationality codes are digits, unchanged by this.
    const iso3 = text === '' ? undefined : resolveCountry(text.toUpperCase());
    if (iso3 === undefined) {
      return 'a country as ISO 3166-1 alpha-2 or alpha-3 code (e.g. MA or MAR) or as Belgian nationality code';
    }
    row.dims[name] = iso3;
    return undefined;
  };
}
