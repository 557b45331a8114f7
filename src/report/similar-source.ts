/**
 * The group of similar municipalities of a report's subject: one similarity model per release,
 * division and year (loaded once, one query), then a group per subject in microseconds.
 */
import {
  loadSimilarityModel,
  type SimilarityModel,
  similarGroup,
  similarMethodText,
} from '../compare/similar/index.js';
import type { Division } from '../domain/division.js';
import type { Area, Geography } from '../geo/index.js';
import type { ReleaseReader } from '../release/release-reader.js';

export interface SimilarMunicipalities {
  readonly members: readonly Area[];
  /** How the group was chosen, in Dutch (for the chapter Definities en bronnen). */
  readonly method: string;
}

export class SimilarSource {
  private readonly models = new Map<string, Promise<SimilarityModel>>();

  async group(
    geo: Geography,
    release: ReleaseReader,
    division: Division,
    year: number,
    subject: Area,
  ): Promise<SimilarMunicipalities | null> {
    if (subject.level !== 'municipality') return null;
    const key = `${release.id}|${division}|${year}`;
    let model = this.models.get(key);
    if (!model) {
      model = loadSimilarityModel(release, geo, division, year);
      model.catch(() => this.models.delete(key));
      this.models.set(key, model);
      if (this.models.size > 8) this.models.delete(this.models.keys().next().value as string);
    }
    const m = await model;
    const found = similarGroup(m, subject.nis);
    if (!found.available) return null;
    const members = found.group.members
      .map((f) => geo.municipality(division, f.nis))
      .filter((a): a is Area => a !== undefined);
    return { members, method: similarMethodText(m) };
  }
}
