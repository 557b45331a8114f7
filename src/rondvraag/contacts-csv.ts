/**
 * Reads the contacts file AgII imports for the rondvraag: a CSV (UTF-8, `,` or `;`, optional BOM) with
 * a column for the NIS code and one for the e-mail address, optionally a name. Every problem names its
 * line; one problem anywhere means nothing is imported (the caller stores the contacts only when the
 * list of problems is empty).
 */
import { type CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';

export interface Contact {
  readonly nis: string;
  readonly email: string;
  readonly name: string | null;
  /** The line of the file the contact is on (1 is the header). */
  readonly line: number;
}

export interface ContactProblem {
  /** The line of the file, or 0 for the file as a whole. */
  readonly line: number;
  readonly message: string;
}

export type ContactsResult =
  | { readonly ok: true; readonly contacts: readonly Contact[] }
  | { readonly ok: false; readonly problems: readonly ContactProblem[] };

/** What the reader needs to know of the municipalities of the current (2025) division. */
export interface MunicipalityLookup {
  /** The name of a municipality of the current division, undefined for any other code. */
  name(nis: string): string | undefined;
  /** For a code of an earlier division: the municipality of the current one it is part of. */
  successor(nis: string): string | undefined;
}

const COLUMNS = {
  nis: ['nis', 'niscode', 'nis-code', 'nis_code', 'refnis', 'gemeentecode'],
  email: ['email', 'e-mail', 'e-mailadres', 'emailadres', 'mail', 'mailadres'],
  name: ['naam', 'name', 'contactpersoon', 'contact'],
} as const;

const emailSchema = z.string().max(254).email();

const normalise = (header: string) => header.trim().toLowerCase().replace(/\s+/g, '');

function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const semicolons = header.split(';').length;
  const commas = header.split(',').length;
  return semicolons > commas ? ';' : ',';
}

function decode(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function readContactsCsv(bytes: Buffer, municipalities: MunicipalityLookup): ContactsResult {
  const text = decode(bytes);
  if (text === undefined)
    return fail(
      0,
      'Het bestand is geen UTF-8-tekst. Bewaar het in Excel als "CSV UTF-8 (door komma’s gescheiden)".',
    );
  if (text.trim() === '') return fail(0, 'Het bestand is leeg.');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = Number((err as CsvError & { lines?: number }).lines ?? 0);
    return fail(line, `Het bestand is geen geldige CSV (${(err as Error).message}).`);
  }
  const [header, ...rows] = records;
  if (!header) return fail(0, 'Het bestand is leeg.');
  const headerLine = header.info.lines;
  const names = header.record.map(normalise);
  const column = (options: readonly string[]) => names.findIndex((n) => options.includes(n));
  const nisAt = column(COLUMNS.nis);
  const emailAt = column(COLUMNS.email);
  const nameAt = column(COLUMNS.name);
  const missing = [
    nisAt < 0 ? 'een kolom "nis" met de NIS-code' : undefined,
    emailAt < 0 ? 'een kolom "e-mail" met het e-mailadres' : undefined,
  ].filter((m) => m !== undefined);
  if (missing.length > 0)
    return fail(
      headerLine,
      `De eerste regel moet de kolomnamen geven: ${missing.join(' en ')} ontbreekt (gevonden: ${header.record.join(', ') || 'niets'}).`,
    );
  if (rows.length === 0) return fail(0, 'Het bestand heeft geen contacten onder de kolomnamen.');

  const problems: ContactProblem[] = [];
  const contacts: Contact[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const nis = record[nisAt] ?? '';
    const email = (record[emailAt] ?? '').toLowerCase();
    const name = nameAt >= 0 ? record[nameAt] || null : null;
    const nisProblem = checkNis(nis, municipalities);
    if (nisProblem) problems.push({ line, message: nisProblem });
    if (email === '') problems.push({ line, message: 'Het e-mailadres ontbreekt.' });
    else if (!emailSchema.safeParse(email).success)
      problems.push({ line, message: `"${email}" is geen geldig e-mailadres.` });
    if (nisProblem) continue;
    const earlier = seen.get(nis);
    if (earlier !== undefined) {
      problems.push({
        line,
        message: `${municipalities.name(nis)} (${nis}) staat ook al op regel ${earlier}: geef één contact per gemeente.`,
      });
      continue;
    }
    seen.set(nis, line);
    contacts.push({ nis, email, name, line });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, contacts };
}

function checkNis(nis: string, municipalities: MunicipalityLookup): string | undefined {
  if (nis === '') return 'De NIS-code ontbreekt.';
  if (!/^\d{5}$/.test(nis)) return `"${nis}" is geen NIS-code (vijf cijfers, bv. 44021 voor Gent).`;
  if (municipalities.name(nis) !== undefined) return undefined;
  const successor = municipalities.successor(nis);
  if (successor !== undefined)
    return `${nis} is geen gemeente van de huidige indeling (2025): sinds 1 januari 2025 hoort ze bij ${municipalities.name(successor)} (${successor}).`;
  return `${nis} is geen Vlaamse gemeente van de huidige indeling (2025).`;
}

function fail(line: number, message: string): ContactsResult {
  return { ok: false, problems: [{ line, message }] };
}

/** "Regel 4: …" (or the message alone for the file as a whole). */
export function problemText(problem: ContactProblem): string {
  return problem.line > 0 ? `Regel ${problem.line}: ${problem.message}` : problem.message;
}
