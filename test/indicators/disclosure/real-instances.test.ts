/**
 * The engine and the auditor on real suppression problems (one dataset and period each, exactly as the
 * plan passes them to suppressCells): two small ones shipped as fixtures, and every instance found in
 * the directory named by OA_DISCLOSURE_PROBLEMS when set (a developer aid; dump instances with
 * buildDisclosurePlan(..., solve = false)). A problem that no suppression can protect must be reported as
 * such, with cells the auditor independently proves recoverable, and a best effort that protects the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  auditSuppression,
  DisclosureInfeasibleError,
  type DisclosureProblem,
  type SuppressionKind,
  suppressCells,
} from '../../../src/indicators/disclosure/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/disclosure');
const PROBLEMS = process.env.OA_DISCLOSURE_PROBLEMS ?? '';
/** Large instances take seconds to solve and audit; no timing is asserted, this only bounds a hang. */
const LIMIT_MS = 600_000;

function parse(json: string): DisclosureProblem {
  const raw = JSON.parse(json) as DisclosureProblem & { published?: readonly string[] };
  return { ...raw, published: raw.published ? new Set(raw.published) : undefined };
}

/** Primary cells hidden as primary, secondary cells only at or above the threshold, nothing published. */
function expectPolicy(problem: DisclosureProblem, suppressed: ReadonlyMap<string, SuppressionKind>): void {
  const T = problem.threshold;
  const wrong: string[] = [];
  for (const cell of problem.cells) {
    const kind = suppressed.get(cell.id);
    const small = cell.value > 0 && cell.value < T;
    if (problem.published?.has(cell.id)) {
      if (kind !== undefined) wrong.push(`${cell.id} is published`);
    } else if (small !== (kind === 'primary')) wrong.push(`${cell.id} = ${cell.value} is ${kind ?? 'shown'}`);
    else if (kind === 'secondary' && cell.value < T) wrong.push(`${cell.id} = ${cell.value} is secondary`);
  }
  expect(wrong).toEqual([]);
}

/** Solves, audits and checks one instance; the solved result is returned for further checks. */
function checkInstance(problem: DisclosureProblem): ReadonlyMap<string, SuppressionKind> {
  let error: DisclosureInfeasibleError | undefined;
  let suppressed: ReadonlyMap<string, SuppressionKind>;
  try {
    suppressed = suppressCells(problem).suppressed;
  } catch (e) {
    if (!(e instanceof DisclosureInfeasibleError) || !e.partial) throw e;
    error = e;
    suppressed = e.partial.suppressed;
  }
  expectPolicy(problem, suppressed);
  const audit = auditSuppression(problem, suppressed);
  const recoverable = audit.recoverable.map((r) => r.id);
  if (!error) {
    expect(recoverable).toEqual([]);
    expect(audit.unproven).toEqual([]);
    return suppressed;
  }
  // Every cell the engine calls unprotectable is recoverable by the auditor's own proof (not a guess) …
  const unproven = new Set(audit.unproven);
  const flagged = new Set(recoverable);
  expect(error.cellIds.filter((id) => !flagged.has(id) || unproven.has(id))).toEqual([]);
  // … and anything else it flags is a cell the engine left undecided, or one it could not prove either way.
  const explained = new Set([...error.cellIds, ...error.undecidedIds, ...audit.unproven]);
  expect(recoverable.filter((id) => !explained.has(id))).toEqual([]);
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
