/** Everything the file writers share: options, contracts and the (lazily computed) models. */
import type { Contract } from '../sources/contracts/contract-schema.js';
import type { Municipality } from './municipalities.js';
import type { MunicipalityProfile } from './municipality-profile.js';
import type { NewcomerSimulation } from './newcomers-sim.js';
import type { OriginModel } from './origin-model.js';
import type { PopulationModel } from './population-model.js';

export interface DemoContext {
  readonly seed: number;
  readonly outDir: string;
  /** Calendar years fromYear..toYear. */
  readonly years: readonly number[];
  /** Years with quarterly figures: quarterFromYear..toYear. */
  readonly quarterYears: readonly number[];
  readonly lastYear: number;
  readonly contracts: ReadonlyMap<string, Contract>;
  readonly municipalities: readonly Municipality[];
  readonly profiles: readonly MunicipalityProfile[];
  readonly population: PopulationModel;
  readonly origins: OriginModel;
  readonly newcomers: NewcomerSimulation;
  /** Civic-integration events per municipality (encoded keys, see inburgering-sim.ts); computed once. */
  inburgering(): readonly ReadonlyMap<number, number>[];
}
