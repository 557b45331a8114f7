/**
 * One key figure in two sentences: "In Gent is 16,3 % van de inwoners niet-Belg. Dat is ongeveer
 * anderhalf keer zo hoog als in het Vlaams Gewest (9,5 %) en iets hoger dan in vergelijkbare
 * gemeenten (14,1 %)."
 */
import type { FigureValue } from '../../domain/value.js';
import { compareFigures } from './compare-values.js';
import { formatKindValue, type PhraseKind } from './kinds.js';
import { capitalise, inPlace, type PlaceRef } from './places.js';

export interface KeyFigureComparison {
  readonly place: PlaceRef;
  readonly value: FigureValue;
}

export interface KeyFigureInput {
  readonly place: PlaceRef;
  readonly value: FigureValue;
  readonly kind: PhraseKind;
  /** What the figure says after "In <place>", `{waarde}` standing for the value: 'is {waarde} van de inwoners niet-Belg'. */
  readonly statement: string;
  /** In the order they should be named; figures without a value are left out. */
  readonly comparisons: readonly KeyFigureComparison[];
}

const PLACEHOLDER = '{waarde}';

function joinDutch(parts: readonly string[], lastJoin = ' en '): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${lastJoin}${parts.at(-1)}`;
}

/** The comparison sentence ("Dat is …."), or null when no comparison can be made. */
export function comparisonSentence(
  value: FigureValue,
  kind: PhraseKind,
  comparisons: readonly KeyFigureComparison[],
): string | null {
  // Consecutive places with the same phrase share it: "iets hoger dan in X (…) en in Y (…)".
  const groups: { phrase: string; places: string[] }[] = [];
  for (const c of comparisons) {
    const band = compareFigures(value, c.value, kind);
    if (!band || c.value.state !== 'value') continue;
    const place = `${inPlace(c.place)} (${formatKindValue(c.value.value, kind)})`;
    const last = groups.at(-1);
    if (last && last.phrase === band.placePhrase) last.places.push(place);
    else groups.push({ phrase: band.placePhrase, places: [place] });
  }
  if (groups.length === 0) return null;
  // A comma before the last "en" when a group has an "en" of its own keeps the groups apart.
  const lastJoin = groups.some((g) => g.places.length > 1) ? ', en ' : ' en ';
  return `Dat is ${joinDutch(
    groups.map((g) => `${g.phrase} ${joinDutch(g.places)}`),
    lastJoin,
  )}.`;
}

/** Both sentences, or null when the figure itself has no value (the table shows why). */
export function keyFigureSentence(figure: KeyFigureInput): string | null {
  if (!figure.statement.includes(PLACEHOLDER))
    throw new TypeError(`statement without ${PLACEHOLDER}: ${figure.statement}`);
  if (figure.value.state !== 'value') return null;
  const statement = figure.statement.replace(PLACEHOLDER, formatKindValue(figure.value.value, figure.kind));
  const first = `${capitalise(inPlace(figure.place))} ${statement}.`;
  const second = comparisonSentence(figure.value, figure.kind, figure.comparisons);
  return second ? `${first} ${second}` : first;
}
