import type { Command } from 'commander';
import { AREA_LEVELS, type AreaLevel, DEFAULT_DIVISION, type Division } from '../domain/division.js';
import { loadGeography } from '../geo/index.js';
import { parseDivision } from './options.js';

export function areasCommand(program: Command): void {
  program
    .command('areas')
    .description('toon de gebieden van een indeling (NIS-code, naam, provincie)')
    .option(
      '--division <indeling>',
      'gemeentelijke indeling: 2019-2024 of 2025',
      parseDivision,
      DEFAULT_DIVISION,
    )
    .option('--level <niveau>', `${AREA_LEVELS.join(', ')}`, 'municipality')
    .option('--format <formaat>', 'text, csv of json', 'text')
    .option('--data-dir <map>', 'niet gebruikt: de indelingen komen uit de software', './var')
    .action((opts: { division: Division; level: string; format: string }) => {
      if (!(AREA_LEVELS as readonly string[]).includes(opts.level)) {
        throw new Error(`niveau moet een van ${AREA_LEVELS.join(', ')} zijn`);
      }
      const geo = loadGeography();
      const areas = geo.areas(opts.division, opts.level as AreaLevel);
      const rows = areas.map((a) => ({
        nis: a.nis,
        name: a.name,
        province: a.parents.province ?? '',
        arrondissement: a.parents.arrondissement ?? '',
      }));
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else if (opts.format === 'csv') {
        process.stdout.write('nis,name,arrondissement,province\n');
        for (const r of rows)
          process.stdout.write(
            `${r.nis},"${r.name.replaceAll('"', '""')}",${r.arrondissement},${r.province}\n`,
          );
      } else {
        for (const r of rows) process.stdout.write(`${r.nis}  ${r.name}\n`);
        process.stdout.write(`${rows.length} gebieden (${opts.level}, indeling ${opts.division})\n`);
      }
    });
}
