import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DIVISION, type Division } from '../domain/division.js';
import { formatCount } from '../domain/format.js';
import { loadCountries } from '../geo/countries/index.js';
import { type Area, type Geography, loadGeography } from '../geo/index.js';
import { catalogForVersion } from '../indicators/catalog-history.js';
import { WarmBrowser } from '../pdf/browser.js';
import { REPORT_FORMATS, type ReportFormat, reportFile } from '../publish/report-file.js';
import { ReportService } from '../publish/report-service.js';
import { ReleaseStore } from '../release/release-store.js';
import { availableYears } from '../report/build-report.js';
import { REPORT_VARIANTS, type ReportVariant } from '../report/variant.js';
import { stderrLogger, terminalProgress } from './effects.js';
import { DEFAULT_DATA_DIR, parseDivision, parseYear } from './options.js';
import { reportBatch } from './report-batch.js';

interface ReportOptions {
  year?: number;
  division: Division;
  format: ReportFormat;
  variant: ReportVariant;
  out?: string;
  all?: boolean;
  within?: string;
  parallel: number;
  dataDir: string;
  release?: string;
  catalogVersion?: string;
}

function parseVariant(v: string): ReportVariant {
  if (!(REPORT_VARIANTS as readonly string[]).includes(v))
    throw new Error(`variant: ${REPORT_VARIANTS.join(' of ')}`);
  return v as ReportVariant;
}

function parseFormat(v: string): ReportFormat {
  if (!(REPORT_FORMATS as readonly string[]).includes(v))
    throw new Error(`formaat: ${REPORT_FORMATS.join(', ')}`);
  return v as ReportFormat;
}

/** The one municipality meant by a name or NIS code, or a message with suggestions. */
function findArea(geo: Geography, query: string, division: Division): Area | string {
  const [hit, ...others] = geo.search(query, division, 5);
  if (!hit || hit.kind === 'fuzzy' || (others[0] && others[0].score === hit.score)) {
    const suggestions = [hit, ...others]
      .filter((h) => h !== undefined)
      .map((h) => `${h.area.name} (${h.area.nis})`);
    return `Geen eenduidige gemeente voor "${query}".${suggestions.length ? ` Bedoelde je: ${suggestions.join(', ')}?` : ''}`;
  }
  if (hit.note) stderrLogger.info(hit.note);
  return hit.area;
}

export function reportCommand(program: Command): void {
  program
    .command('report')
    .description('maak het cijferrapport van één gemeente, of met --all van alle gemeenten')
    .argument('[gemeente]', 'naam of NIS-code, bv. Gent of 44021 (niet met --all)')
    .option('--all', 'alle gemeenten van de indeling, elk in een eigen bestand in --out')
    .option('--within <nis>', 'met --all: alleen de gemeenten van deze provincie of dit arrondissement')
    .option('--year <jaar>', 'jaar; standaard het laatste', parseYear)
    .option(
      '--division <indeling>',
      'gemeentelijke indeling: 2019-2024 of 2025',
      parseDivision,
      DEFAULT_DIVISION,
    )
    .option('--format <formaat>', REPORT_FORMATS.join(', '), parseFormat, 'html' as ReportFormat)
    .option(
      '--variant <variant>',
      'html en pdf: kern (het kernrapport, 4–8 bladzijden) of volledig (alle hoofdstukken)',
      parseVariant,
      'kern' as ReportVariant,
    )
    .option('--out <pad>', 'bestand (één gemeente) of map (--all); zonder: standaarduitvoer')
    .option('--parallel <n>', 'aantal PDF’s tegelijk met --all', (v) => Math.max(1, Number(v) || 1), 3)
    .option('--data-dir <map>', 'map met de datareleases', DEFAULT_DATA_DIR)
    .option(
      '--release <id>',
      'een bepaalde datarelease in plaats van de actieve (om een oud rapport te herbouwen)',
    )
    .option('--catalog-version <versie>', 'een bewaarde versie van het cijfersjabloon (catalog/history/)')
    .action(async (query: string | undefined, opts: ReportOptions) => {
      if (opts.all === (query !== undefined)) throw new Error('geef één gemeente of --all');
      if (opts.all && !opts.out) throw new Error('--all schrijft in een map: geef --out');
      const geo = loadGeography();
      const subject = query === undefined ? undefined : findArea(geo, query, opts.division);
      if (typeof subject === 'string') {
        process.stderr.write(`${subject}\n`);
        process.exitCode = 1;
        return;
      }
      const releases = new ReleaseStore(opts.dataDir);
      const chosen = opts.release ? releases.byId(opts.release) : undefined;
      let browser: WarmBrowser | undefined;
      const files = {
        catalog: catalogForVersion(opts.catalogVersion),
        variant: opts.variant,
        browser: () => {
          browser ??= new WarmBrowser({ poolSize: opts.parallel });
          return browser;
        },
      };
      try {
        const release = chosen ? await chosen : await releases.active();
        const years = availableYears(files.catalog, release);
        const year = opts.year ?? Math.max(...years);
        if (!years.includes(year)) {
          process.stderr.write(`Geen cijfers voor ${year}. Beschikbaar: ${years.join(', ')}.\n`);
          process.exitCode = 1;
          return;
        }
        const service = new ReportService({ geo, catalog: files.catalog, countries: loadCountries() }, 4);
        if (subject) {
          const report = await service.report(release, { subject, division: opts.division, year });
          const file = await reportFile(files, report, opts.format);
          if (opts.out) writeFileSync(opts.out, file.data);
          else process.stdout.write(file.data);
          return;
        }
        const areas = geo
          .areas(opts.division, 'municipality')
          .filter(
            (m) =>
              !opts.within || m.parents.province === opts.within || m.parents.arrondissement === opts.within,
          );
        if (areas.length === 0)
          throw new Error(`geen gemeenten in ${opts.within} op de indeling ${opts.division}`);
        const result = await reportBatch(
          service,
          files,
          release,
          {
            areas,
            division: opts.division,
            year,
            format: opts.format,
            out: opts.out as string,
            parallel: opts.parallel,
          },
          terminalProgress(),
        );
        stderrLogger.info(
          `${formatCount(result.written)} van ${formatCount(areas.length)} rapporten geschreven in ${opts.out} ` +
            `(${formatCount(Math.round(result.bytes / 1024))} kB, ${formatCount(Math.round(result.ms / 1000))} s).`,
        );
        if (result.failures.length > 0) {
          stderrLogger.warn(`${result.failures.length} rapporten mislukt:`);
          for (const f of result.failures)
            stderrLogger.info(`  ${f.area.name} (${f.area.nis}): ${f.message}`);
          process.exitCode = 1;
        }
      } finally {
        await browser?.close();
        (await chosen?.catch(() => undefined))?.close();
        await releases.close();
      }
    });
}
