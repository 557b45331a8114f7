/**
 * Every figure of a release in tidy form, for the bulk download: each indicator × both divisions ×
 * every year the release offers × every area level and breakdown category. The rows are the
 * indicator download's tidy columns (render/tidy/tidy-records.ts) with the division in front, taken
 * from the same all-area tables as the API's values (publish/api/values.ts), so only shown figures
 * leave and a hidden count keeps its mark.
 */
import { DIVISIONS, type Division } from '../../domain/division.js';
import { TIDY_COLUMNS, type TidyRecord, tidyRecords } from '../../render/tidy/tidy-records.js';
import { periodTables } from '../api/values.js';

type TableContext = Parameters<typeof periodTables>[0];

export const BULK_COLUMNS = ['indeling', ...TIDY_COLUMNS] as const;
export type BulkRecord = TidyRecord & { indeling: Division };

export async function bulkRecords(ctx: TableContext): Promise<BulkRecord[]> {
  const rows: BulkRecord[] = [];
  for (const spec of ctx.catalog.indicators) {
    for (const division of DIVISIONS) {
      for (const table of await periodTables(ctx, spec, division, [])) {
        for (const r of tidyRecords(table)) rows.push({ indeling: division, ...r });
      }
    }
  }
  return rows;
}
