/** Writes the quarterly files: nieuwkomers and inburgering, with `voorlopig=ja` for the last year. */
import { SEXES } from './ages.js';
import type { DemoContext } from './context.js';
import { openContractFile } from './contract-files.js';
import { decodeInburgering, FASES, INBURGERING_DOELGROEPEN } from './inburgering-sim.js';
import { DOELGROEPEN, NEWCOMER_AGES, STATUTEN } from './newcomer-streams.js';
import { decodeNewcomer, NATIONALITY_CODES, quarterNumber } from './newcomers-sim.js';
import type { DemoFile } from './types.js';

export async function writeNieuwkomers(ctx: DemoContext): Promise<DemoFile> {
  const { sink, path } = await openContractFile(
    ctx.outDir,
    ctx.contracts,
    'nieuwkomers',
    [
      'nis',
      'kwartaal',
      'doelgroep',
      'geslacht',
      'leeftijdsgroep',
      'nationaliteit',
      'statuut',
      'aantal',
      'voorlopig',
    ],
    {
      doelgroep: [...DOELGROEPEN],
      geslacht: [...SEXES],
      leeftijdsgroep: [...NEWCOMER_AGES],
      statuut: [...STATUTEN],
    },
  );
  const perMunicipality = ctx.newcomers.perMunicipality();
  await writeByQuarter(
    ctx,
    perMunicipality,
    (nis, key, count, period, provisional) => {
      const k = decodeNewcomer(key);
      sink.row([
        nis,
        period,
        DOELGROEPEN[k.doelgroep] ?? '',
        SEXES[k.sex] ?? '',
        NEWCOMER_AGES[k.age] ?? '',
        NATIONALITY_CODES[k.nationality] ?? '',
        STATUTEN[k.statuut] ?? '',
        count,
        provisional,
      ]);
    },
    (key) => decodeNewcomer(key).quarter,
    () => sink.flush(),
  );
  await sink.close();
  return { contract: 'nieuwkomers', path, rows: sink.rows };
}

export async function writeInburgering(ctx: DemoContext): Promise<DemoFile> {
  const { sink, path } = await openContractFile(
    ctx.outDir,
    ctx.contracts,
    'inburgering',
    ['nis', 'kwartaal', 'fase', 'doelgroep', 'nationaliteit', 'aantal', 'voorlopig'],
    { fase: [...FASES], doelgroep: [...INBURGERING_DOELGROEPEN] },
  );
  await writeByQuarter(
    ctx,
    ctx.inburgering(),
    (nis, key, count, period, provisional) => {
      const k = decodeInburgering(key);
      sink.row([
        nis,
        period,
        FASES[k.fase] ?? '',
        INBURGERING_DOELGROEPEN[k.doelgroep] ?? '',
        NATIONALITY_CODES[k.nationality] ?? '',
        count,
        provisional,
      ]);
    },
    (key) => decodeInburgering(key).quarter,
    () => sink.flush(),
  );
  await sink.close();
  return { contract: 'inburgering', path, rows: sink.rows };
}

type RowWriter = (nis: string, key: number, count: number, period: string, provisional: 'ja' | 'nee') => void;

/**
 * Rows quarter by quarter, municipalities in NIS order, keys ascending (the encodings put the dimensions
 * in contract order); a municipality without anyone to count in a quarter gets one row with 0. Quarters before quarterFromYear (simulation warm-up) and after toYear are left out.
 */
async function writeByQuarter(
  ctx: DemoContext,
  perMunicipality: readonly ReadonlyMap<number, number>[],
  write: RowWriter,
  quarterOf: (key: number) => number,
  flush: () => Promise<void>,
): Promise<void> {
  const byQuarter = perMunicipality.map((map) => {
    const grouped = new Map<number, number[]>();
    for (const key of [...map.keys()].sort((a, b) => a - b)) {
      const q = quarterOf(key);
      const list = grouped.get(q);
      if (list) list.push(key);
      else grouped.set(q, [key]);
    }
    return grouped;
  });
  for (const year of ctx.quarterYears) {
    const provisional = year === ctx.lastYear ? 'ja' : 'nee';
    for (let q = 1; q <= 4; q++) {
      const quarter = quarterNumber(year, q);
      for (const m of ctx.municipalities) {
        const map = perMunicipality[m.index];
        let written = false;
        for (const key of byQuarter[m.index]?.get(quarter) ?? []) {
          const count = map?.get(key) ?? 0;
          if (count > 0) {
            write(m.nis, key, count, `${year}-Q${q}`, provisional);
            written = true;
          }
        }
        // A complete delivery has every municipality in every period: nobody to count is a 0 row
        // (key 0: the first code of every dimension), not a missing municipality (which is "niet beschikbaar").
        if (!written) write(m.nis, 0, 0, `${year}-Q${q}`, provisional);
      }
      await flush();
    }
  }
}
