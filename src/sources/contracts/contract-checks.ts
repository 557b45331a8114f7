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
        expected: `a column name other than ${IGNORED_COLUMN} (files may carry that column and it is ignored)`,
        found: column.name,
      };
    }
    const earlier = seen.get(column.name);
    if (earlier !== undefined) {
      return {
        path: column.path,
        expected: `a column name used once in the contract (${earlier} has the same name)`,
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
          return { path, expected: 'a code or alias without leading or trailing spaces', found: text };
        }
        const earlier = seen.get(text.toLowerCase());
        if (earlier !== undefined) {
          return {
            path,
            expected: `a code or alias used once in dimension ${dimension.name}, ignoring case (${earlier} is the same)`,
            found: text,
          };
        }
        seen.set(text.toLowerCase(), path.join('.'));
      }
    }
  }
  return undefined;
}
