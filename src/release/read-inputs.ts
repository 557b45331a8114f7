/** Reads and validates every input file before anything is written. */
import { basename } from 'node:path';
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import type { Logger, Progress } from '../domain/effects.js';
import { InputError } from '../domain/input-error.js';
import { periodYear } from '../domain/period.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Contract } from '../sources/contracts/contract-schema.js';
import { AREA_KEY, type KeyColumn, PERIOD_KEY } from '../sources/contracts/fact-columns.js';
import { type ContractTable, readContractFile } from '../sources/contracts/read-contract-file.js';
import type { FileDigest } from '../sources/file-hash.js';
import { readStatbelPopulation, type StatbelPopulationTable } from '../sources/statbel/population-file.js';
import { describeContractCoverage } from './contract-coverage.js';
import { detectDataDivision } from './data-division.js';
import { checkStatbelPlausibility, describePlausibility } from './plausibility.js';

export type ParsedInput =
  | { readonly kind: 'statbel'; readonly table: StatbelPopulationTable; readonly division: Division }
  | {
      readonly kind: 'contract';
      readonly table: ContractTable;
      readonly divisions: ReadonlyMap<string, Division>;
      readonly demo: boolean;
    };

export interface InputFile {
  readonly path: string;
  readonly digest?: FileDigest;
  /** The data contract the file follows; undefined for Statbel population files. */
  readonly contract?: Contract;
}

export interface ReadInputsContext {
  readonly geo: Geography;
  readonly countries: CountryRegistry;
  readonly logger: Logger;
  readonly progress: Progress;
  readonly year?: number;
}

/** Generated demonstration files carry DEMO in their name, so nobody mistakes them for real figures. */
export function isDemoFile(path: string): boolean {
  return /^DEMO[-_]/i.test(basename(path));
}

/** Per period, the division its municipality codes follow (a period must not mix both). */
function contractDivisions(geo: Geography, table: ContractTable, file: string): Map<string, Division> {
  const { codes: nisCodes, ids: nisIds } = table.columns.keys[AREA_KEY] as KeyColumn;
  const { codes: periods, ids: periodIds } = table.columns.keys[PERIOD_KEY] as KeyColumn;
  // Per period, its municipality ids in order of first appearance (a bit per period × municipality).
  const seen = new Uint8Array(periods.length * nisCodes.length);
  const byPeriod = periods.map((): number[] => []);
  const nisChunks = nisIds.chunks();
  for (const periodChunk of periodIds.chunks()) {
    const nisChunk = nisChunks.next().value as Int32Array;
    for (let i = 0; i < periodChunk.length; i++) {
      const period = periodChunk[i] as number;
      const nis = nisChunk[i] as number;
      const bit = period * nisCodes.length + nis;
      if (seen[bit] === 0) {
        seen[bit] = 1;
        (byPeriod[period] as number[]).push(nis);
      }
    }
  }
  const result = new Map<string, Division>();
  // Periods in order of first appearance, as their ids are.
  for (const [id, period] of periods.entries()) {
    const set = (byPeriod[id] as number[]).map((nis) => nisCodes[nis] as NisCode);
    const only2024 = set.filter((c) => !geo.municipality('2025', c));
    const only2025 = set.filter((c) => !geo.municipality('2019-2024', c));
    if (only2024.length > 0 && only2025.length > 0) {
      throw new InputError(
        { file },
        `gemeentecodes van één indeling per periode (${period})`,
        `zowel ${only2024[0]} (tot 2024) als ${only2025[0]} (vanaf 2025)`,
      );
    }
    const division: Division =
      only2025.length > 0
        ? '2025'
        : only2024.length > 0
          ? '2019-2024'
          : periodYear(period) >= 2025
            ? '2025'
            : '2019-2024';
    result.set(period, division);
  }
  return result;
}

export async function readInputs(
  files: readonly InputFile[],
  ctx: ReadInputsContext,
): Promise<ParsedInput[]> {
  const inputs: ParsedInput[] = [];
  for (const { path, digest, contract } of files) {
    ctx.logger.info(`Inlezen: ${path}${contract ? ` (datacontract ${contract.id})` : ''}`);
    if (contract) {
      const table = await readContractFile(path, contract, {
        isFlemishMunicipality: (nis) =>
          !!(ctx.geo.municipality('2019-2024', nis) ?? ctx.geo.municipality('2025', nis)),
        resolveCountry: (code) => ctx.countries.resolve(code)?.iso3,
      });
      const divisions = contractDivisions(ctx.geo, table, path);
      for (const line of describeContractCoverage(table, divisions, ctx.geo)) ctx.logger.info(line);
      inputs.push({ kind: 'contract', table, divisions, demo: isDemoFile(path) });
      continue;
    }
    const table = await readStatbelPopulation(path, {
      isKnownMunicipality: (nis) => ctx.geo.isKnownMunicipalityCode(nis),
      progress: ctx.progress,
      ...(digest ? { digest } : {}),
      ...(ctx.year !== undefined ? { year: ctx.year } : {}),
    });
    const division = detectDataDivision(ctx.geo, path, table.municipalities.keys() as Iterable<NisCode>);
    const plausible = checkStatbelPlausibility(table, ctx.geo, division);
    ctx.logger.info(describePlausibility(table.year, plausible));
    if (inputs.some((i) => i.kind === 'statbel' && i.table.year === table.year)) {
      throw new InputError(
        { file: path },
        'één bestand per referentiejaar',
        `een tweede bestand voor ${table.year}`,
      );
    }
    inputs.push({ kind: 'statbel', table, division });
  }
  return inputs;
}
