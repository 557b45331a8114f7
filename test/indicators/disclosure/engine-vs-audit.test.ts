import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecoverabilityCheck } from '../../../src/indicators/disclosure/engine-check.js';
import { indexProblem } from '../../../src/indicators/disclosure/engine-index.js';
import { EngineState, PRIMARY, SECONDARY } from '../../../src/indicators/disclosure/engine-state.js';
import { auditSuppression, type SuppressionKind } from '../../../src/indicators/disclosure/index.js';
import { randomTable } from './random-tables.js';
import { primaryOnly } from './tables.js';

describe("the engine's own recoverability check", () => {
  it('finds exactly the cells the independent auditor flags, for random suppressions', () => {
    const arb = fc.record({
      problem: randomTable,
      picks: fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
    });
    fc.assert(
      fc.property(arb, ({ problem, picks }) => {
        // The small counts plus a random subset of the cells the policy allows to hide for protection:
        // zeros as "< T" (primary), cells ≥ T as "x" (secondary).
        const marks = new Map<string, SuppressionKind>(primaryOnly(problem));
        problem.cells.forEach((c, i) => {
          if (problem.published?.has(c.id) || !picks[i % picks.length]) return;
          if (c.value >= problem.threshold) marks.set(c.id, 'secondary');
          else if (c.value === 0) marks.set(c.id, 'primary');
        });
        const index = indexProblem(problem);
        const state = new EngineState(index);
        index.ids.forEach((id, i) => {
          const kind = marks.get(id);
          if (kind) state.suppress(i, kind === 'primary' ? PRIMARY : SECONDARY);
        });
        const engine = new RecoverabilityCheck(index, new Uint8Array(index.ids.length).fill(1))
          .recoverable(state)
          .map((i) => index.ids[i]);
        const audit = auditSuppression(problem, marks).recoverable.map((r) => r.id);
        expect(engine).toEqual(audit);
      }),
      { numRuns: 300 },
    );
  });
});
