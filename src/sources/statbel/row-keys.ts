/**
 * One row per key (municipality, sex, nationality, civil status, age): remembers the line of each key's
 * first row. Statbel documents one exception: age 100 means "100 and older" and is written as several
 * rows (one per age actually reached), which are summed later. Any other repeated key is refused, so a
 * file written twice, or a zip repeating its rows, never becomes a release with doubled figures.
 */
import { InputError } from '../../domain/input-error.js';
import { formatNis } from './field-codes.js';

/** The one age at which Statbel writes several rows with the same key. */
export const OPEN_AGE = 100;

const SEXES = 2;
const NATIONALITIES = 2;
const CIVIL_STATUSES = 4;
const AGES = 121;
const BLOCK = SEXES * NATIONALITIES * CIVIL_STATUSES * AGES;

const SEX_NAME = ['', 'M', 'F'];
const NATIONALITY_NAME = ['', 'BEL', 'ETR'];

export class RowKeys {
  /** Per municipality code, the first line of each key (0 = not seen). */
  private readonly blocks = new Map<number, Int32Array>();
  private currentNis = -1;
  private current: Int32Array = new Int32Array(0);

  /** Records the row's key; throws when the key was seen before (except at age 100). */
  record(
    where: string,
    line: number,
    nis: number,
    sex: number,
    nat: number,
    civil: number,
    age: number,
  ): void {
    if (age === OPEN_AGE) return;
    if (nis !== this.currentNis) {
      let block = this.blocks.get(nis);
      if (!block) {
        block = new Int32Array(BLOCK);
        this.blocks.set(nis, block);
      }
      this.current = block;
      this.currentNis = nis;
    }
    const key = ((sex - 1) * NATIONALITIES + (nat - 1)) * CIVIL_STATUSES * AGES + (civil - 1) * AGES + age;
    const first = this.current[key] as number;
    if (first === 0) {
      this.current[key] = line;
      return;
    }
    throw new InputError(
      { file: where, line },
      'één rij per gemeente, geslacht, nationaliteit, burgerlijke staat en leeftijd ' +
        `(alleen leeftijd ${OPEN_AGE}, "${OPEN_AGE} en ouder", mag in meerdere rijen staan)`,
      `een tweede rij voor ${formatNis(nis)} ${SEX_NAME[sex]} ${NATIONALITY_NAME[nat]} burgerlijke staat ${civil} ` +
        `leeftijd ${age}; de eerste staat op regel ${first}`,
    );
  }
}
