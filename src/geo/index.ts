/** Geography of Flanders on the 2019-2024 and 2025 municipal divisions. */
export { displayName } from './display.js';
export { createGeography, DEFAULT_DATA_DIR, loadGeography } from './geography.js';
export type { Area, AreaParents, CrosswalkEntry, Geography, SearchHit, SearchHitKind } from './types.js';
