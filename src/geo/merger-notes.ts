/** Dutch sentences that explain the 1 January 2025 mergers to someone who searched an old or new name. */

const MERGER_DATE = 'op 1 januari 2025';

/** 'A', 'A en B', 'A, B en C'. */
export function listNl(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/**
 * For a former municipality: 'Borsbeek is op 1 januari 2025 samengevoegd met Antwerpen.' or
 * 'Zwijndrecht is op 1 januari 2025 samengevoegd met Beveren en Kruibeke tot Beveren-Kruibeke-Zwijndrecht.'
 * `partners` are the other former municipalities of the same merger; `subject` may add the code.
 */
export function mergedIntoNote(
  former: string,
  partners: readonly string[],
  merged: string,
  subject: string = former,
): string {
  const base = `${subject} is ${MERGER_DATE} samengevoegd met ${listNl(partners)}`;
  const keptName = merged === former || partners.includes(merged);
  // With a single partner whose name was kept, 'tot Antwerpen' would only repeat the partner.
  if (keptName && partners.length === 1) return `${base}.`;
  return keptName ? `${base} tot de nieuwe gemeente ${merged}.` : `${base} tot ${merged}.`;
}

/** For a 2025 municipality seen from the 2019-2024 division: 'Pajottegem is op 1 januari 2025 ontstaan uit …'. */
export function formedFromNote(merged: string, formers: readonly string[]): string {
  return `${merged} is ${MERGER_DATE} ontstaan uit de fusie van ${listNl(formers)}.`;
}

/** Adds the code to the subject when the user searched by code, so the note says which code it was. */
export function withCode(name: string, code: string): string {
  return `${name} (NIS-code ${code})`;
}

export function newCodeNote(code: string): string {
  return ` De nieuwe NIS-code is ${code}.`;
}
