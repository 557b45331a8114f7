/** Municipalities met in the file: each code is checked once and kept as first written. */
import type { NisCode } from '../../domain/brand.js';
import { formatNis } from './field-codes.js';
import type { ColumnLayout } from './header.js';

export interface MunicipalityAsWritten {
  nameNl: string;
  arrondissement: string;
  province: string | null;
  region: string;
}

export class MunicipalityRegistry {
  readonly byCode = new Map<NisCode, MunicipalityAsWritten>();
  private readonly seen = new Set<number>();

  constructor(private readonly isKnownMunicipality: (nis: NisCode) => boolean) {}

  isKnown = (nis: number): boolean => this.isKnownMunicipality(formatNis(nis) as NisCode);

  /** Records the row's municipality if new; false when the code is not a known municipality. */
  record(
    nis: number,
    buf: Buffer,
    layout: ColumnLayout,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
  ): boolean {
    if (this.seen.has(nis)) return true;
    if (!this.isKnown(nis)) return false;
    const text = (column: number): string =>
      column < 0 ? '' : buf.toString('utf8', fieldStart[column], fieldEnd[column]);
    const province = text(layout.province);
    this.byCode.set(formatNis(nis) as NisCode, {
      nameNl: text(layout.nameNl),
      arrondissement: text(layout.arrondissement),
      province: province === '' ? null : province,
      region: text(layout.region),
    });
    this.seen.add(nis);
    return true;
  }
}
