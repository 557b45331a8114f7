/** Notes under an evolution: missing figures per area, what their texts mean, provisional and demo marks. */
import type { AreaRef, TableBlock } from '../report/model.js';
import { joinDutch } from './dutch.js';
import type { AreaLine } from './line-series.js';
import { stateNotes } from './notes.js';

const PROVISIONAL_NOTE = 'Stippellijn en open symbool: voorlopig cijfer, dat nog kan wijzigen.';
const DEMO_BAND_NOTE = 'Grijze zone "demo": gegenereerde demonstratiecijfers, geen echte cijfers.';

export function lineNotes(
  block: TableBlock,
  areas: readonly AreaRef[],
  lines: readonly AreaLine[],
  hasDemo: boolean,
): string[] {
  const gaps = lines.flatMap((line, j) => {
    const missing = line.points.flatMap((p, i) =>
      p.figure.value === null ? [`${block.series[i]?.periodLabel ?? ''} (${p.figure.label})`] : [],
    );
    return missing.length > 0
      ? [`${areas[j]?.label ?? line.name}: geen cijfer voor ${joinDutch(missing)}.`]
      : [];
  });
  return [
    ...gaps,
    ...stateNotes(lines.flatMap((l) => l.points.map((p) => p.figure))),
    ...(block.series.some((p) => p.provisional) ? [PROVISIONAL_NOTE] : []),
    ...(hasDemo ? [DEMO_BAND_NOTE] : []),
  ];
}
