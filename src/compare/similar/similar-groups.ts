/**
 * Groups of similar municipalities ("vergelijkbare gemeenten", as the LIIM had them): for each Flemish
 * municipality of a division, the k municipalities nearest to it in the standardised feature space.
 * Load the features once (one query), then every group is a few microseconds.
 */
import type { NisCode } from '../../domain/brand.js';
import type { Division } from '../../domain/division.js';
import type { Geography } from '../../geo/index.js';
import type { ReleaseReader } from '../../release/release-reader.js';
import { buildFeatureSpace, type FeatureSpace } from './feature-space.js';
import type { FeatureDefinition, MunicipalityFeatures } from './features.js';
import { featureYear, type LoadedFeatures, loadMunicipalityFeatures } from './load-features.js';
import { DEFAULT_GROUP_SIZE, nearestNeighbours } from './neighbours.js';

export interface SimilarMember extends MunicipalityFeatures {
  /** Weighted distance in standard deviations (see feature-space.ts); smaller is more alike. */
  readonly distance: number;
}

export interface SimilarGroup {
  readonly division: Division;
  /** The year whose 1 January population the features describe. */
  readonly year: number;
  readonly subject: MunicipalityFeatures;
  /** Nearest first; ties by NIS code. */
  readonly members: readonly SimilarMember[];
}

export type SimilarGroupResult =
  | { readonly available: true; readonly group: SimilarGroup }
  | { readonly available: false; readonly reason: string };

export interface SimilarityModel {
  readonly division: Division;
  readonly year: number;
  readonly k: number;
  readonly space: FeatureSpace;
  readonly missing: readonly NisCode[];
  readonly indexOf: ReadonlyMap<NisCode, number>;
}

export interface SimilarityOptions {
  /** Group size (default 10). */
  readonly k?: number;
  readonly definitions?: readonly FeatureDefinition[];
}

export function similarityModel(loaded: LoadedFeatures, options: SimilarityOptions = {}): SimilarityModel {
  // In NIS order whatever the input order, so sums (and so near-ties) never depend on it.
  const features = [...loaded.features].sort((a, b) => (a.nis < b.nis ? -1 : a.nis > b.nis ? 1 : 0));
  const space = buildFeatureSpace(features, options.definitions);
  const indexOf = new Map(features.map((f, i) => [f.nis, i]));
  const k = Math.min(options.k ?? DEFAULT_GROUP_SIZE, Math.max(0, features.length - 1));
  return { division: loaded.division, year: loaded.year, k, space, missing: loaded.missing, indexOf };
}

export function similarGroup(model: SimilarityModel, nis: NisCode): SimilarGroupResult {
  const index = model.indexOf.get(nis);
  const subject = index === undefined ? undefined : model.space.municipalities[index];
  if (index === undefined || !subject) {
    const reason = model.missing.includes(nis)
      ? `geen bevolkingscijfers voor 1 januari ${model.year} op de gemeentelijke indeling ${model.division}`
      : `geen Vlaamse gemeente van de indeling ${model.division}`;
    return { available: false, reason };
  }
  const members = nearestNeighbours(model.space, index, model.k).map((n) => ({
    ...(model.space.municipalities[n.index] as MunicipalityFeatures),
    distance: n.distance,
  }));
  return { available: true, group: { division: model.division, year: model.year, subject, members } };
}

/** The groups of every municipality of the model, keyed by NIS code. */
export function allSimilarGroups(model: SimilarityModel): Map<NisCode, SimilarGroup> {
  const out = new Map<NisCode, SimilarGroup>();
  for (const f of model.space.municipalities) {
    const r = similarGroup(model, f.nis);
    if (r.available) out.set(f.nis, r.group);
  }
  return out;
}

/** Features of the latest release year up to `year`, loaded and standardised: ready for `similarGroup`. */
export async function loadSimilarityModel(
  release: Pick<ReleaseReader, 'query' | 'years'>,
  geo: Geography,
  division: Division,
  year: number,
  options: SimilarityOptions & { readonly dataDir?: string } = {},
): Promise<SimilarityModel> {
  const used = featureYear(release.years, year);
  if (used === undefined) throw new Error('the release has no population figures');
  const loaded = await loadMunicipalityFeatures(release, geo, division, used, options.dataDir);
  return similarityModel(loaded, options);
}
