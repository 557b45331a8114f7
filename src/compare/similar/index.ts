/** Similar municipalities ("vergelijkbare gemeenten"): k nearest neighbours on size, density, non-Belgians and age. */
export { buildFeatureSpace, distanceBetween, type FeatureSpace } from './feature-space.js';
export { FEATURES, type FeatureDefinition, type FeatureKey, type MunicipalityFeatures } from './features.js';
export { featureYear, type LoadedFeatures, loadMunicipalityFeatures } from './load-features.js';
export { similarMethodText } from './method-text.js';
export { DEFAULT_GROUP_SIZE, type Neighbour, nearestNeighbours } from './neighbours.js';
export {
  allSimilarGroups,
  loadSimilarityModel,
  type SimilarGroup,
  type SimilarGroupResult,
  type SimilarityModel,
  type SimilarityOptions,
  type SimilarMember,
  similarGroup,
  similarityModel,
} from './similar-groups.js';
export {
  AUTHALIC_RADIUS_KM,
  geometryAreaKm2,
  municipalityAreasKm2,
  municipalityGeojsonPath,
} from './surface-area.js';
