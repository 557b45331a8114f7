/** Writes the two stock files on 1 January: nationaliteit and herkomst. */
import { BANDS, CELL_COUNT, SEXES } from './ages.js';
import type { DemoContext } from './context.js';
import { openContractFile } from './contract-files.js';
import { COUNTRY_SPECS } from './country-specs.js';
import type { CsvSink } from './csv-sink.js';
import type { CountrySplit } from './nationality-split.js';
import type { DemoFile } from './types.js';

const CELL_CODES = SEXES.flatMap((sex) => BANDS.map((band) => [sex, band] as const));

export async function writeNationaliteit(ctx: DemoContext): Promise<DemoFile> {
  const { sink, path } = await openContractFile(
    ctx.outDir,
    ctx.contracts,
    'nationaliteit',
    ['nis', 'datum', 'nationaliteit', 'geslacht', 'leeftijdsgroep', 'aantal'],
    { geslacht: [...SEXES], leeftijdsgroep: [...BANDS] },
  );
  for (const year of ctx.years) {
    const origins = ctx.origins.year(year);
    for (const m of ctx.municipalities) {
      const o = origins[m.index];
      if (o) writeSplit(sink, [m.nis, `${year}-01-01`], o.nonBelgians);
    }
    await sink.flush();
  }
  await sink.close();
  return { contract: 'nationaliteit', path, rows: sink.rows };
}

export async function writeHerkomst(ctx: DemoContext): Promise<DemoFile> {
  const { sink, path } = await openContractFile(
    ctx.outDir,
    ctx.contracts,
    'herkomst',
    ['nis', 'datum', 'herkomstgroep', 'herkomstland', 'geslacht', 'leeftijdsgroep', 'aantal'],
    {
      herkomstgroep: ['belgische_herkomst', 'belg_bij_geboorte', 'belg_geworden', 'niet_belg'],
      geslacht: [...SEXES],
      leeftijdsgroep: [...BANDS],
    },
  );
  for (const year of ctx.years) {
    const origins = ctx.origins.year(year);
    const date = `${year}-01-01`;
    for (const m of ctx.municipalities) {
      const o = origins[m.index];
      if (!o) continue;
      for (let c = 0; c < CELL_COUNT; c++) {
        const n = o.belgianOrigin[c] ?? 0;
        const [sex, band] = CELL_CODES[c] ?? [];
        if (n > 0) sink.row([m.nis, date, 'belgische_herkomst', 'BEL', sex ?? '', band ?? '', n]);
      }
      writeSplit(sink, [m.nis, date, 'belg_bij_geboorte'], o.byBirth);
      writeSplit(sink, [m.nis, date, 'belg_geworden'], o.naturalised);
      writeSplit(sink, [m.nis, date, 'niet_belg'], o.nonBelgians);
    }
    await sink.flush();
  }
  await sink.close();
  return { contract: 'herkomst', path, rows: sink.rows };
}

/** Rows `prefix, country, sex, band, count` for the non-zero cells, country by country. */
function writeSplit(sink: CsvSink, prefix: readonly string[], split: CountrySplit): void {
  split.countries.forEach((country, k) => {
    const iso3 = COUNTRY_SPECS[country]?.iso3 ?? '';
    for (let c = 0; c < CELL_COUNT; c++) {
      const n = split.counts[k * CELL_COUNT + c] ?? 0;
      const [sex, band] = CELL_CODES[c] ?? [];
      if (n > 0) sink.row([...prefix, iso3, sex ?? '', band ?? '', n]);
    }
  });
}
