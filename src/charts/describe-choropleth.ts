/** The text alternative of a choropleth, in plain Dutch. */

import type { ChoroplethInput } from './choropleth.js';
import type { MapClasses } from './classes.js';
import { classOf } from './classes.js';
import { inSentence, plural } from './dutch.js';
import type { Plotted } from './figures.js';
import type { DisplayMap } from './geo/display-map.js';

export function describeChoropleth(
  input: ChoroplethInput,
  map: DisplayMap,
  figures: readonly { nis: string; name: string; figure: Plotted }[],
  classes: MapClasses,
): string {
  const where = input.scope === 'region' ? 'het Vlaams Gewest' : `de ${input.scopeArea.label}`;
  const sentences = [
    `Kaart van de ${map.municipalities.length} gemeenten van ${where}: ${inSentence(input.title)}, ${input.periodLabel}.`,
  ];
  const valued = figures
    .filter((f) => f.figure.value !== null)
    .sort((a, b) => (a.figure.value as number) - (b.figure.value as number));
  const low = valued[0];
  const high = valued[valued.length - 1];
  if (low && high) {
    sentences.push(
      `In ${classes.labels.length} klassen, hoe donkerder hoe hoger; van ${low.figure.label} in ${low.name} tot ${high.figure.label} in ${high.name}.`,
    );
  }
  const subject = figures.find((f) => f.nis === input.subjectNis);
  if (subject) {
    const value = subject.figure.value;
    sentences.push(
      value === null
        ? `${subject.name} (dik omlijnd): geen cijfer (${subject.figure.label}).`
        : `${subject.name} (dik omlijnd): ${subject.figure.label}, in de klasse ${classes.labels[classOf(value, classes.breaks)]}.`,
    );
  }
  const missing = figures.length - valued.length;
  if (missing > 0)
    sentences.push(`${plural(missing, 'gemeente heeft', 'gemeenten hebben')} geen cijfer (gearceerd).`);
  return sentences.join(' ');
}
