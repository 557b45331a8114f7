/** The overview as files for AgII: a tidy CSV (one row per municipality) and an Excel workbook (and the months). */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { brusselsDay } from './days.js';
import { ADOPTION_LABELS, type UsageOverview, type UsageRow } from './overview.js';

const COLUMNS: readonly { header: string; value: (r: UsageRow) => string | number }[] = [
  { header: 'nis', value: (r) => r.nis },
  { header: 'gemeente', value: (r) => r.name },
  { header: 'provincie', value: (r) => r.province },
  { header: 'gebruik', value: (r) => ADOPTION_LABELS[r.adoption] },
  { header: 'laatst_gebruikt_door_gemeente', value: (r) => (r.lastOwnUse ? brusselsDay(r.lastOwnUse) : '') },
  { header: 'gebruik_door_gemeente', value: (r) => r.ownUses },
  { header: 'bekeken', value: (r) => r.views },
  { header: 'bekeken_door_gemeente', value: (r) => r.ownViews },
  { header: 'pdf_kern', value: (r) => r.downloads.pdf_core },
  { header: 'pdf_volledig', value: (r) => r.downloads.pdf_full },
  { header: 'excel', value: (r) => r.downloads.xlsx },
  { header: 'csv', value: (r) => r.downloads.csv },
  { header: 'json', value: (r) => r.downloads.json },
  { header: 'ingebed', value: (r) => r.embeds },
  { header: 'api', value: (r) => r.api },
];

const MONTH_COLUMNS = [
  'maand',
  'bekeken',
  'bekeken_door_gemeente',
  'downloads',
  'ingebed',
  'api',
  'gemeenten_met_eigen_gebruik',
] as const;

export function usageCsv(overview: UsageOverview): string {
  return stringify([
    [...COLUMNS.map((c) => c.header), 'van', 'tot'],
    ...overview.rows.map((r) => [...COLUMNS.map((c) => c.value(r)), overview.from, overview.to]),
  ]);
}

export async function usageXlsx(overview: UsageOverview): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'omgevingsanalyse';
  const perMunicipality = book.addWorksheet('Per gemeente');
  perMunicipality.addRow([`Gebruik van ${overview.from} tot en met ${overview.to} (Brusselse tijd)`]);
  perMunicipality.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const r of overview.rows) perMunicipality.addRow(COLUMNS.map((c) => c.value(r)));
  perMunicipality.views = [{ state: 'frozen', ySplit: 2 }];
  const perMonth = book.addWorksheet('Per maand');
  perMonth.addRow([...MONTH_COLUMNS]).font = { bold: true };
  for (const m of overview.months)
    perMonth.addRow([m.month, m.views, m.ownViews, m.downloads, m.embeds, m.api, m.ownMunicipalities]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
