/** Writes area memberships for both data divisions and aggregates the area figures. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIVISIONS } from '../domain/division.js';
import { areaMemberships } from '../geo/area-membership.js';
import type { Geography } from '../geo/index.js';
import { AREA_POPULATION_SQL } from './schema-sql.js';

/** An area has contract figures for a period only if every member municipality delivered them. */
const AREA_FACT_STATUS_SQL = `
CREATE TABLE area_fact_status AS
SELECT m.division, m.level, m.area_nis, fp.dataset, fp.period, fp.demo,
       count(*) = count(c.nis) AS complete
FROM fact_period fp
JOIN division_member m ON m.data_division = fp.division
LEFT JOIN fact_coverage c ON c.dataset = fp.dataset AND c.period = fp.period AND c.nis = m.member_nis
GROUP BY ALL;
`;

/**
 * Contract facts per complete area. An area of one municipality (most municipality-level areas) takes
 * its member's facts as they are — a fact is unique per dataset, period, municipality and dims — so
 * only areas of several members go through the GROUP BY: about a quarter of the groups, and half the
 * peak memory of grouping everything.
 */
const AREA_FACT_SQL = `
CREATE TABLE area_fact AS
WITH member AS (
  SELECT m.*, count(*) OVER (PARTITION BY m.data_division, m.division, m.level, m.area_nis) AS members
  FROM division_member m
),
complete AS (SELECT division, level, area_nis, dataset, period FROM area_fact_status WHERE complete)
SELECT m.division, m.level, m.area_nis, f.dataset, f.period, f.dims, f.value::BIGINT AS value, f.provisional
FROM fact f
JOIN fact_period fp ON fp.dataset = f.dataset AND fp.period = f.period
JOIN member m ON m.data_division = fp.division AND m.member_nis = f.nis AND m.members = 1
SEMI JOIN complete s ON s.division = m.division AND s.level = m.level AND s.area_nis = m.area_nis
  AND s.dataset = f.dataset AND s.period = f.period
UNION ALL
SELECT m.division, m.level, m.area_nis, f.dataset, f.period, f.dims, sum(f.value)::BIGINT,
       bool_or(f.provisional)
FROM fact f
JOIN fact_period fp ON fp.dataset = f.dataset AND fp.period = f.period
JOIN member m ON m.data_division = fp.division AND m.member_nis = f.nis AND m.members > 1
SEMI JOIN complete s ON s.division = m.division AND s.level = m.level AND s.area_nis = m.area_nis
  AND s.dataset = f.dataset AND s.period = f.period
GROUP BY ALL
-- Stored in area order: a report reads a few areas, and DuckDB's zone maps then skip the rest.
ORDER BY division, level, area_nis;
`;

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
  await conn.run(AREA_FACT_STATUS_SQL);
  await conn.run(AREA_FACT_SQL);
}
