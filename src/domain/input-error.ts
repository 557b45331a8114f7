/**
 * Bad input: names the file, line and column (1-based) and what was expected,
 * so a user can open the file and fix it.
 */
export interface InputLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Header name of the column, when known. */
  readonly field?: string;
}

export class InputError extends Error {
  readonly location: InputLocation;
  readonly expected: string;
  readonly found: string | undefined;

  constructor(location: InputLocation, expected: string, found?: string) {
    super(formatInputError(location, expected, found));
    this.name = 'InputError';
    this.location = location;
    this.expected = expected;
    this.found = found;
  }
}

export function formatInputError(loc: InputLocation, expected: string, found?: string): string {
  const where = [loc.file];
  if (loc.line !== undefined) where.push(`regel ${loc.line}`);
  if (loc.column !== undefined) where.push(`kolom ${loc.column}${loc.field ? ` (${loc.field})` : ''}`);
  const got =
    found === undefined
      ? ''
      : `, gevonden ${JSON.stringify(found.length > 60 ? `${found.slice(0, 60)}…` : found)}`;
  return `${where.join(', ')}: verwacht ${expected}${got}`;
}
