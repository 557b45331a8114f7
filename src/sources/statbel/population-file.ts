/** Reads a Statbel TF_SOC_POP_STRUCT_YYYY file (.txt or .zip) into typed columns, strictly validated. */
import type { NisCode, Year } from '../../domain/brand.js';
import { noProgress, type Progress } from '../../domain/effects.js';
import { InputError } from '../../domain/input-error.js';
import type { FileDigest } from '../file-hash.js';
import { openPopulationInput } from './input.js';
import { PopulationParser } from './population-parser.js';
import { MAX_LINE_BYTES, wholeLines } from './whole-lines.js';
import { resolveYear } from './year.js';

export interface SourceFileInfo {
  path: string;
  fileName: string;
  member?: string;
  bytes: number;
  sha256: string;
}

import type { MunicipalityAsWritten } from './municipality-registry.js';

export type { MunicipalityAsWritten };

export interface StatbelPopulationTable {
  year: Year; // reference date: 1 January of this year
  source: SourceFileInfo; // sha256 (hex) and size of the file as given (the .zip or the .txt)
  rowCount: number; // data rows read (header excluded)
  columns: {
    // one entry per data row, in file order
    nis: Int32Array; // CD_REFNIS as a number (format back with padStart(5,'0'))
    sex: Uint8Array; // 1 = M, 2 = F
    nationality: Uint8Array; // 1 = BEL, 2 = ETR
    civilStatus: Uint8Array; // 1..4
    age: Uint8Array; // 0..120 as written (100 = 100 and older in Statbel files)
    population: Int32Array; // MS_POPULATION
  };
  municipalities: Map<NisCode, MunicipalityAsWritten>; // first row seen per code (empty CD_PROV_REFNIS → null)
}

export interface ReadOptions {
  isKnownMunicipality: (nis: NisCode) => boolean; // unknown code → InputError
  year?: number; // fallback / cross-check for the reference year
  progress?: Progress; // bytes of (uncompressed) input processed
  digest?: FileDigest; // size and SHA-256 when the caller computed them already
}

async function* reportProgress(chunks: AsyncIterable<Buffer>, progress: Progress): AsyncGenerator<Buffer> {
  let done = 0;
  for await (const chunk of chunks) {
    yield chunk;
    done += chunk.length;
    progress.update(done);
  }
}

export async function readStatbelPopulation(
  path: string,
  options: ReadOptions,
): Promise<StatbelPopulationTable> {
  const input = await openPopulationInput(path, options.digest);
  const names = [input.member, input.fileName];
  const settleYear = (column?: { year: number; line: number; column: number; field: string }): Year =>
    resolveYear({
      column: column && {
        year: column.year,
        location: { file: input.where, line: column.line, column: column.column, field: column.field },
      },
      names,
      option: options.year,
      where: input.where,
    });
  const parser = new PopulationParser({
    where: input.where,
    isKnownMunicipality: options.isKnownMunicipality,
    // Without CD_YEAR the year depends on names only: fail before the long scan if it is missing.
    onHeader: (layout) => {
      if (layout.year < 0) settleYear();
    },
  });
  const progress = options.progress ?? noProgress;
  progress.start(`Inlezen ${input.member ?? input.fileName}`, input.totalBytes);
  try {
    const tooLong = (bytes: number): InputError =>
      new InputError(
        { file: input.where, line: parser.lastLine + 1 },
        `een regel van hoogstens ${MAX_LINE_BYTES} bytes (een Statbel-regel heeft er ongeveer 250)`,
        `een regel van meer dan ${bytes} bytes`,
      );
    for await (const lines of wholeLines(reportProgress(input.chunks, progress), { tooLong }))
      parser.feed(lines);
  } finally {
    progress.stop();
  }
  const rows = parser.finish();
  const year = settleYear(rows.year);
  const digest = await input.digest();
  return {
    year,
    source: {
      path,
      fileName: input.fileName,
      ...(input.member !== undefined && { member: input.member }),
      ...digest,
    },
    rowCount: rows.rowCount,
    columns: rows.columns,
    municipalities: rows.municipalities,
  };
}
