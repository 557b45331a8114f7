/** Shared loop for the files with one figure set per municipality and year. */

import type { DemoContext } from './context.js';
import { openContractFile } from './contract-files.js';
import type { Municipality } from './municipalities.js';
import type { DemoFile } from './types.js';

/** Emits one row: the dimension values in contract order and the count (left out when 0, unless the
 * municipality has nothing else that year: then one 0 row says it was delivered). */
export type Emit = (dims: readonly string[], count: number) => void;

export interface YearlySpec {
  readonly id: string;
  /** All columns in contract order (checked against the contract). */
  readonly columns: readonly string[];
  /** Codes used per code dimension (checked against the contract). */
  readonly codes: Readonly<Record<string, readonly string[]>>;
  /** The period text of a calendar year: '2024', '2024-01-01', '2024-12-31', '2024-2025'. */
  readonly period: (year: number) => string;
  readonly rows: (m: Municipality, year: number, emit: Emit) => void;
}

export async function writeYearlyFile(ctx: DemoContext, spec: YearlySpec): Promise<DemoFile> {
  const { sink, path } = await openContractFile(ctx.outDir, ctx.contracts, spec.id, spec.columns, spec.codes);
  for (const year of ctx.years) {
    const period = spec.period(year);
    for (const m of ctx.municipalities) {
      let first: readonly string[] | undefined;
      let written = false;
      spec.rows(m, year, (dims, count) => {
        if (!Number.isInteger(count) || count < 0)
          throw new Error(`${spec.id}: bad count ${count} for ${m.nis}`);
        first ??= dims;
        if (count > 0) {
          sink.row([m.nis, period, ...dims, count]);
          written = true;
        }
      });
      // Every municipality is in a complete delivery: nobody to count is a 0 row, never a missing one.
      if (!written && first) sink.row([m.nis, period, ...first, 0]);
    }
    await sink.flush();
  }
  await sink.close();
  return { contract: spec.id, path, rows: sink.rows };
}
