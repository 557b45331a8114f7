/** The kinds of use counted per municipality and day, and how the overview names them. */
import type { UsageEventKind } from '../store/tables.js';

export type { UsageEventKind };

export const USAGE_EVENTS: readonly UsageEventKind[] = [
  'view',
  'pdf_full',
  'pdf_core',
  'xlsx',
  'csv',
  'json',
  'embed',
  'api',
];

/** Downloads, in the order the overview lists them. */
export const DOWNLOAD_EVENTS: readonly UsageEventKind[] = ['pdf_core', 'pdf_full', 'xlsx', 'csv', 'json'];

export const EVENT_LABELS: Readonly<Record<UsageEventKind, string>> = {
  view: 'rapport bekeken',
  pdf_full: 'PDF volledig',
  pdf_core: 'PDF kern',
  xlsx: 'Excel',
  csv: 'CSV',
  json: 'JSON',
  embed: 'ingebed',
  api: 'API-oproep',
};

export function isUsageEvent(text: string): text is UsageEventKind {
  return (USAGE_EVENTS as readonly string[]).includes(text);
}
