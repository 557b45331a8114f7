/** A workflow on a fresh test store, with cheap password hashing and a clock the test can move. */
import type { LockoutRules } from '../../src/accounts/lockout.js';
import type { Actor } from '../../src/audit/repository.js';
import type { NisCode } from '../../src/domain/brand.js';
import { loadGeography } from '../../src/geo/index.js';
import { openWorkflow, type Workflow } from '../../src/workflow/open-workflow.js';
import type { WorkflowSettings } from '../../src/workflow/settings.js';
import { openTestStore } from './test-store.js';

/** argon2id still, but 1 MiB and one pass: tests are about the rules, the bench measures the cost. */
export const TEST_PASSWORD_COST = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export const SYSTEM: Actor = { id: null, label: 'test' };

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = new Date('2026-03-02T09:00:00Z')): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

let geo: ReturnType<typeof loadGeography> | undefined;

export function isMunicipality2025(nis: string): boolean {
  geo ??= loadGeography();
  return geo.area('2025', 'municipality', nis as NisCode) !== undefined;
}

export async function openTestWorkflow(
  options: {
    settings?: Partial<WorkflowSettings>;
    clock?: TestClock;
    lockoutRules?: LockoutRules;
    runJobs?: boolean;
  } = {},
): Promise<Workflow & { dispose(): Promise<void> }> {
  const store = await openTestStore();
  const workflow = await openWorkflow({
    store,
    settings: {
      publicUrl: 'http://oa.test',
      mailFrom: 'oa@test.invalid',
      trustProxy: false,
      ...options.settings,
    },
    isMunicipality: isMunicipality2025,
    passwordCost: TEST_PASSWORD_COST,
    ...(options.clock ? { now: options.clock.now } : {}),
    ...(options.lockoutRules ? { lockoutRules: options.lockoutRules } : {}),
    runJobs: options.runJobs ?? false,
  });
  return {
    ...workflow,
    dispose: async () => {
      await workflow.close();
      await store.dispose();
    },
  };
}
