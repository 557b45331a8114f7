/**
 * The engine and the auditor on real suppression problems (one dataset and period each, exactly as the
 * plan passes them to suppressCells): two small ones shipped as fixtures, and every instance found in
 * the directory named by OA_DISCLOSURE_PROBLEMS when set (a developer aid; dump instances with
 * buildDisclosurePlan(..., solve = false)). Each must be solvable, with zeros hidden as "< T" where that
 * protects a small count, and audited clean.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  auditSuppression,
  type DisclosureProblem,
  type SuppressionKind,
  suppressCells,
} from '../../../src/indicators/disclosure/index.js';
import { policyViolations } from './assertions.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/disclosure');
const PROBLEMS = process.env.OA_DISCLOSURE_PROBLEMS ?? '';
/** Large instances take seconds to solve and audit; no timing is asserted, this only bounds a hang. */
const LIMIT_MS = 600_000;

function parse(json: string): DisclosureProblem {
  const raw = JSON.parse(json) as DisclosureProblem & { published?: readonly string[] };
  return { ...raw, published: raw.published ? new Set(raw.published) : undefined };
}

/**
 * Solves, audits and checks one instance: the policy is kept, and the auditor finds nothing recoverable
 * and nothing it could not prove. Every real instance must be feasible under the "< T" = 0..T−1 model; an
 * error names the cells no suppression can protect. Returns the suppression for further checks.
 */
function checkInstance(problem: DisclosureProblem): ReadonlyMap<string, SuppressionKind> {
  const { suppressed } = suppressCells(problem);
  expect(policyViolations(problem, suppressed)).toEqual([]);
  const audit = auditSuppression(problem, suppressed);
  expect(audit.recoverable.map((r) => r.id)).toEqual([]);
  expect(audit.unproven).toEqual([]);
  return suppressed;
}

describe('real instances shipped as fixtures', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json.gz'));

  it('ships the two small instances', () => {
    expect(fixtures.sort()).toEqual(['migratie-2020.json.gz', 'thuistaal-2020-2021.json.gz']);
  });

  it.each(fixtures)('%s: protected, audited clean, deterministic', (file) => {
    const problem = parse(gunzipSync(readFileSync(join(FIXTURES, file))).toString('utf8'));
    const first = checkInstance(problem);
    expect([...first].filter(([, k]) => k === 'primary').length).toBeGreaterThan(0);
    // The run is reproducible: the same input gives the same cells.
    expect([...suppressCells(problem).suppressed]).toEqual([...first]);
  });
});

describe(`real instances in ${PROBLEMS || 'OA_DISCLOSURE_PROBLEMS (not set)'}`, () => {
  const present = PROBLEMS !== '' && existsSync(PROBLEMS);
  const files = present
    ? readdirSync(PROBLEMS)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

  it.skipIf(!present)('holds instances', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(
      file,
      () => {
        checkInstance(parse(readFileSync(join(PROBLEMS, file), 'utf8')));
      },
      LIMIT_MS,
    );
  }
});
