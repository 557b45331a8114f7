/** Public types of the demonstration-data generator. */

export interface DemoOptions {
  /** Same seed + options ⇒ byte-identical files. */
  readonly seed: number;
  readonly fromYear: number;
  readonly toYear: number;
  /** Quarterly contracts (nieuwkomers, inburgering) start here; default fromYear. */
  readonly quarterFromYear?: number;
  /** Generated on the 300 municipalities of 2019-2024 (the importer maps them to 2025). */
  readonly division: '2019-2024';
}

export interface DemoFile {
  readonly contract: string;
  readonly path: string;
  readonly rows: number;
}
