/** Plans of approach (migration 0008). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt } from './columns.js';

export type PlanState = 'concept' | 'ingediend' | 'feedback' | 'definitief';
export type PlanActionStatus = 'gepland' | 'bezig' | 'afgerond' | 'uitgesteld' | 'geschrapt';
type Json<T extends object> = JSONColumnType<T, string, string>;
type NullableJson = JSONColumnType<Record<string, unknown> | null, string | null, string | null>;

export interface PlanTable {
  id: Generated<number>;
  /** A municipality of the 2025 division; one plan each. */
  nis: string;
  state: PlanState;
  /** One more with every change; the history names the version each change made. */
  version: ColumnType<number, number | undefined, number>;
  /** The release and catalog version key 1 was filled from. */
  release_id: string;
  catalog_version: string;
  /** Key 1's figures as the report showed them (src/plan/prefill.ts `Key1Prefill`). */
  prefill: Json<Record<string, unknown>>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PlanKeyTable {
  plan_id: number;
  key: number;
  situation: ColumnType<string, string | undefined, string>;
  goals: ColumnType<string, string | undefined, string>;
  revision: ColumnType<number, number | undefined, number>;
}

export interface PlanActionTable {
  id: Generated<number>;
  plan_id: number;
  key: number;
  what: string;
  kind: string;
  owner: string;
  partners: string;
  timing: string;
  budget: string;
  status: PlanActionStatus;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface PlanIndicatorTable {
  id: Generated<number>;
  plan_id: number;
  key: number;
  indicator_id: string;
  row_key: string;
  /** src/plan/figures.ts `Baseline`: value, text, period, release and catalog version. */
  baseline: Json<Record<string, unknown>>;
  target: string;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface PlanCommentTable {
  id: Generated<number>;
  plan_id: number;
  part: string;
  author_id: number | null;
  author_label: string;
  body: string;
  at: CreatedAt;
}

export interface PlanChangeTable {
  id: Generated<number>;
  plan_id: number;
  version: number;
  actor_id: number | null;
  actor_label: string;
  part: string;
  summary: string;
  before: NullableJson;
  after: NullableJson;
  at: CreatedAt;
}
