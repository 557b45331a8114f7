/** One check per file column: turns the (trimmed) cell text into a normalised value, or says what was expected. */
import type { NisCode } from '../../domain/brand.js';
import type { Contract, DimensionColumn } from './contract-schema.js';
import { type Parsed, parsePeriod } from './period-format.js';

export type { Parsed } from './period-format.js';

export type CellCheck<T> = (text: string) => Parsed<T>;

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

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(expected: string): Parsed<T> => ({ ok: false, expected });

const AREA_FORMAT = fail<string>('een NIS-code van 5 cijfers van een Vlaamse gemeente (bv. 44021 voor Gent)');
const AREA_FLEMISH = fail<string>('de NIS-code van een Vlaamse gemeente (indeling 2019–2024 of 2025)');
const COUNT = fail<number>(
  'een geheel getal ≥ 0, alleen in cijfers (geen decimalen, teken of scheidingsteken voor duizendtallen)',
);
const PROVISIONAL_FLAG = fail<boolean>('ja of nee (ook aanvaard: true/false, 1/0; leeg betekent nee)');
const COUNTRY = fail<string>(
  'een land als ISO 3166-1-code alpha-2 of alpha-3 (bv. MA of MAR) of als Belgische nationaliteitscode',
);

/** The municipality column: the code as written, if it is one of a Flemish municipality. */
export function areaCheck(options: CellReaderOptions): CellCheck<string> {
  return (text) => {
    if (!/^\d{5}$/.test(text)) return AREA_FORMAT;
    return options.isFlemishMunicipality(text as NisCode) ? ok(text) : AREA_FLEMISH;
  };
}

/** The period column: the normalised period ('2024-Q1' for '2024-q1'). */
export function periodCheck(contract: Contract): CellCheck<string> {
  return (text) => parsePeriod(text, contract.period);
}

/** A dimension column: the contract's code (aliases and case mapped), or ISO alpha-3 for a country. */
export function dimensionCheck(dimension: DimensionColumn, options: CellReaderOptions): CellCheck<string> {
  return dimension.type === 'code' ? codeCheck(dimension) : countryCheck(options.resolveCountry);
}

/** Digits only: '12,5', '1.234' and '1e3' are ambiguous or not whole, so they are refused. */
export function countCheck(text: string): Parsed<number> {
  const count = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(count) ? ok(count) : COUNT;
}

export function provisionalCheck(text: string): Parsed<boolean> {
  const value = PROVISIONAL[text.toLowerCase()];
  return value === undefined ? PROVISIONAL_FLAG : ok(value);
}

function codeCheck(dimension: Extract<DimensionColumn, { type: 'code' }>): CellCheck<string> {
  const byText = new Map<string, string>();
  for (const code of dimension.codes) {
    for (const text of [code.code, ...(code.aliases ?? [])]) byText.set(text.toLowerCase(), code.code);
  }
  const listed = dimension.codes.map((c) =>
    c.aliases?.length ? `${c.code} (of ${c.aliases.join(', ')})` : c.code,
  );
  const expected = fail<string>(
    listed.length <= MAX_LISTED_CODES
      ? `een code voor ${dimension.name}: ${listed.join(', ')}`
      : `een van de ${listed.length} codes voor ${dimension.name} in het gegevenscontract`,
  );
  return (text) => {
    const code = byText.get(text.toLowerCase());
    return code === undefined ? expected : ok(code);
  };
}

function countryCheck(resolveCountry: (code: string) => string | undefined): CellCheck<string> {
  return (text) => {
    // ISO codes are upper case by convention; Belgian nationality codes are digits, unchanged by this.
    const iso3 = text === '' ? undefined : resolveCountry(text.toUpperCase());
    return iso3 === undefined ? COUNTRY : ok(iso3);
  };
}
