import type { Command } from 'commander';
import { describeCatalog } from '../indicators/catalog-describe.js';
import { writeCatalogSnapshot } from '../indicators/catalog-history.js';
import { loadCatalog } from '../indicators/catalog-load.js';
import { renderCatalogMarkdown } from '../render/catalog-markdown.js';
import { contractDays } from '../sources/contracts/contract-days.js';

export function catalogCommand(program: Command): void {
  program
    .command('catalog')
    .description(
      'toon het cijfersjabloon: alle indicatoren met definitie, teller, noemer, bron en referentiedatum',
    )
    .option('--format <formaat>', 'md of json', 'md')
    .option(
      '--snapshot',
      'bewaar deze versie van het cijfersjabloon in catalog/history/ (zodat oude rapporten exact herbouwd kunnen worden)',
    )
    .action((opts: { format: string; snapshot?: boolean }) => {
      if (opts.snapshot) {
        const { file, written } = writeCatalogSnapshot();
        process.stderr.write(written ? `Geschreven: ${file}\n` : `Al bewaard: ${file}\n`);
        return;
      }
      if (opts.format !== 'md' && opts.format !== 'json') throw new Error('formaat: md of json');
      const catalog = loadCatalog();
      const items = describeCatalog(catalog, contractDays());
      if (opts.format === 'json') {
        const doc = { version: catalog.version, schemaVersion: catalog.schemaVersion, indicators: items };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      } else process.stdout.write(renderCatalogMarkdown(catalog.version, items));
    });
}
