import type { Command } from 'commander';
import { renderContractsMarkdown } from '../render/contracts-markdown.js';
import { loadContracts } from '../sources/contracts/load-contracts.js';

export function contractsCommand(program: Command): void {
  program
    .command('contracts')
    .description('toon de datacontracten: welke bestanden de import aanvaardt voor thema’s zonder open data')
    .option('--format <formaat>', 'md of json', 'md')
    .action((opts: { format: string }) => {
      const contracts = [...loadContracts().values()];
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(contracts, null, 2)}\n`);
      else if (opts.format === 'md') process.stdout.write(renderContractsMarkdown(contracts));
      else throw new Error('formaat: md of json');
    });
}
