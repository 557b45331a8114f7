/** The reference year (population on 1 January) comes from the data, the file name, or the caller. */
import { asYear, type Year } from '../../domain/brand.js';
import { InputError, type InputLocation } from '../../domain/input-error.js';

const NAME_YEAR = /TF_SOC_POP_STRUCT_(\d{4})/i;

export function yearFromName(name: string | undefined): number | undefined {
  const match = name === undefined ? null : NAME_YEAR.exec(name);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export interface YearEvidence {
  /** From the CD_YEAR column, with where it was read. */
  column?: { year: number; location: InputLocation };
  /** From the zip member or file name (the member wins: it is what Statbel named the data). */
  names: Array<string | undefined>;
  /** --year given by the user. */
  option?: number;
  where: string;
  /** For tests: the date a future reference year is judged against (default now). */
  today?: Date;
}

export function resolveYear(evidence: YearEvidence): Year {
  const { column, option, where } = evidence;
  const fromName = evidence.names.map(yearFromName).find((y) => y !== undefined);
  const found = column?.year ?? fromName;
  if (found !== undefined && option !== undefined && found !== option) {
    const source = column ? 'in de kolom CD_YEAR' : 'in de bestandsnaam';
    throw new InputError(
      column?.location ?? { file: where },
      `gegevens voor referentiejaar ${option} (zoals opgegeven met --year)`,
      `${found} ${source}`,
    );
  }
  if (column) {
    const name = evidence.names.find((n) => yearFromName(n) !== undefined && yearFromName(n) !== column.year);
    if (name !== undefined) {
      throw new InputError(
        column.location,
        `het jaar van de bestandsnaam (${yearFromName(name)} in ${name}) in de kolom CD_YEAR`,
        `${column.year}`,
      );
    }
  }
  const year = found ?? option;
  const thisYear = (evidence.today ?? new Date()).getUTCFullYear();
  if (year !== undefined && year > thisYear) {
    const source = column
      ? 'in de kolom CD_YEAR'
      : option === year && fromName === undefined
        ? 'zoals opgegeven met --year'
        : 'in de bestandsnaam';
    throw new InputError(
      column?.location ?? { file: where },
      `een referentiejaar tot en met ${thisYear} (1 januari ${year} is nog niet voorbij)`,
      `${year} ${source}`,
    );
  }
  if (year === undefined) {
    throw new InputError(
      { file: where },
      'een referentiejaar: geen kolom CD_YEAR en geen TF_SOC_POP_STRUCT_JJJJ in de bestandsnaam ' +
        '(hernoem het bestand of geef --year op)',
    );
  }
  try {
    return asYear(year);
  } catch {
    throw new InputError(column?.location ?? { file: where }, 'een plausibel referentiejaar', String(year));
  }
}
