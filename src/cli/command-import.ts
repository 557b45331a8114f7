import type { Command } from 'commander';
import { InputError } from '../domain/input-error.js';
import { loadCountries } from '../geo/countries/index.js';
import { loadGeography } from '../geo/index.js';
import { loadCatalog } from '../indicators/catalog-load.js';
import { readActiveReleaseId } from '../release/active.js';
import { importFiles } from '../release/import.js';
import { dataDirLayout } from '../release/layout.js';
import { releaseHook } from '../report/release-derived.js';
import { stderrLogger, terminalProgress } from './effects.js';
import { DEFAULT_DATA_DIR, parseYear } from './options.js';

export function importCommand(program: Command): void {
  program
    .command('import')
    .description(
      'lees bestanden in een nieuwe datarelease: Statbel TF_SOC_POP_STRUCT_JJJJ (.zip of .txt) of een datacontract (.csv of .xlsx)',
    )
    .argument('<bestand...>', 'een of meer bestanden')
    .option('--year <jaar>', 'referentiejaar als het niet uit het bestand blijkt', parseYear)
    .option(
      '--contract <id>',
      'het datacontract dat de bestanden volgen (anders afgeleid uit de bestandsnaam)',
    )
    .option('--data-dir <map>', 'map met de datareleases', DEFAULT_DATA_DIR)
    .option(
      '--accept-change',
      'een verandering tegenover het vorige jaar buiten de plausibiliteitsgrens aanvaarden',
    )
    .action(
      async (
        files: string[],
        opts: { year?: number; contract?: string; dataDir: string; acceptChange?: boolean },
      ) => {
        const layout = dataDirLayout(opts.dataDir);
        const before = readActiveReleaseId(layout);
        try {
          const geo = loadGeography();
          const result = await importFiles({
            dataDir: opts.dataDir,
            files,
            ...(opts.acceptChange ? { acceptChange: true } : {}),
            geo,
            beforeActivate: releaseHook(
              { geo, catalog: loadCatalog(), countries: loadCountries() },
              stderrLogger,
            ),
            logger: stderrLogger,
            progress: terminalProgress(),
            ...(opts.year !== undefined ? { year: opts.year } : {}),
            ...(opts.contract ? { contract: opts.contract } : {}),
          });
          const m = result.manifest;
          if (result.status === 'unchanged') {
            process.stdout.write(
              `Niets te doen: deze bestanden zitten al in de actieve release ${result.releaseId}.\n`,
            );
          } else {
            for (const s of m.sources.filter((x) => x.importedAt === m.builtAt)) {
              const what =
                s.kind === 'statbel_pop_struct'
                  ? `${s.rowsRead} rijen, ${s.population} inwoners, ${s.municipalities} gemeenten, 1 januari ${s.year}, indeling ${s.division}`
                  : `datacontract ${s.dataset}${s.demo ? ' (DEMODATA)' : ''}: ${s.periods.length} perioden ` +
                    `(${s.periods[0]?.period} – ${s.periods.at(-1)?.period}), ${s.municipalities} gemeenten`;
              process.stdout.write(`${s.fileName}: ${what}\n`);
            }
            process.stdout.write(`Actieve release: ${result.releaseId} (jaren ${m.years.join(', ')})\n`);
          }
        } catch (err) {
          const kept = before
            ? `De vorige release ${before} blijft actief en onveranderd.`
            : 'Er is geen release aangemaakt.';
          const prefix = err instanceof InputError ? 'Fout in de invoer' : 'Import mislukt';
          process.stderr.write(`${prefix}: ${(err as Error).message}\n${kept}\n`);
          process.exitCode = err instanceof InputError ? 1 : 3;
        }
      },
    );
}
