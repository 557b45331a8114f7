/**
 * The singular of a catalog's count label, for "1 niet-Belg" next to "3 niet-Belgen". Only the noun
 * of the label changes ("1 persoon van buitenlandse herkomst", "1 aangemelde inburgeraar"); a label
 * whose noun is not listed stays as it is (a test checks that every catalog label has its singular).
 */
const SINGULAR: Readonly<Record<string, string>> = {
  inwoners: 'inwoner',
  Belgen: 'Belg',
  'niet-Belgen': 'niet-Belg',
  personen: 'persoon',
  nieuwkomers: 'nieuwkomer',
  inburgeraars: 'inburgeraar',
  cursisten: 'cursist',
  kleuters: 'kleuter',
  leerlingen: 'leerling',
  werkenden: 'werkende',
  werklozen: 'werkloze',
  werkzoekenden: 'werkzoekende',
  vrouwen: 'vrouw',
  huurders: 'huurder',
  geboorten: 'geboorte',
  inwijkingen: 'inwijking',
  uitwijkingen: 'uitwijking',
  nationaliteiten: 'nationaliteit',
};

/** The label with its noun in the singular, if it has one listed (the noun is one of its first two words). */
export function singularOf(label: string): string | null {
  const words = label.split(' ');
  const at = words.slice(0, 2).findIndex((w) => SINGULAR[w] !== undefined);
  if (at < 0) return null;
  const noun = words[at] ?? '';
  return [...words.slice(0, at), SINGULAR[noun], ...words.slice(at + 1)].join(' ');
}

/** The label that goes with a count: singular for exactly one. */
export function countNoun(label: string, count: number): string {
  return count === 1 ? (singularOf(label) ?? label) : label;
}
