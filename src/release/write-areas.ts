/** Writes area memberships for every data year and aggregates the area figures. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Division } from '../domain/division.js';
import type { Geography } from '../geo/index.js';
import { areaMemberships } from './area-membership.js';
import { AREA_POPULATION_SQL } from './schema-sql.js';

export async function writeAreas(conn: DuckDBConnection, geo: Geography): Promise<void> {
  const years = (
    await conn.runAndReadAll('SELECT year, division FROM year_division ORDER BY year')
  ).getRows();
  const byDivision = new Map<Division, ReturnType<typeof areaMemberships>>();
  const members = await conn.createAppender('area_member');
  const unavailable = await conn.createAppender('area_unavailable');
  for (const [yearValue, divisionValue] of years) {
    const year = Number(yearValue);
    const division = String(divisionValue) as Division;
    let m = byDivision.get(division);
    if (!m) {
      m = areaMemberships(geo, division);
      byDivision.set(division, m);
    }
    for (const area of m.members) {
      for (const nis of area.members) {
        members.appendVarchar(area.division);
        members.appendVarchar(area.level);
        members.appendVarchar(area.areaNis);
        members.appendSmallInt(year);
        members.appendVarchar(nis);
        members.endRow();
      }
    }
    for (const u of m.unavailable) {
      unavailable.appendVarchar(u.division);
      unavailable.appendVarchar(u.level);
      unavailable.appendVarchar(u.areaNis);
      unavailable.appendSmallInt(year);
      unavailable.appendVarchar(u.reason);
      unavailable.endRow();
    }
  }
  members.closeSync();
  unavailable.closeSync();
  await conn.run(AREA_POPULATION_SQL);
}
