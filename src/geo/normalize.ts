/** Name normalization for search: case, accents, apostrophes, hyphens and spacing do not matter. */

const APOSTROPHES = new Set(["'", '’', '‘', '`', '´', 'ʼ']);
const DIACRITICS = /\p{M}+/gu;

/** Lower-case words separated by single spaces: 'Sint-Niklaas' → 'sint niklaas'; 'St.-Truiden' → 'sint truiden'. */
export function normalizeWords(text: string): string {
  const words: string[] = [];
  let word = '';
  // A hand-written scan: this runs for every name at load time and every query, regexes were too slow.
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) word += ch;
    else if (code >= 65 && code <= 90) word += String.fromCharCode(code + 32);
    else if (APOSTROPHES.has(ch)) continue;
    else if (code > 127 && foldLetter(ch) !== '') word += foldLetter(ch);
    else {
      if (word !== '') words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  // 'St' only ever abbreviates 'Sint' in Flemish place names.
  return words.map((w) => (w === 'st' ? 'sint' : w)).join(' ');
}

/** 'É' → 'e', 'ß' → 'ss'; '' for characters without a Latin base letter (dashes, spaces), which separate words. */
function foldLetter(ch: string): string {
  return ch
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Normalized words without spaces, so 'sint niklaas', 'Sint-Niklaas' and 'sintniklaas' are equal. */
export function compactKey(text: string): string {
  return normalizeWords(text).replaceAll(' ', '');
}

/** Compact keys starting at each word after the first: 'Sint-Niklaas' → ['niklaas']. */
export function innerWordKeys(text: string): string[] {
  const words = normalizeWords(text).split(' ');
  return words.slice(1).map((_, i) => words.slice(i + 1).join(''));
}

/** 'Hove (Antwerpen)' → 'Hove'; text without a trailing qualifier is returned trimmed. */
export function stripQualifier(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '').trim();
}
