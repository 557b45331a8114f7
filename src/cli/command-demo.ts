import type { Command } from 'commander';
import { generateDemoData } from '../demo/index.js';
import { DEMO_DEFAULTS } from '../release/bundled.js';
import { parseYear } from './options.js';

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('maak demonstratiedata (DEMO-*.csv) voor elk datacontract: gegenereerd, geen echte cijfers')
    .requiredOption('--out <map>', 'map voor de bestanden')
    .option('--from <jaar>', 'eerste jaar', parseYear, DEMO_DEFAULTS.fromYear)
    .option('--to <jaar>', 'laatste jaar', parseYear, DEMO_DEFAULTS.toYear)
    .option(
      '--seed <getal>',
      'startwaarde van de toevalsgenerator (zelfde waarde = zelfde bestanden)',
      Number,
      DEMO_DEFAULTS.seed,
    )
    .action(async (opts: { out: string; from: number; to: number; seed: number }) => {
      const files = await generateDemoData(opts.out, {
        ...DEMO_DEFAULTS,
        seed: opts.seed,
        fromYear: opts.from,
        toYear: opts.to,
        quarterFromYear: opts.from,
      });
      for (const f of files) process.stdout.write(`${f.path}: ${f.rows} rijen (DEMO)\n`);
      process.stdout.write(`Inlezen: npm run cli -- import ${opts.out}/DEMO-*.csv\n`);
    });
}
