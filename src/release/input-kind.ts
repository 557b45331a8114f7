/** Tells which format an input file follows: a Statbel population file, or one of the data contracts. */
import { basename } from 'node:path';
import { InputError } from '../domain/input-error.js';
import type { Contract } from '../sources/contracts/contract-schema.js';

const STATBEL_NAME = /TF_SOC_POP_STRUCT/i;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/**
 * `contractId` (from `--contract`) wins; otherwise a Statbel name, or a file name containing exactly one
 * contract id (`DEMO-nieuwkomers.csv`, `inburgering_2024.xlsx`; the longest id wins over one it contains).
 */
export function contractFor(
  path: string,
  contracts: ReadonlyMap<string, Contract>,
  contractId?: string,
): Contract | undefined {
  if (contractId) {
    const c = contracts.get(contractId);
    if (!c)
      throw new InputError(
        { file: path },
        `een gegevenscontract: ${[...contracts.keys()].join(', ')}`,
        contractId,
      );
    return c;
  }
  const name = basename(path);
  if (STATBEL_NAME.test(name)) return undefined;
  const plain = `_${normalise(name)}_`;
  const matches = [...contracts.values()].filter((c) => plain.includes(`_${c.id}_`));
  const longest = matches.filter((m) => !matches.some((o) => o !== m && o.id.includes(m.id)));
  if (longest.length === 1) return longest[0];
  throw new InputError(
    { file: path },
    `een Statbel-bestand TF_SOC_POP_STRUCT_JJJJ, of een bestand genoemd naar zijn gegevenscontract (${[...contracts.keys()].join(', ')}) — of geef --contract op`,
    name,
  );
}
