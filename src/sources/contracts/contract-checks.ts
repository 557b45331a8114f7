/** Rules the schema cannot express: a file's columns must be told apart, and so must a dimension's codes. */
import { contractColumns, IGNORED_COLUMN } from './contract-columns.js';
import type { Contract } from './contract-schema.js';

export interface ContractProblem {
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly found: string;
}

export function checkContract(contract: Contract): ContractProblem | undefined {
  return checkColumnNames(contract) ?? checkCodes(contract);
}

function checkColumnNames(contract: Contract): ContractProblem | undefined {
  const seen = new Map<string, string>();
  for (const column of contractColumns(contract)) {
    if (column.name === IGNORED_COLUMN) {
      return {
        path: column.path,
        expected: `een andere kolomnaam dan ${IGNORED_COLUMN} (bestanden mogen die kolom bevatten; ze wordt genegeerd)`,
        found: column.name,
      };
    }
    const earlier = seen.get(column.name);
    if (earlier !== undefined) {
      return {
        path: column.path,
        expected: `een kolomnaam die maar één keer in het contract staat (${earlier} heeft dezelfde naam)`,
        found: column.name,
      };
    }
    seen.set(column.name, column.path.join('.'));
  }
  return undefined;
}

/** Codes and aliases are matched case-insensitively after trimming, so they must differ in that form. */
function checkCodes(contract: Contract): ContractProblem | undefined {
  for (const [i, dimension] of contract.dimensions.entries()) {
    if (dimension.type !== 'code') continue;
    const seen = new Map<string, string>();
    for (const [j, code] of dimension.codes.entries()) {
      const base = ['dimensions', i, 'codes', j];
      const spellings: [(string | number)[], string][] = [
        [[...base, 'code'], code.code],
        ...(code.aliases ?? []).map((alias, k): [(string | number)[], string] => [
          [...base, 'aliases', k],
          alias,
        ]),
      ];
      for (const [path, text] of spellings) {
        if (text.trim() === '' || text !== text.trim()) {
          return { path, expected: 'een code of alias zonder spaties vooraan of achteraan', found: text };
        }
        const earlier = seen.get(text.toLowerCase());
        if (earlier !== undefined) {
          return {
            path,
            expected: `een code of alias die maar één keer in dimensie ${dimension.name} staat, hoofdletters niet meegeteld (${earlier} is dezelfde)`,
            found: text,
          };
        }
        seen.set(text.toLowerCase(), path.join('.'));
      }
    }
  }
  return undefined;
}
