/** Seeded, deterministic demonstration data for every data contract (files named DEMO-*.csv). */
export { demoFileName } from './contract-files.js';
export { generateDemoData } from './generate.js';
export type { DemoFile, DemoOptions } from './types.js';
