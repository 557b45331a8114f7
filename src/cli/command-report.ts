import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DIVISION, type Division } from '../domain/division.js';
import { loadCountries } from '../geo/countries/index.js';
import { loadGeography } from '../geo/index.js';
import { catalogForVersion } from '../indicators/catalog-history.js';
import { ReleaseStore } from '../release/release-store.js';
import { renderDocument } from '../render/html/document.js';
import { ReportPage } from '../render/html/report-page.js';
import { availableYears, buildReport } from '../report/build-report.js';
import { DEFAULT_DATA_DIR, parseDivision, parseYear } from './options.js';

interface ReportOptions {
  year?: number;
  division: Division;
  format: 'html' | 'json';
  out?: string;
  dataDir: string;
  release?: string;
  catalogVersion?: string;
}

export function reportCommand(program: Command): void {
  program
    .command('report')
    .description('maak het cijferrapport van één gemeente')
    .argument('<gemeente>', 'naam of NIS-code, bv. Gent of 44021')
    .option('--year <jaar>', 'jaar (toestand op 1 januari); standaard het laatste', parseYear)
    .option(
      '--division <indeling>',
      'gemeentelijke indeling: 2019-2024 of 2025',
      parseDivision,
      DEFAULT_DIVISION,
    )
    .option(
      '--format <formaat>',
      'html of json',
      (v) => {
        if (v !== 'html' && v !== 'json') throw new Error('formaat: html of json');
        return v;
      },
      'html',
    )
    .option('--out <bestand>', 'schrijf naar dit bestand in plaats van naar de standaarduitvoer')
    .option('--data-dir <map>', 'map met de datareleases', DEFAULT_DATA_DIR)
    .option(
      '--release <id>',
      'een bepaalde datarelease in plaats van de actieve (om een oud rapport te herbouwen)',
    )
    .option('--catalog-version <versie>', 'een bewaarde versie van het cijfersjabloon (catalog/history/)')
    .action(async (query: string, opts: ReportOptions) => {
      const geo = loadGeography();
      const [hit, ...others] = geo.search(query, opts.division, 5);
      if (!hit || hit.kind === 'fuzzy' || (others[0] && others[0].score === hit.score)) {
        const suggestions = [hit, ...others]
          .filter((h) => h !== undefined)
          .map((h) => `${h.area.name} (${h.area.nis})`);
        process.stderr.write(
          `Geen eenduidige gemeente voor "${query}".${suggestions.length ? ` Bedoelde je: ${suggestions.join(', ')}?` : ''}\n`,
        );
        process.exitCode = 1;
        return;
      }
      if (hit.note) process.stderr.write(`${hit.note}\n`);
      const releases = new ReleaseStore(opts.dataDir);
      const chosen = opts.release ? releases.byId(opts.release) : undefined;
      try {
        const release = chosen ? await chosen : await releases.active();
        const catalog = catalogForVersion(opts.catalogVersion);
        const years = availableYears(catalog, release);
        const year = opts.year ?? Math.max(...years);
        if (!years.includes(year)) {
          process.stderr.write(`Geen cijfers voor ${year}. Beschikbaar: ${years.join(', ')}.\n`);
          process.exitCode = 1;
          return;
        }
        const report = await buildReport(
          { geo, catalog, countries: loadCountries(), release },
          { subject: hit.area, division: opts.division, year },
        );
        const text =
          opts.format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : renderDocument(ReportPage({ report }));
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } finally {
        (await chosen?.catch(() => undefined))?.close();
        await releases.close();
      }
    });
}
