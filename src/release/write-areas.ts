/** Writes area memberships for both data divisions and aggregates the area figures. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIVISIONS } from '../domain/division.js';
import { areaMemberships } from '../geo/area-membership.js';
import type { Geography } from '../geo/index.js';
import { AREA_FACT_SQL, AREA_POPULATION_SQL } from './schema-sql.js';

export async function writeAreas(conn: DuckDBConnection, geo: Geography): Promise<void> {
  const members = await conn.createAppender('division_member');
  const unavailable = await conn.createAppender('division_unavailable');
  for (const dataDivision of DIVISIONS) {
    const m = areaMemberships(geo, dataDivision);
    for (const area of m.members) {
      for (const nis of area.members) {
        members.appendVarchar(dataDivision);
        members.appendVarchar(area.division);
        members.appendVarchar(area.level);
        members.appendVarchar(area.areaNis);
        members.appendVarchar(nis);
        members.endRow();
      }
    }
    for (const u of m.unavailable) {
      unavailable.appendVarchar(dataDivision);
      unavailable.appendVarchar(u.division);
      unavailable.appendVarchar(u.level);
      unavailable.appendVarchar(u.areaNis);
      unavailable.appendVarchar(u.reason);
      unavailable.endRow();
    }
  }
  members.closeSync();
  unavailable.closeSync();
  await conn.run(AREA_POPULATION_SQL);
  await conn.run(AREA_FACT_SQL);
}
