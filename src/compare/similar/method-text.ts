/** The method in a few Dutch sentences, for the report's "Definities en bronnen". */
import { formatCount, formatDate } from '../../domain/format.js';
import type { FeatureDefinition } from './features.js';
import type { SimilarityModel } from './similar-groups.js';

const WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];
const weightText = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

/** Small numbers in words, larger ones in figures (Dutch house style). */
const amount = (n: number): string => WORDS[n] ?? formatCount(n);

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "aantal inwoners en bevolkingsdichtheid wegen elk 1; aandeel 65-plussers weegt 0,5". */
function weightsText(definitions: readonly FeatureDefinition[]): string {
  const byWeight = new Map<number, string[]>();
  for (const d of definitions) byWeight.set(d.weight, [...(byWeight.get(d.weight) ?? []), d.label]);
  return [...byWeight]
    .sort((a, b) => b[0] - a[0])
    .map(
      ([w, labels]) => `${list(labels)} ${labels.length > 1 ? 'wegen elk' : 'weegt'} ${weightText.format(w)}`,
    )
    .join('; ');
}

export function similarMethodText(model: SimilarityModel): string {
  const defs = model.space.definitions;
  const logs = defs.filter((d) => d.logarithmic).map((d) => d.label);
  const n = model.space.municipalities.length;
  const date = formatDate(`${model.year}-01-01`);
  const sentences = [
    `De vergelijkbare gemeenten zijn de ${amount(model.k)} Vlaamse gemeenten waarvan de bevolking op ${date} het meest lijkt op die van de gemeente zelf.`,
    `Ze worden gekozen op ${amount(defs.length)} kenmerken: ${list(defs.map((d) => d.label))}.`,
  ];
  if (defs.some((d) => d.key === 'density'))
    sentences.push(
      'De bevolkingsdichtheid is het aantal inwoners per km², met de oppervlakte berekend uit de gemeentegrenzen.',
    );
  if (logs.length > 0)
    sentences.push(
      `${list(logs).replace(/^./, (c) => c.toUpperCase())} ${logs.length > 1 ? 'tellen' : 'telt'} op een logaritmische schaal, zodat een verdubbeling overal even zwaar weegt.`,
    );
  sentences.push(
    `Elk kenmerk wordt gestandaardiseerd over de ${formatCount(n)} Vlaamse gemeenten van de gemeentelijke indeling ${model.division}; de gemeenten met de kleinste gewogen afstand vormen de groep (${weightsText(defs)}).`,
    'Bij gelijke afstand beslist de NIS-code. Een gemeente die op 1 januari 2025 uit een fusie ontstond, telt als één gemeente met de bevolking van al haar delen.',
  );
  return sentences.join(' ');
}
