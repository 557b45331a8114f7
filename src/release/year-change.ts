/**
 * Plausibility against the previous year of the same source: the Flemish region and each municipality
 * of a new Statbel year compared with the year before, when the release holds it. A change beyond the
 * bounds below is refused unless the import is told to accept it (`--accept-change`); either way the
 * comparison is logged, naming the areas that moved and by how much.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import type { Logger } from '../domain/effects.js';
import { formatCount, formatPercent } from '../domain/format.js';
import { InputError } from '../domain/input-error.js';
import type { Geography } from '../geo/index.js';

/** The Flemish region grows by well under 1 % a year; 2 % is far beyond any real year. */
export const REGION_BOUND = 0.02;
/** A municipality: beyond 10 % and more than 100 inhabitants (small ones move by a few dozen). */
export const MUNICIPALITY_BOUND = 0.1;
export const MUNICIPALITY_MIN_INHABITANTS = 100;

interface Moved {
  readonly level: string;
  readonly nis: string;
  readonly before: number;
  readonly after: number;
}

const percent = (m: Moved): string =>
  `${m.after >= m.before ? '+' : '−'}${formatPercent(Math.abs(m.after - m.before) / m.before)}`;

export async function checkYearChange(
  conn: DuckDBConnection,
  input: { readonly year: number; readonly division: Division; readonly file: string },
  geo: Geography,
  logger: Logger,
  acceptChange: boolean,
): Promise<void> {
  const { year, division, file } = input;
  const reader = await conn.runAndReadAll(`
    WITH t AS (SELECT level, area_nis, year, sum(population)::BIGINT AS n FROM area_population
               WHERE division = '${division}' AND level IN ('region', 'municipality')
                 AND year IN (${year - 1}, ${year}) GROUP BY ALL)
    SELECT a.level, a.area_nis, a.n, b.n FROM t a JOIN t b
      ON a.level = b.level AND a.area_nis = b.area_nis AND a.year = ${year - 1} AND b.year = ${year}`);
  const rows = reader.getRows().map(
    ([level, nis, before, after]): Moved => ({
      level: String(level),
      nis: String(nis),
      before: Number(before),
      after: Number(after),
    }),
  );
  const region = rows.find((r) => r.level === 'region');
  if (!region) return; // no previous year in the release: nothing to compare with
  const beyond = rows.filter((r) =>
    r.level === 'region'
      ? Math.abs(r.after - r.before) > REGION_BOUND * r.before
      : Math.abs(r.after - r.before) > Math.max(MUNICIPALITY_BOUND * r.before, MUNICIPALITY_MIN_INHABITANTS),
  );
  const name = (m: Moved): string =>
    m.level === 'region' ? 'Vlaams Gewest' : (geo.municipality(division, m.nis as NisCode)?.name ?? m.nis);
  const describeMove = (m: Moved): string =>
    `${name(m)} ${percent(m)} (${formatCount(m.before)} → ${formatCount(m.after)})`;
  logger.info(
    `Vergelijking met ${year - 1}: ${describeMove(region)}; ${beyond.length} gebied(en) buiten de grens ` +
      `(gewest ${REGION_BOUND * 100} %, gemeente ${MUNICIPALITY_BOUND * 100} % en meer dan ${MUNICIPALITY_MIN_INHABITANTS} inwoners)` +
      (beyond.length > 0 ? `: ${beyond.slice(0, 10).map(describeMove).join('; ')}` : '.'),
  );
  if (beyond.length === 0 || acceptChange) return;
  throw new InputError(
    { file },
    `cijfers binnen de grenzen van het vorige jaar ${year - 1} (gewest ${REGION_BOUND * 100} %, ` +
      `gemeente ${MUNICIPALITY_BOUND * 100} % en meer dan ${MUNICIPALITY_MIN_INHABITANTS} inwoners), ` +
      'of --accept-change voor een echte verandering',
    `${beyond.length} gebied(en) erbuiten, bv. ${describeMove(beyond[0] as Moved)}`,
  );
}
