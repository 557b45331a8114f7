/**
 * Precomputed search entries per division: every name and code a user might type, already
 * normalized, pointing at municipalities of that division. Names and codes of the other division
 * (mergers of 1 January 2025) point at their counterparts, with a Dutch note.
 */
import type { NisCode } from '../domain/brand.js';
import type { Division } from '../domain/division.js';
import { type DivisionAreas, nlCollator } from './areas.js';
import type { CrosswalkIndex } from './crosswalk.js';
import { formedFromNote, mergedIntoNote, newCodeNote, withCode } from './merger-notes.js';
import { compactKey, innerWordKeys, stripQualifier } from './normalize.js';
import type { Area } from './types.js';

export interface NameEntry {
  readonly text: string;
  readonly key: string;
  /** Word starts after the first word, qualifier excluded: 'Moerbeke (Gent)' must not match 'gent'. */
  readonly innerKeys: readonly string[];
  readonly area: Area;
  readonly former: boolean;
  /** Small penalty so the Dutch name beats the Statbel name, which beats the French name. */
  readonly weight: number;
  readonly note?: string;
}

export interface CodeEntry {
  readonly code: NisCode;
  readonly area: Area;
  readonly former: boolean;
  readonly note?: string;
}

export interface SearchIndex {
  readonly names: readonly NameEntry[];
  readonly codes: readonly CodeEntry[];
}

const NAME_WEIGHT = 0;
const STATBEL_WEIGHT = -2;
const FRENCH_WEIGHT = -10;

function namesOf(area: Area): [string, number][] {
  const names: [string, number][] = [[area.name, NAME_WEIGHT]];
  if (area.statbelName) names.push([area.statbelName, STATBEL_WEIGHT]);
  if (area.nameFr) names.push([area.nameFr, FRENCH_WEIGHT]);
  return names;
}

class IndexBuilder {
  readonly names: NameEntry[] = [];
  readonly codes: CodeEntry[] = [];
  private readonly seen = new Set<string>();
  private readonly ownKeys = new Set<string>();
  private readonly ownCodes = new Set<string>();
  /** Normalizing is the costly part of loading; many names occur more than once (name = Statbel name). */
  private readonly normalized = new Map<string, { key: string; innerKeys: string[] }>();

  private normalize(text: string): { key: string; innerKeys: string[] } {
    let found = this.normalized.get(text);
    if (!found) {
      found = { key: compactKey(text), innerKeys: innerWordKeys(stripQualifier(text)) };
      this.normalized.set(text, found);
    }
    return found;
  }

  addOwn(area: Area): void {
    this.codes.push({ code: area.nis, area, former: false });
    this.ownCodes.add(area.nis);
    for (const [text, weight] of namesOf(area)) {
      this.ownKeys.add(this.normalize(text).key);
      this.addName(text, weight, area, false);
    }
  }

  /** Names of the other division that this division lacks; names it shares resolve to its own area already. */
  addOther(other: Area, targets: readonly Area[], nameNote: string, codeNote: string): void {
    for (const target of targets) {
      if (!this.ownCodes.has(other.nis))
        this.codes.push({ code: other.nis, area: target, former: true, note: codeNote });
      for (const [text, weight] of namesOf(other)) {
        if (!this.ownKeys.has(this.normalize(text).key)) this.addName(text, weight, target, true, nameNote);
      }
    }
  }

  private addName(text: string, weight: number, area: Area, former: boolean, note?: string): void {
    const { key, innerKeys } = this.normalize(text);
    const id = `${key}|${area.nis}`;
    if (key === '' || this.seen.has(id)) return;
    this.seen.add(id);
    this.names.push({
      text,
      key,
      innerKeys,
      area,
      former,
      weight,
      ...(note ? { note } : {}),
    });
  }
}

function areaList(areas: DivisionAreas, codes: readonly NisCode[]): Area[] {
  return codes.flatMap((code) => {
    const area = areas.byCode.municipality.get(code);
    return area ? [area] : [];
  });
}

export function buildSearchIndex(
  division: Division,
  own: DivisionAreas,
  other: DivisionAreas,
  crosswalk: CrosswalkIndex,
): SearchIndex {
  const builder = new IndexBuilder();
  for (const area of own.sorted.municipality) builder.addOwn(area);

  if (division === '2025') {
    for (const entry of crosswalk.entries) {
      if (!entry.merged && entry.nis2024 === entry.nis2025) continue;
      const former = other.byCode.municipality.get(entry.nis2024);
      const target = own.byCode.municipality.get(entry.nis2025);
      if (!former || !target) continue;
      const partners = areaList(other, crosswalk.predecessorsOf.get(entry.nis2025) ?? [])
        .filter((a) => a.nis !== former.nis)
        .map((a) => a.name)
        .sort(nlCollator.compare);
      const note = mergedIntoNote(former.name, partners, target.name);
      const codeNote = mergedIntoNote(former.name, partners, target.name, withCode(former.name, former.nis));
      builder.addOther(former, [target], note, codeNote + newCodeNote(target.nis));
    }
  } else {
    for (const [code2025, codes2024] of crosswalk.predecessorsOf) {
      const later = other.byCode.municipality.get(code2025);
      const formers = areaList(own, codes2024);
      if (!later || (formers.length === 1 && formers[0]?.nis === code2025)) continue;
      const names = formers.map((a) => a.name).sort(nlCollator.compare);
      const note = formedFromNote(later.name, names);
      builder.addOther(later, formers, note, formedFromNote(withCode(later.name, later.nis), names));
    }
  }
  return { names: builder.names, codes: builder.codes };
}
