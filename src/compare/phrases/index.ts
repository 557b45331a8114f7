/** Comparison phrases in plain Dutch (Census Reporter style): between areas and over time. */
export {
  BAND_IDS,
  BAND_LOWER_BOUNDS,
  type BandId,
  bandRank,
  type ComparisonBand,
  classifyComparison,
  type Direction,
} from './bands.js';
export {
  atPeriod,
  CHANGE_BOUNDS,
  type Change,
  type ChangeDirection,
  type ChangeEnd,
  type ChangeStrength,
  describeChange,
  pointValue,
  type SeriesChanges,
  type SeriesPointLike,
  seriesChanges,
} from './changes.js';
export { compareFigures, compareValues } from './compare-values.js';
export {
  comparisonSentence,
  type KeyFigureComparison,
  type KeyFigureInput,
  keyFigureSentence,
} from './key-figure.js';
export {
  DISPLAY_SCALE,
  EQUAL_TOLERANCE,
  formatKindValue,
  isRatioKind,
  MATERIAL_CHANGE,
  type PhraseKind,
  type RatioKind,
} from './kinds.js';
export { countNoun, singularOf } from './nouns.js';
export { capitalise, inPlace, type PlaceRef, placeName, SIMILAR_MUNICIPALITIES } from './places.js';
export { compareChanges, type RankOptions, rankChanges } from './rank-changes.js';
