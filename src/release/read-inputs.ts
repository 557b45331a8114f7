/** Reads and validates every input file before anything is written. */
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import type { Logger, Progress } from '../domain/effects.js';
import { InputError } from '../domain/input-error.js';
import type { Geography } from '../geo/index.js';
import type { FileDigest } from '../sources/file-hash.js';
import { readStatbelPopulation, type StatbelPopulationTable } from '../sources/statbel/population-file.js';
import { detectDataDivision } from './data-division.js';

export interface ParsedInput {
  readonly table: StatbelPopulationTable;
  readonly division: Division;
}

export async function readInputs(
  files: readonly { path: string; digest?: FileDigest }[],
  geo: Geography,
  effects: { logger: Logger; progress: Progress; year?: number },
): Promise<ParsedInput[]> {
  const inputs: ParsedInput[] = [];
  for (const { path: file, digest } of files) {
    effects.logger.info(`Inlezen: ${file}`);
    const table = await readStatbelPopulation(file, {
      ...(digest ? { digest } : {}),
      isKnownMunicipality: (nis) => geo.isKnownMunicipalityCode(nis),
      progress: effects.progress,
      ...(effects.year !== undefined ? { year: effects.year } : {}),
    });
    const division = detectDataDivision(geo, file, table.municipalities.keys() as Iterable<NisCode>);
    if (inputs.some((i) => i.table.year === table.year)) {
      throw new InputError({ file }, 'one file per reference year', `a second file for ${table.year}`);
    }
    inputs.push({ table, division });
  }
  return inputs;
}
