/**
 * The rules of plans of approach on the store: start once, versions with history, states and who moves
 * them, comments, and concurrency (a second save from an older revision is told, with both texts, and
 * nothing is lost). Runs on PGlite and, in `npm run test:db`, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/audit/repository.js';
import type { Key1Prefill } from '../../src/plan/figures.js';
import { PlanError, Plans } from '../../src/plan/service.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { openTestWorkflow } from '../support/test-workflow.js';

/** A prefill without figures: these tests are about the rules, test/plan/plan-web.test.ts about the figures. */
const PREFILL: Key1Prefill = {
  subject: 'Gent',
  releaseId: 'release-a',
  releaseBuiltAt: '2026-01-15T10:00:00.000Z',
  catalogVersion: '2026.1.0',
  year: 2021,
  figures: [],
  changes: [],
  similar: [],
  demo: false,
};
const ANNA: Actor = { id: null, label: 'anna@gent.test' };
const BERT: Actor = { id: null, label: 'bert@gent.test' };
const COACH: Actor = { id: null, label: 'coach@agii.test' };
const ACTION = {
  what: 'Taalondersteuning aan de balie',
  kind: 'taal',
  owner: 'dienst burgerzaken',
  partners: 'Huis van het Nederlands',
  timing: '2026',
  budget: '€ 5.000',
  status: 'gepland',
} as const;

let wf: Workflow & { dispose(): Promise<void> };
let plans: Plans;

beforeAll(async () => {
  wf = await openTestWorkflow();
  plans = new Plans(wf.db);
});
afterAll(async () => wf?.dispose());

describe('plans of approach', () => {
  it('starts a plan once, with five keys and the history of its start', async () => {
    expect(await plans.start('44021', PREFILL, ANNA)).toBe(true);
    expect(await plans.start('44021', PREFILL, BERT)).toBe(false);
    const view = await plans.get('44021');
    expect(view?.plan.state).toBe('concept');
    expect(view?.plan.releaseId).toBe('release-a');
    expect(view?.keys.map((k) => k.key)).toEqual([1, 2, 3, 4, 5]);
    const history = await plans.history('44021');
    expect(history.map((h) => [h.version, h.actor, h.summary])).toEqual([
      [1, 'anna@gent.test', 'plan gestart; sleutel 1 ingevuld met de cijfers van release release-a'],
    ]);
  });

  it('tells the second of two concurrent saves of a key, with both texts, and keeps the first', async () => {
    const start = (await plans.get('44021'))?.keys.find((k) => k.key === 2);
    const revision = start?.revision as number;
    const first = await plans.saveKey(
      '44021',
      2,
      revision,
      { situation: 'tekst van Anna', goals: 'A' },
      ANNA,
    );
    expect(first.kind).toBe('saved');
    const second = await plans.saveKey(
      '44021',
      2,
      revision,
      { situation: 'tekst van Bert', goals: 'B' },
      BERT,
    );
    expect(second.kind).toBe('conflict');
    if (second.kind !== 'conflict') return;
    expect(second.theirs?.situation).toBe('tekst van Anna');
    expect(second.yours.situation).toBe('tekst van Bert');
    expect(second.by).toBe('anna@gent.test');
    const stored = (await plans.get('44021'))?.keys.find((k) => k.key === 2);
    expect(stored?.situation).toBe('tekst van Anna');
    // Saving again from the revision now stored works.
    const again = await plans.saveKey(
      '44021',
      2,
      stored?.revision as number,
      { situation: 'tekst van Anna en Bert', goals: 'A en B' },
      BERT,
    );
    expect(again.kind).toBe('saved');
  });

  it('adds, changes and removes actions, each a version in the history with before and after', async () => {
    await plans.addAction('44021', 4, ACTION, ANNA);
    const action = (await plans.get('44021'))?.actions[0];
    expect(action).toMatchObject({ key: 4, what: ACTION.what, status: 'gepland', revision: 1 });
    const id = action?.id as number;
    expect((await plans.updateAction('44021', id, 1, { ...ACTION, status: 'bezig' }, ANNA)).kind).toBe(
      'saved',
    );
    const stale = await plans.updateAction('44021', id, 1, { ...ACTION, owner: 'Bert' }, BERT);
    expect(stale.kind).toBe('conflict');
    const history = await plans.history('44021');
    expect(history[0]).toMatchObject({ part: `actie-${id}`, summary: 'sleutel 4: actie aangepast' });
    expect(history[0]?.before).toMatchObject({ status: 'gepland' });
    expect(history[0]?.after).toMatchObject({ status: 'bezig' });
    expect((await plans.removeAction('44021', id, 1, ANNA)).kind).toBe('conflict');
    expect((await plans.removeAction('44021', id, 2, ANNA)).kind).toBe('saved');
    expect((await plans.get('44021'))?.actions).toEqual([]);
    const versions = history.map((h) => h.version);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
  });

  it('refuses an action without what, or of an unknown kind', async () => {
    await expect(plans.addAction('44021', 4, { ...ACTION, what: '  ' }, ANNA)).rejects.toThrow('Zeg wat');
    await expect(plans.addAction('44021', 4, { ...ACTION, kind: 'iets' }, ANNA)).rejects.toThrow(PlanError);
  });

  it('moves through concept → ingediend → feedback → definitief, each step by whom it belongs to', async () => {
    await expect(plans.move('44021', 'feedback', 'coach', COACH)).rejects.toThrow('kan nu niet');
    await plans.move('44021', 'ingediend', 'officer', ANNA);
    await expect(plans.saveKey('44021', 3, 1, { situation: 'x', goals: '' }, ANNA)).rejects.toThrow(
      'ingediend',
    );
    await expect(plans.move('44021', 'feedback', 'officer', ANNA)).rejects.toThrow(PlanError);
    await plans.comment('44021', 'sleutel-4', 'Denk aan de bibliotheek als partner.', COACH);
    await plans.move('44021', 'feedback', 'coach', COACH);
    expect((await plans.saveKey('44021', 3, 1, { situation: 'na feedback', goals: '' }, ANNA)).kind).toBe(
      'saved',
    );
    await plans.move('44021', 'definitief', 'officer', ANNA);
    const view = await plans.get('44021');
    expect(view?.plan.state).toBe('definitief');
    expect(view?.comments.map((c) => [c.part, c.author, c.body])).toEqual([
      ['sleutel-4', 'coach@agii.test', 'Denk aan de bibliotheek als partner.'],
    ]);
    await expect(plans.comment('44021', 'elders', 'x', COACH)).rejects.toThrow('Onbekend onderdeel');
    const audit = await wf.audit.list({ limit: 100, subject: { type: 'plan', id: '44021' } });
    expect(audit.map((a) => a.action)).toContain('plan.opmerking');
    expect(audit.map((a) => a.action)).toContain('plan.gestart');
  });

  it('says so for a municipality without a plan', async () => {
    expect(await plans.get('11002')).toBeUndefined();
    await expect(plans.history('11002')).rejects.toThrow('nog geen plan');
  });
});
