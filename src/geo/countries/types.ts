/** Types of the country reference (nationality / country of origin) and its groupings. */

/** Nationality groups of the Gemeente-Stadsmonitor / LIIM. */
export type GsmGroup =
  | 'west_noord_eu15'
  | 'zuid_eu15'
  | 'eu13'
  | 'europa_buiten_eu'
  | 'maghreb_turkije'
  | 'andere';

export const GSM_GROUPS: readonly GsmGroup[] = [
  'west_noord_eu15',
  'zuid_eu15',
  'eu13',
  'europa_buiten_eu',
  'maghreb_turkije',
  'andere',
];

/** Inburgering target-group split by nationality (Agentschap Integratie en Inburgering). */
export type InburgeringGroup = 'belgen' | 'nederlanders' | 'eu_plus' | 'derdelanders';

export interface Country {
  /** ISO 3166-1 alpha-2 (upper case); user-assigned X… codes for Kosovo and the pseudo entries. */
  iso2: string;
  /** ISO 3166-1 alpha-3 (upper case); XKX for Kosovo, ICAO XXA/XXB/XXC/XXX for the pseudo entries. */
  iso3: string;
  /** ISO 3166-1 numeric, 3 digits; empty where ISO assigns none (Kosovo, pseudo entries). */
  numeric: string;
  /** Primary Belgian NIS nationality code (3 digits), when the Belgian source has one. */
  nisCode?: string;
  /** All NIS codes of this entry, primary first (a few entries have two). */
  nisCodes: readonly string[];
  /** Short Dutch name as used in Flanders. */
  nameNl: string;
  /** First day of EU membership (ISO date). */
  euFrom?: string;
  /** Last day of EU membership, inclusive (ISO date); only the United Kingdom. */
  euUntil?: string;
  /** EEA member outside the EU, or Switzerland. */
  eea: boolean;
  /** GSM/LIIM group as of today; use `gsmGroupAt` for a figure's date. */
  gsmGroup: GsmGroup;
  /** Counted among the MOE-landen (Central and Eastern European countries, incl. Turkey). */
  moe: boolean;
  /** Not a country: stateless, refugee or unknown nationality. */
  pseudo: boolean;
}

export interface CountryRegistry {
  /** ISO alpha-2, alpha-3 (any case, trimmed) or Belgian NIS nationality code → country; undefined if unknown. 'BE'/'BEL' resolve to Belgium. */
  resolve(code: string): Country | undefined;
  byIso3(iso3: string): Country | undefined;
  all(): readonly Country[];
  /** Date-dependent groupings (date = ISO YYYY-MM-DD of the figure). */
  isEu(country: Country, date: string): boolean;
  gsmGroupAt(country: Country, date: string): GsmGroup;
  /** Inburgering: 'nederlanders' (NL), 'eu_plus' (other EU + EEA + CH), 'derdelanders' (the rest; Belgium itself → 'belgen'). */
  inburgeringGroupAt(country: Country, date: string): InburgeringGroup;
}
