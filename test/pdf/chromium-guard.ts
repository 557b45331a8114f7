/**
 * PDF tests need Chromium. `npm test` runs on machines without it, so there they are skipped; CI runs
 * them again after installing Chromium with OA_REQUIRE_CHROMIUM=1, and then a missing Chromium fails.
 */
import { describe } from 'vitest';
import { chromiumInstalled, chromiumPath } from '../../src/pdf/chromium-path.js';

export const CHROMIUM = chromiumPath();
export const CHROMIUM_REQUIRED = process.env.OA_REQUIRE_CHROMIUM === '1';
export const describeWithChromium = CHROMIUM_REQUIRED
  ? describe
  : describe.skipIf(!chromiumInstalled(CHROMIUM));
