/** Dutch words for build states and release sources, shared by the data pages. */
import type { ManifestSource } from '../../release/manifest.js';
import type { BuildStatus } from '../../store/tables.js';

export const BUILD_STATUS: Readonly<Record<BuildStatus, string>> = {
  queued: 'wacht om gebouwd te worden',
  running: 'wordt gecontroleerd en gebouwd',
  built: 'klaar: nieuwe release gebouwd (nog niet actief)',
  unchanged: 'niets nieuw: de actieve release bevat deze bestanden al',
  invalid: 'geweigerd: fout in de invoer',
  failed: 'mislukt',
};

export function sourceText(s: ManifestSource): string {
  if (s.kind === 'statbel_pop_struct')
    return `Statbel bevolking 1 januari ${s.year} (indeling ${s.division})`;
  const periods = s.periods.map((p) => p.period);
  const span = periods.length > 1 ? `${periods[0]} – ${periods.at(-1)}` : (periods[0] ?? '');
  return `datacontract ${s.dataset}${s.demo ? ' (DEMODATA)' : ''}: ${span}`;
}
