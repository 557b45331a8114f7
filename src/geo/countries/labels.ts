/** Dutch labels of the country groupings, as shown to users. */
import type { GsmGroup, InburgeringGroup } from './types.js';

export const GSM_GROUP_LABELS: Record<GsmGroup, string> = {
  west_noord_eu15: 'West- en Noord-EU-15',
  zuid_eu15: 'Zuid-EU-15',
  eu13: 'EU-13',
  europa_buiten_eu: 'Europa buiten de EU',
  maghreb_turkije: 'Maghreb en Turkije',
  andere: 'Andere landen',
};

export const INBURGERING_GROUP_LABELS: Record<InburgeringGroup, string> = {
  belgen: 'Belgen',
  nederlanders: 'Nederlanders',
  eu_plus: 'EU+',
  derdelanders: 'Derdelanders',
};
