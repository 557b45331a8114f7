/** The text alternative of a population pyramid, in plain Dutch. */
import { formatCount, formatPercent } from '../domain/format.js';
import { inSentence } from './dutch.js';
import { type PyramidInput, sumCounts } from './pyramid-input.js';

export function describePyramid(input: PyramidInput): string {
  const bands = input.bands;
  const first = bands[0]?.label;
  const last = bands[bands.length - 1]?.label;
  const where = input.areaLabel ? ` van ${input.areaLabel}` : '';
  const sentences = [
    `${capitalise(inSentence(input.title))}, ${input.periodLabel}: de inwoners${where} per leeftijdsgroep` +
      (first && last ? ` (van ${first} tot ${last})` : '') +
      ', mannen links en vrouwen rechts, elke staaf verdeeld in niet-Belgen en Belgen.',
  ];
  const foreign = bands.map((b) => sumCounts([b.foreignMen, b.foreignWomen]));
  const total = bands.map((b, i) => (foreign[i] ?? 0) + sumCounts([b.belgianMen, b.belgianWomen]));
  const all = total.reduce((t, n) => t + n, 0);
  const allForeign = foreign.reduce((t, n) => t + n, 0);
  if (all > 0) {
    sentences.push(
      `Samen ${formatCount(all)} inwoners, van wie ${formatCount(allForeign)} niet-Belgen (${formatPercent(allForeign / all)}).`,
    );
    const largest = (values: number[]) => values.indexOf(Math.max(...values));
    const big = bands[largest(total)];
    const bigForeign = bands[largest(foreign)];
    if (big && bigForeign) {
      sentences.push(
        `De grootste leeftijdsgroep is ${big.label}; bij de niet-Belgen is dat ${bigForeign.label}.`,
      );
    }
  }
  return sentences.join(' ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
