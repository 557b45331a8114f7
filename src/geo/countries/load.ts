/** Loads data/reference/countries.csv once per data folder. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvTable } from '../csv.js';
import { COUNTRY_COLUMNS, parseCountries } from './parse.js';
import { createCountryRegistry } from './registry.js';
import type { CountryRegistry } from './types.js';

/** The repository's `data/` folder. */
export const DEFAULT_COUNTRY_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export const COUNTRIES_FILE = join('reference', 'countries.csv');

const cache = new Map<string, CountryRegistry>();

/** Reads and validates `<dataDir>/reference/countries.csv`; throws an InputError naming the bad field. */
export function loadCountries(dataDir: string = DEFAULT_COUNTRY_DATA_DIR): CountryRegistry {
  const file = resolve(dataDir, COUNTRIES_FILE);
  const cached = cache.get(file);
  if (cached) return cached;
  const registry = createCountryRegistry(parseCountries(readCsvTable(file, COUNTRY_COLUMNS)));
  cache.set(file, registry);
  return registry;
}
