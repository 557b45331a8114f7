/** The command-line interface: `omgevingsanalyse <command>` (or `npm run cli -- <command>`). */
import { Command } from 'commander';
import { SOFTWARE } from '../release/software.js';
import { areasCommand } from './command-areas.js';
import { catalogCommand } from './command-catalog.js';
import { contractsCommand } from './command-contracts.js';
import { demoCommand } from './command-demo.js';
import { importCommand } from './command-import.js';
import { reportCommand } from './command-report.js';
import { serveCommand } from './command-serve.js';
import { userCommand } from './command-user.js';

export function buildProgram(): Command {
  const program = new Command()
    .name('omgevingsanalyse')
    .description('Cijferrapport lokale diversiteit: officiële open cijfers per Vlaamse gemeente')
    .version(SOFTWARE.version)
    .showHelpAfterError('(gebruik --help voor hulp)');
  importCommand(program);
  reportCommand(program);
  areasCommand(program);
  catalogCommand(program);
  contractsCommand(program);
  demoCommand(program);
  serveCommand(program);
  userCommand(program);
  return program;
}
