/**
 * Plans of approach: the rules. Every change is one transaction that locks the plan's row, checks the
 * state, writes the part, adds a version with its history entry (who, what, before and after) and an
 * audit entry. Parts carry a revision: a save names the revision it started from, and a save that
 * started from an older one is told, with both texts, instead of overwriting what the other person saved.
 */
import type { Kysely } from 'kysely';
import { type Actor, recordAudit } from '../audit/repository.js';
import type { Database, PlanState } from '../store/tables.js';
import type { Baseline, Key1Prefill } from './figures.js';
import { key1Situation } from './figures.js';
import { KEY_FIELDS, type KeyNumber, STATE_LABELS } from './keys.js';
import {
  bumpVersion,
  type ChangeRow,
  type CommentRow,
  findPlan,
  getKey,
  insertChange,
  insertComment,
  insertPlan,
  type KeyRow,
  listChanges,
  listComments,
  listKeys,
  listPlans,
  type PlanRow,
  setState,
  updateKey,
} from './repository.js';
import {
  type ActionFields,
  type ActionRow,
  deleteAction,
  deleteIndicator,
  getAction,
  getIndicator,
  type IndicatorRow,
  insertAction,
  insertIndicator,
  listActions,
  listIndicators,
  updateAction,
  updateIndicatorTarget,
} from './repository-parts.js';
import { checkAction, checkText, type KeyTexts, MAX_FIELD, MAX_TEXT, PlanError } from './rules.js';
import { editable, findTransition, notEditableReason, type PlanRole } from './states.js';

export interface PlanView {
  readonly plan: PlanRow;
  readonly keys: readonly KeyRow[];
  readonly actions: readonly ActionRow[];
  readonly indicators: readonly IndicatorRow[];
  readonly comments: readonly CommentRow[];
}

/** The outcome of a save of a part that someone else may have saved in between. */
export type Saved<Theirs, Yours> =
  | { readonly kind: 'saved'; readonly version: number }
  | {
      readonly kind: 'conflict';
      /** What is stored now (undefined: removed in between). */
      readonly theirs: Theirs | undefined;
      readonly yours: Yours;
      /** Who saved in between, and when (the last change of the part). */
      readonly by: string | undefined;
      readonly at: Date | undefined;
    };

type Part = { part: string; summary: string; before: object | null; after: object | null };
type Conflict = { conflict: Omit<Extract<Saved<unknown, unknown>, { kind: 'conflict' }>, 'by' | 'at'> };

export { PlanError } from './rules.js';

export class Plans {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(nis: string): Promise<PlanView | undefined> {
    const plan = await findPlan(this.db, nis);
    return plan ? this.view(this.db, plan) : undefined;
  }

  async all(): Promise<PlanView[]> {
    const plans = await listPlans(this.db);
    return Promise.all(plans.map((p) => this.view(this.db, p)));
  }

  private async view(db: Kysely<Database>, plan: PlanRow): Promise<PlanView> {
    const [keys, actions, indicators, comments] = await Promise.all([
      listKeys(db, plan.id),
      listActions(db, plan.id),
      listIndicators(db, plan.id),
      listComments(db, plan.id),
    ]);
    return { plan, keys, actions, indicators, comments };
  }

  async history(nis: string): Promise<ChangeRow[]> {
    const plan = await this.require(this.db, nis);
    return listChanges(this.db, plan.id);
  }

  /** Starts the plan of a municipality, key 1 filled from its report; false when it already had one. */
  async start(nis: string, prefill: Key1Prefill, actor: Actor): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      if (await findPlan(tx, nis, true)) return false;
      const id = await insertPlan(tx, {
        nis,
        prefill,
        createdBy: actor.id,
        situation1: key1Situation(prefill),
      });
      const after = { release: prefill.releaseId, catalogus: prefill.catalogVersion };
      await insertChange(tx, {
        planId: id,
        version: 1,
        actorId: actor.id,
        actorLabel: actor.label,
        part: 'plan',
        summary: `plan gestart; sleutel 1 ingevuld met de cijfers van release ${prefill.releaseId}`,
        before: null,
        after,
        at: this.now(),
      });
      await recordAudit(tx, { actor, action: 'plan.gestart', subjectType: 'plan', subjectId: nis, after });
      return true;
    });
  }

  async saveKey(
    nis: string,
    key: KeyNumber,
    revision: number,
    texts: KeyTexts,
    actor: Actor,
  ): Promise<Saved<KeyRow, KeyTexts>> {
    checkText(KEY_FIELDS.situation, texts.situation, MAX_TEXT);
    checkText(KEY_FIELDS.goals, texts.goals, MAX_TEXT);
    return this.change(nis, actor, `sleutel-${key}`, async (tx, plan) => {
      const before = await getKey(tx, plan.id, key);
      if (!before) throw new PlanError(`Sleutel ${key} bestaat niet.`, 404);
      if (!(await updateKey(tx, plan.id, key, revision, texts)))
        return { conflict: { kind: 'conflict', theirs: before, yours: texts } };
      return {
        part: `sleutel-${key}`,
        summary: `sleutel ${key}: teksten aangepast`,
        before: { situation: before.situation, goals: before.goals },
        after: texts,
      };
    });
  }

  async addAction(nis: string, key: KeyNumber, fields: ActionFields, actor: Actor): Promise<number> {
    const checked = checkAction(fields);
    const saved = await this.change(nis, actor, `sleutel-${key}`, async (tx, plan) => {
      const id = await insertAction(tx, plan.id, key, checked);
      return {
        part: `actie-${id}`,
        summary: `sleutel ${key}: actie toegevoegd`,
        before: null,
        after: checked,
      };
    });
    return saved.kind === 'saved' ? saved.version : 0;
  }

  async updateAction(
    nis: string,
    id: number,
    revision: number,
    fields: ActionFields,
    actor: Actor,
  ): Promise<Saved<ActionRow, ActionFields>> {
    const checked = checkAction(fields);
    return this.change(nis, actor, `actie-${id}`, async (tx, plan) => {
      const before = await getAction(tx, plan.id, id);
      if (!before || !(await updateAction(tx, plan.id, id, revision, checked)))
        return { conflict: { kind: 'conflict', theirs: before, yours: checked } };
      return {
        part: `actie-${id}`,
        summary: `sleutel ${before.key}: actie aangepast`,
        before: actionFieldsOf(before),
        after: checked,
      };
    });
  }

  async removeAction(
    nis: string,
    id: number,
    revision: number,
    actor: Actor,
  ): Promise<Saved<ActionRow, undefined>> {
    return this.change(nis, actor, `actie-${id}`, async (tx, plan) => {
      const before = await getAction(tx, plan.id, id);
      if (!before || !(await deleteAction(tx, plan.id, id, revision)))
        return { conflict: { kind: 'conflict', theirs: before, yours: undefined } };
      return {
        part: `actie-${id}`,
        summary: `sleutel ${before.key}: actie geschrapt`,
        before: actionFieldsOf(before),
        after: null,
      };
    });
  }

  async addIndicator(
    nis: string,
    key: KeyNumber,
    baseline: Baseline,
    target: string,
    actor: Actor,
  ): Promise<void> {
    checkText('Doel', target, MAX_FIELD);
    await this.change(nis, actor, `sleutel-${key}`, async (tx, plan) => {
      const id = await insertIndicator(tx, plan.id, key, baseline, target.trim());
      if (id === undefined)
        throw new PlanError(`Sleutel ${key} volgt "${baseline.title}" al; pas het doel daar aan.`, 409);
      return {
        part: `indicator-${id}`,
        summary: `sleutel ${key}: indicator "${baseline.title}" te volgen`,
        before: null,
        after: { baseline: baseline.shown, periode: baseline.periodLabel, doel: target.trim() },
      };
    });
  }

  async updateIndicator(
    nis: string,
    id: number,
    revision: number,
    target: string | null,
    actor: Actor,
  ): Promise<Saved<IndicatorRow, string | null>> {
    if (target !== null) checkText('Doel', target, MAX_FIELD);
    return this.change(nis, actor, `indicator-${id}`, async (tx, plan) => {
      const before = await getIndicator(tx, plan.id, id);
      const done =
        before &&
        (target === null
          ? await deleteIndicator(tx, plan.id, id, revision)
          : await updateIndicatorTarget(tx, plan.id, id, revision, target.trim()));
      if (!before || !done) return { conflict: { kind: 'conflict', theirs: before, yours: target } };
      return {
        part: `indicator-${id}`,
        summary:
          target === null
            ? `sleutel ${before.key}: indicator "${before.baseline.title}" niet meer gevolgd`
            : `sleutel ${before.key}: doel van "${before.baseline.title}" aangepast`,
        before: { doel: before.target },
        after: target === null ? null : { doel: target.trim() },
      };
    });
  }

  /** Moves the plan to another state, if `by` may (states.ts). */
  async move(nis: string, to: PlanState, by: PlanRole, actor: Actor): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const plan = await this.require(tx, nis, true);
      const t = findTransition(plan.state, to, by);
      if (!t)
        throw new PlanError(
          `Het plan is ${STATE_LABELS[plan.state]}: het kan nu niet naar "${STATE_LABELS[to]}".`,
        );
      await setState(tx, plan.id, to);
      await this.record(tx, plan, actor, {
        part: 'plan',
        summary: t.summary,
        before: { status: plan.state },
        after: { status: to },
      });
    });
  }

  /** A comment on a part of the plan (any state). */
  async comment(nis: string, part: string, body: string, actor: Actor): Promise<void> {
    const text = body.trim();
    if (text === '') throw new PlanError('Schrijf een opmerking.', 400);
    checkText('De opmerking', text, MAX_TEXT);
    if (!/^(plan|sleutel-[1-5]|actie-\d+|indicator-\d+)$/.test(part))
      throw new PlanError('Onbekend onderdeel van het plan.', 400);
    await this.db.transaction().execute(async (tx) => {
      const plan = await this.require(tx, nis, true);
      const id = await insertComment(tx, {
        planId: plan.id,
        part,
        authorId: actor.id,
        authorLabel: actor.label,
        body: text,
        at: this.now(),
      });
      await recordAudit(tx, {
        actor,
        action: 'plan.opmerking',
        subjectType: 'plan',
        subjectId: nis,
        after: { opmerking: id, onderdeel: part },
      });
    });
  }

  private async require(db: Kysely<Database>, nis: string, lock = false): Promise<PlanRow> {
    const plan = await findPlan(db, nis, lock);
    if (!plan) throw new PlanError('Deze gemeente heeft nog geen plan van aanpak.', 404);
    return plan;
  }

  /** One editing step: lock, check the state, write, then a new version with its history and audit. */
  private async change<T extends Saved<unknown, unknown>>(
    nis: string,
    actor: Actor,
    part: string,
    write: (tx: Kysely<Database>, plan: PlanRow) => Promise<Part | Conflict>,
  ): Promise<T> {
    const outcome = await this.db.transaction().execute(async (tx) => {
      const plan = await this.require(tx, nis, true);
      if (!editable(plan.state)) throw new PlanError(notEditableReason(plan.state));
      const done = await write(tx, plan);
      if ('conflict' in done) {
        const last = (await listChanges(tx, plan.id, part))[0];
        return { ...done.conflict, by: last?.actor, at: last?.at };
      }
      return { kind: 'saved' as const, version: await this.record(tx, plan, actor, done) };
    });
    return outcome as T;
  }

  private async record(tx: Kysely<Database>, plan: PlanRow, actor: Actor, done: Part): Promise<number> {
    const at = this.now();
    const version = await bumpVersion(tx, plan.id, at);
    const before = done.before as Record<string, unknown> | null;
    const after = done.after as Record<string, unknown> | null;
    await insertChange(tx, {
      planId: plan.id,
      version,
      actorId: actor.id,
      actorLabel: actor.label,
      part: done.part,
      summary: done.summary,
      before,
      after,
      at,
    });
    await recordAudit(tx, {
      actor,
      action: 'plan.gewijzigd',
      subjectType: 'plan',
      subjectId: plan.nis,
      before: { versie: version - 1, onderdeel: done.part, ...(before ?? {}) },
      after: { versie: version, samenvatting: done.summary, ...(after ?? {}) },
    });
    return version;
  }
}

function actionFieldsOf(a: ActionRow): ActionFields {
  return {
    what: a.what,
    kind: a.kind,
    owner: a.owner,
    partners: a.partners,
    timing: a.timing,
    budget: a.budget,
    status: a.status,
  };
}
