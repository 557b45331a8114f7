/** The training overview as a map (the report's choropleth, three categories), CSV and Excel. */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { choroplethChart } from '../charts/choropleth.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import { formatCount } from '../domain/format.js';
import {
  type OverviewRow,
  PARTICIPATION_LABELS,
  type Participation,
  type TrainingOverview,
} from './overview.js';

const ORDER: readonly Participation[] = ['nooit', 'ingeschreven', 'aanwezig'];

export function participationMapSvg(overview: TrainingOverview): string {
  const spec = choroplethChart({
    title: 'Deelname aan het vormingstraject per gemeente',
    unit: 'count',
    scope: 'region',
    scopeArea: { nis: '02000', label: 'Vlaams Gewest' },
    subjectNis: null,
    division: '2025',
    source: {
      id: 'vorming',
      name: 'inschrijvingen en aanwezigheden in deze toepassing',
      publisher: 'AgII',
      url: null,
      licence: '',
    },
    periodLabel: 'alle edities',
    demo: false,
    values: overview.rows.map((r) => ({ nis: r.nis, value: ORDER.indexOf(r.participation) })),
    categories: {
      labels: ORDER.map((p) => PARTICIPATION_LABELS[p]),
      heading: 'deelname',
      note: 'Aanwezig: minstens één medewerker van de gemeente was aanwezig (of te laat) op een sessie.',
    },
  });
  const { counts } = overview;
  const description =
    `Kaart van de ${overview.rows.length} gemeenten van het Vlaams Gewest: deelname aan het vormingstraject. ` +
    `${formatCount(counts.aanwezig)} minstens één keer aanwezig, ${formatCount(counts.ingeschreven)} ingeschreven maar nog niet aanwezig, ` +
    `${formatCount(counts.nooit)} nooit deelgenomen. De tabel hieronder geeft de cijfers per gemeente.`;
  return renderSpecSvg({ ...spec, description }, 'vorming');
}

const COLUMNS: readonly { header: string; value: (r: OverviewRow) => string | number }[] = [
  { header: 'nis', value: (r) => r.nis },
  { header: 'gemeente', value: (r) => r.name },
  { header: 'provincie', value: (r) => r.province },
  { header: 'deelname', value: (r) => PARTICIPATION_LABELS[r.participation] },
  { header: 'deelnemers', value: (r) => r.participants },
  { header: 'inschrijvingen', value: (r) => r.registrations },
  { header: 'aanwezigheden_genoteerd', value: (r) => r.marked },
  { header: 'aanwezig_of_te_laat', value: (r) => r.present },
  { header: 'aanwezigheidsgraad', value: (r) => (r.rate === null ? '' : Math.round(r.rate * 1000) / 1000) },
];

export function overviewCsv(overview: TrainingOverview): string {
  return stringify([
    COLUMNS.map((c) => c.header),
    ...overview.rows.map((r) => COLUMNS.map((c) => c.value(r))),
  ]);
}

export async function overviewXlsx(overview: TrainingOverview): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'omgevingsanalyse';
  const sheet = book.addWorksheet('Per gemeente');
  sheet.addRow(['Vormingstraject: deelname en aanwezigheid per gemeente (alle edities)']);
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const r of overview.rows) sheet.addRow(COLUMNS.map((c) => c.value(r)));
  sheet.getColumn(COLUMNS.length).numFmt = '0.0%';
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
