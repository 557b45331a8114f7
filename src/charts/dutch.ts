/** Small pieces of Dutch for the text alternatives. */

/** `A`, `A en B`, `A, B en C`. */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** `1 cijfer`, `3 cijfers`. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Lower-cases the first letter, for a title used inside a sentence ("Aandeel niet-Belgen" → "aandeel …"). */
export function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
