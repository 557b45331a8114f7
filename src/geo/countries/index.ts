/** Country reference (nationality / country of origin) with Dutch names and the GSM, EU and inburgering groupings. */
export { gsmGroupAt, inburgeringGroupAt, isEuAt } from './groupings.js';
export { GSM_GROUP_LABELS, INBURGERING_GROUP_LABELS } from './labels.js';
export { COUNTRIES_FILE, DEFAULT_COUNTRY_DATA_DIR, loadCountries } from './load.js';
export { COUNTRY_COLUMNS, parseCountries } from './parse.js';
export { createCountryRegistry } from './registry.js';
export type { Country, CountryRegistry, GsmGroup, InburgeringGroup } from './types.js';
export { GSM_GROUPS } from './types.js';
