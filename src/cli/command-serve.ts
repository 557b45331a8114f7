import type { Command } from 'commander';
import { loadCountries } from '../geo/countries/index.js';
import { loadGeography } from '../geo/index.js';
import { loadCatalog } from '../indicators/catalog-load.js';
import { demoPending, ensureRelease } from '../release/bundled.js';
import { ReleaseStore } from '../release/release-store.js';
import { completeRelease, releaseHook } from '../report/release-derived.js';
import { buildServer } from '../web/server.js';
import { startBackgroundDemo } from './background-demo.js';
import { stderrLogger, terminalProgress } from './effects.js';
import { DEFAULT_DATA_DIR, parsePort } from './options.js';
import { openCliWorkflow } from './workflow.js';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('start de webtoepassing (leest eerst de meegeleverde cijfers in als er nog geen release is)')
    .option('--port <poort>', 'poort', parsePort, Number(process.env.PORT ?? 3000))
    .option('--host <adres>', 'adres om op te luisteren', process.env.HOST ?? '127.0.0.1')
    .option('--data-dir <map>', 'map met de datareleases', DEFAULT_DATA_DIR)
    .option(
      '--no-demo',
      'bij de eerste start geen demonstratiedata maken (standaard komen er gemarkeerde demodata bij voor de thema’s zonder open data)',
    )
    .option(
      '--demo-first',
      'de demonstratiedata inlezen vóór de server luistert (één vaste release vanaf de eerste vraag, zoals de browsertests nodig hebben)',
    )
    .action(
      async (opts: { port: number; host: string; dataDir: string; demo?: boolean; demoFirst?: boolean }) => {
        const geo = loadGeography();
        const catalog = loadCatalog();
        const countries = loadCountries();
        // The workflow store opens (and migrates) while the bundled data is imported.
        const opening = openCliWorkflow(opts.dataDir, geo, {
          defaultUrl: `http://localhost:${opts.port}`,
          runJobs: true,
          logger: stderrLogger,
        });
        opening.catch(() => {}); // awaited below; its error is reported there
        // The real Statbel data first (seconds); the embedded demo follows in the background.
        await ensureRelease(opts.dataDir, geo, {
          logger: stderrLogger,
          progress: terminalProgress(),
          demo: opts.demo !== false,
          deferDemo: opts.demoFirst !== true,
          beforeActivate: releaseHook({ geo, catalog, countries }, stderrLogger),
        });
        const releases = new ReleaseStore(opts.dataDir);
        const active = await releases.active();
        // A catalog newer than the release's plans (or a release of an older version): derive what is
        // missing once now, not during a page request.
        await completeRelease({ geo, catalog, countries }, active, stderrLogger);
        const workflow = await opening;
        stderrLogger.info(
          `Werkgegevens: ${workflow.store.where}; e-mail: ${workflow.mailer.transport.kind === 'smtp' ? 'SMTP' : 'outbox (/beheer/uitgaande-mail)'}.`,
        );
        if ((await workflow.accounts.list()).length === 0)
          stderrLogger.info(
            'Nog geen accounts: maak een beheerder met npm run cli -- user add --email … --role agii',
          );
        let rewarm = () => {};
        const app = buildServer(
          { geo, catalog, countries, releases },
          {
            workflow,
            buildReleases: true,
            // JSON lines on stdout: warnings and errors, every 5xx with its request id (no line per request).
            logger: { level: 'warn' },
            warm: (warmUp) => {
              const warmed = () => {
                const started = Date.now();
                warmUp().then(
                  () =>
                    stderrLogger.info(
                      `Rapporten klaar voor gebruik (${((Date.now() - started) / 1000).toFixed(1)} s).`,
                    ),
                  (err: Error) => stderrLogger.warn(`voorbereiden mislukt: ${err.message}`),
                );
              };
              warmed();
              rewarm = warmed;
            },
          },
        );
        const address = await app.listen({ port: opts.port, host: opts.host });
        stderrLogger.info(
          `Cijferrapport lokale diversiteit draait op ${address.replace('127.0.0.1', 'localhost')}`,
        );
        const background =
          opts.demo !== false && demoPending(opts.dataDir)
            ? startBackgroundDemo(opts.dataDir, stderrLogger)
            : undefined;
        if (background) {
          stderrLogger.info(
            'De demonstratiedata worden op de achtergrond ingelezen; de pagina’s tonen ze zodra ze klaar zijn.',
          );
          background.done.then(
            () => {
              stderrLogger.info('Demonstratiedata ingelezen: de nieuwe release is actief.');
              releases.refresh();
              rewarm();
            },
            (err: Error) => stderrLogger.warn(`${err.message}; bij de volgende start opnieuw`),
          );
        }
        const stop = async () => {
          background?.child.kill('SIGTERM');
          await app.close();
          await releases.close();
          await workflow.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );
}
