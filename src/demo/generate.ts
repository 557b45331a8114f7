/** Generates the DEMO- file of every data contract into a folder. */
import { mkdir } from 'node:fs/promises';
import { loadContracts } from '../sources/contracts/load-contracts.js';
import type { DemoContext } from './context.js';
import { simulateInburgering } from './inburgering-sim.js';
import { loadMunicipalities } from './municipalities.js';
import { municipalityProfiles } from './municipality-profile.js';
import { simulateNewcomers } from './newcomers-sim.js';
import { createOriginModel } from './origin-model.js';
import { createPopulationModel, sum } from './population-model.js';
import { readRealPopulation } from './real-population.js';
import type { DemoFile, DemoOptions } from './types.js';
import { writeMigratie } from './write-migratie.js';
import { writeNt2 } from './write-nt2.js';
import { writeInburgering, writeNieuwkomers } from './write-quarterly.js';
import { writeKansarmoede, writeLeefloon, writeSocialeHuur } from './write-social.js';
import { writeHerkomst, writeNationaliteit } from './write-stocks.js';
import { writeThuistaal } from './write-thuistaal.js';
import { writeWerkHerkomst } from './write-werk-herkomst.js';
import { writeWerkzoekenden } from './write-werkzoekenden.js';

/** Inburgering lags arrival by up to ~3 years; simulating newcomers this much earlier avoids a start-up gap. */
const WARM_UP_YEARS = 3;

const WRITERS: Readonly<Record<string, (ctx: DemoContext) => Promise<DemoFile>>> = {
  herkomst: writeHerkomst,
  inburgering: writeInburgering,
  kansarmoede: writeKansarmoede,
  leefloon: writeLeefloon,
  migratie: writeMigratie,
  nationaliteit: writeNationaliteit,
  nieuwkomers: writeNieuwkomers,
  nt2: writeNt2,
  sociale_huur: writeSocialeHuur,
  thuistaal: writeThuistaal,
  werk_herkomst: writeWerkHerkomst,
  werkzoekenden: writeWerkzoekenden,
};

export async function generateDemoData(outDir: string, options: DemoOptions): Promise<DemoFile[]> {
  const { seed, fromYear, toYear } = options;
  const quarterFromYear = options.quarterFromYear ?? fromYear;
  checkOptions(options, quarterFromYear);
  const contracts = loadContracts();
  const missing = [...contracts.keys()].filter((id) => !WRITERS[id]);
  if (missing.length > 0) throw new Error(`demo data: no generator for contract(s) ${missing.join(', ')}`);

  const municipalities = loadMunicipalities();
  const population = createPopulationModel(seed, municipalities, readRealPopulation());
  const base = population.year(2021);
  const profiles = municipalityProfiles(
    seed,
    municipalities,
    base.totalCells.map((cells) => sum(cells)),
  );
  const origins = createOriginModel(seed, population, profiles);
  const newcomers = simulateNewcomers(
    seed,
    origins,
    Math.min(fromYear, quarterFromYear) - WARM_UP_YEARS,
    toYear,
  );
  let inburgering: Map<number, number>[] | undefined;
  const ctx: DemoContext = {
    seed,
    outDir,
    years: range(fromYear, toYear),
    quarterYears: range(quarterFromYear, toYear),
    lastYear: toYear,
    contracts,
    municipalities,
    profiles,
    population,
    origins,
    newcomers,
    inburgering() {
      inburgering ??= simulateInburgering(
        seed,
        newcomers,
        municipalities.map((m) => m.nis),
      );
      return inburgering;
    },
  };

  await mkdir(outDir, { recursive: true });
  const files: DemoFile[] = [];
  for (const id of [...contracts.keys()].sort()) {
    const write = WRITERS[id];
    if (write) files.push(await write(ctx));
  }
  return files;
}

function checkOptions(options: DemoOptions, quarterFromYear: number): void {
  const year = (name: string, value: number) => {
    if (!Number.isInteger(value) || value < 1990 || value > 2100) {
      throw new RangeError(`demo data: ${name} must be a whole year from 1990 to 2100, got ${value}`);
    }
  };
  if (!Number.isSafeInteger(options.seed))
    throw new RangeError(`demo data: seed must be a whole number, got ${options.seed}`);
  year('fromYear', options.fromYear);
  year('toYear', options.toYear);
  year('quarterFromYear', quarterFromYear);
  if (options.fromYear > options.toYear) throw new RangeError('demo data: fromYear must not be after toYear');
  if (quarterFromYear > options.toYear)
    throw new RangeError('demo data: quarterFromYear must not be after toYear');
  if (options.division !== '2019-2024') {
    throw new RangeError(`demo data: only division 2019-2024 is supported, got ${String(options.division)}`);
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
