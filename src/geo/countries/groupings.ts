/** Date-dependent groupings of a country: EU membership, GSM/LIIM group, inburgering group. */
import type { Country, GsmGroup, InburgeringGroup } from './types.js';

const EU_GROUPS: ReadonlySet<GsmGroup> = new Set<GsmGroup>(['west_noord_eu15', 'zuid_eu15', 'eu13']);

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`expected an ISO date YYYY-MM-DD, got ${JSON.stringify(date)}`);
}

/** EU member on `date` (eu_from and eu_until both inclusive). */
export function isEuAt(country: Country, date: string): boolean {
  checkDate(date);
  if (country.euFrom === undefined || date < country.euFrom) return false;
  return country.euUntil === undefined || date <= country.euUntil;
}

/** The group of a country while it is an EU member; for former members derived from the accession wave. */
function euGroup(country: Country): GsmGroup {
  if (EU_GROUPS.has(country.gsmGroup)) return country.gsmGroup;
  const from = country.euFrom ?? '';
  if (from >= '2004-05-01') return 'eu13';
  if (from >= '1981-01-01') return 'zuid_eu15';
  return 'west_noord_eu15';
}

/**
 * GSM/LIIM group on `date`: EU members get their EU group; a European country that is not (yet, or no
 * longer) a member falls under "Europa buiten de EU" (Croatia before 1 July 2013, the UK after 31 January 2020).
 */
export function gsmGroupAt(country: Country, date: string): GsmGroup {
  if (isEuAt(country, date)) return euGroup(country);
  if (EU_GROUPS.has(country.gsmGroup) || country.gsmGroup === 'europa_buiten_eu') return 'europa_buiten_eu';
  return country.gsmGroup;
}

/** Inburgering split: Belgians, Dutch, EU+ (other EU, EEA, Switzerland) and third-country nationals. */
export function inburgeringGroupAt(country: Country, date: string): InburgeringGroup {
  checkDate(date);
  if (country.iso2 === 'BE') return 'belgen';
  if (country.iso2 === 'NL') return 'nederlanders';
  if (country.eea || isEuAt(country, date)) return 'eu_plus';
  return 'derdelanders';
}
