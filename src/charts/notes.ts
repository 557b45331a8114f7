/** Notes under a chart: what each short text of a missing figure means, once per distinct text. */
import type { Plotted } from './figures.js';

export function stateNotes(figures: readonly Plotted[]): string[] {
  const notes = new Map<string, string>();
  for (const f of figures) {
    if (f.explanation !== null && !notes.has(f.label)) notes.set(f.label, `${f.label}: ${f.explanation}.`);
  }
  return [...notes.values()];
}
