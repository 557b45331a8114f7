/**
 * One plan as its exports show it (Word, PDF, JSON): the five keys with their texts, actions and
 * indicators, key 1's figures from the report, and per indicator what changed "sinds het plan".
 */
import { ACTION_KINDS, type ActionKind, KEY_TITLES, KEYS, type KeyNumber, STATE_LABELS } from './keys.js';
import type { ActionRow } from './repository-parts.js';
import type { PlanView } from './service.js';

export const PLAN_SCHEMA = 'omgevingsanalyse.plan-van-aanpak';
export const PLAN_SCHEMA_VERSION = '1.0.0';

export interface ExportIndicator {
  readonly title: string;
  readonly baseline: string;
  readonly period: string;
  readonly demo: boolean;
  readonly release: string;
  readonly target: string;
  readonly since: string | null;
}

export interface ExportKey {
  readonly key: KeyNumber;
  readonly title: string;
  readonly situation: string;
  readonly goals: string;
  readonly actions: readonly (Omit<ActionRow, 'revision' | 'key' | 'kind'> & { readonly kind: string })[];
  readonly indicators: readonly ExportIndicator[];
}

export interface PlanExport {
  readonly schema: typeof PLAN_SCHEMA;
  readonly schemaVersion: typeof PLAN_SCHEMA_VERSION;
  readonly municipality: { readonly nis: string; readonly label: string };
  readonly state: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly exportedAt: string;
  /** Key 1's figures as the report of this release showed them. */
  readonly figures: PlanView['plan']['prefill'];
  readonly keys: readonly ExportKey[];
  readonly comments: readonly { part: string; author: string; body: string; at: string }[];
}

export function planExport(
  view: PlanView,
  label: string,
  since: ReadonlyMap<number, string | null>,
  now: Date,
): PlanExport {
  const { plan } = view;
  return {
    schema: PLAN_SCHEMA,
    schemaVersion: PLAN_SCHEMA_VERSION,
    municipality: { nis: plan.nis, label },
    state: STATE_LABELS[plan.state],
    version: plan.version,
    updatedAt: plan.updatedAt.toISOString(),
    exportedAt: now.toISOString(),
    figures: plan.prefill,
    keys: KEYS.map((k) => {
      const row = view.keys.find((r) => r.key === k);
      return {
        key: k,
        title: KEY_TITLES[k],
        situation: row?.situation ?? '',
        goals: row?.goals ?? '',
        actions: view.actions
          .filter((a) => a.key === k)
          .map((a) => ({
            id: a.id,
            what: a.what,
            kind: ACTION_KINDS[a.kind as ActionKind] ?? a.kind,
            owner: a.owner,
            partners: a.partners,
            timing: a.timing,
            budget: a.budget,
            status: a.status,
          })),
        indicators: view.indicators
          .filter((i) => i.key === k)
          .map((i) => ({
            title: i.baseline.title,
            baseline: i.baseline.shown,
            period: i.baseline.periodLabel,
            demo: i.baseline.demo,
            release: i.baseline.releaseId,
            target: i.target,
            since: since.get(i.id) ?? null,
          })),
      };
    }),
    comments: view.comments.map((c) => ({
      part: c.part,
      author: c.author,
      body: c.body,
      at: c.at.toISOString(),
    })),
  };
}
