/** Parsers for CLI option values: fail early with a clear message. */
import { InvalidArgumentError } from 'commander';
import { DIVISIONS, type Division, isDivision } from '../domain/division.js';

export const DEFAULT_DATA_DIR = './var';

export function parseDivision(text: string): Division {
  if (!isDivision(text)) throw new InvalidArgumentError(`kies ${DIVISIONS.join(' of ')}`);
  return text;
}

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || !Number.isInteger(year)) throw new InvalidArgumentError('een jaar als 2021');
  return year;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('een poortnummer 0–65535');
  return port;
}
