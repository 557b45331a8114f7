/** Reads catalog/contracts/*.yaml, validates each against the schema and the cross-field rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { InputError, type InputLocation } from '../../domain/input-error.js';
import { checkContract } from './contract-checks.js';
import { type Contract, contractSchema } from './contract-schema.js';
import { locateInYaml } from './yaml-location.js';

export const DEFAULT_CONTRACTS_DIR = fileURLToPath(new URL('../../../catalog/contracts/', import.meta.url));

interface ParsedFile {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** All contracts of `dir`, by id, in file-name order. Throws an InputError naming file, line and YAML path. */
export function loadContracts(dir: string = DEFAULT_CONTRACTS_DIR): ReadonlyMap<string, Contract> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.toLowerCase().endsWith('.yaml'))
      .sort();
  } catch (error) {
    throw new InputError({ file: dir }, 'een leesbare map met gegevenscontracten (*.yaml)', errorCode(error));
  }
  const contracts = new Map<string, Contract>();
  const fileOfId = new Map<string, string>();
  for (const name of names) {
    const parsed = parseFile(join(dir, name));
    const contract = validate(parsed);
    const earlier = fileOfId.get(contract.id);
    if (earlier !== undefined) {
      throw new InputError(
        where(parsed, ['id']),
        `een contract-id dat geen ander contract gebruikt (${earlier} heeft het ook)`,
        contract.id,
      );
    }
    const problem = checkContract(contract);
    if (problem) throw new InputError(where(parsed, problem.path), problem.expected, problem.found);
    fileOfId.set(contract.id, name);
    contracts.set(contract.id, contract);
  }
  return contracts;
}

function parseFile(file: string): ParsedFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError({ file }, 'een leesbaar contractbestand', errorCode(error));
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new InputError({ file, line: pos?.line, column: pos?.col }, 'geldige YAML', error.message);
  }
  return { file, doc, lines };
}

function validate(parsed: ParsedFile): Contract {
  const result = contractSchema.safeParse(parsed.doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    throw new InputError(
      where(parsed, issue.path, key),
      `alleen de sleutels van het contractschema (${issue.message})`,
      key,
    );
  }
  const value: unknown = parsed.doc.getIn(issue.path);
  const found = value === undefined || typeof value === 'object' ? undefined : String(value);
  throw new InputError(
    where(parsed, issue.path),
    `een waarde die past in het contractschema (${issue.message})`,
    found,
  );
}

/** `key`: point at that key of the map at `path` rather than at a value. */
function where(parsed: ParsedFile, path: readonly PropertyKey[], key?: string): InputLocation {
  const pos = locateInYaml(parsed.doc, parsed.lines, path, key);
  const full = key === undefined ? path : [...path, key];
  return {
    file: parsed.file,
    line: pos?.line,
    column: pos?.column,
    field: full.length === 0 ? undefined : full.map(String).join('.'),
  };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
