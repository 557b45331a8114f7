/**
 * Tables of a data release (DuckDB). Codes are text (closed code lists are ENUMs: text to read,
 * integers to group and join, which keeps the import within a small factor of a bare scan).
 */
export const RELEASE_TABLES_SQL = `
CREATE TYPE sex_code AS ENUM ('M', 'F');
CREATE TYPE nationality_code AS ENUM ('BEL', 'ETR');
CREATE TYPE division_code AS ENUM ('2019-2024', '2025');
CREATE TYPE area_level AS ENUM ('municipality', 'arrondissement', 'province', 'region');
CREATE TABLE population (
  year SMALLINT NOT NULL, nis VARCHAR NOT NULL, sex sex_code NOT NULL, nationality nationality_code NOT NULL,
  civil_status UTINYINT NOT NULL, age UTINYINT NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE year_division (year SMALLINT PRIMARY KEY, division division_code NOT NULL, source_sha256 VARCHAR NOT NULL);
CREATE TABLE municipality_as_written (
  year SMALLINT NOT NULL, nis VARCHAR NOT NULL, name_nl VARCHAR, arrondissement VARCHAR, province VARCHAR, region VARCHAR
);
CREATE TABLE area_member (
  division division_code NOT NULL, level area_level NOT NULL, area_nis VARCHAR NOT NULL, year SMALLINT NOT NULL, member_nis VARCHAR NOT NULL
);
CREATE TABLE area_unavailable (
  division division_code NOT NULL, level area_level NOT NULL, area_nis VARCHAR NOT NULL, year SMALLINT NOT NULL, reason VARCHAR NOT NULL
);
`;

/**
 * Area figures summed over civil status and member municipalities: what reports read.
 * Civil status is summed out first, so the join with the memberships handles fewer rows.
 */
export const AREA_POPULATION_SQL = `
CREATE TABLE area_population AS
WITH by_municipality AS (
  SELECT year, nis, sex, nationality, age, sum(population) AS population FROM population GROUP BY ALL
)
SELECT m.division, m.level, m.area_nis, p.year, p.sex, p.nationality, p.age, sum(p.population)::BIGINT AS population
FROM by_municipality p JOIN area_member m ON p.nis = m.member_nis AND p.year = m.year
GROUP BY ALL;
`;
