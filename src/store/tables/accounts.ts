/** Accounts, roles, sessions, sign-in limits, secrets and the audit log (migration 0001). */
import type { Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableTimestamp, Timestamp } from './columns.js';

export type AccountStatus = 'invited' | 'active' | 'disabled';

export interface UserAccountTable {
  id: Generated<number>;
  /** Lower-cased e-mail address, unique. */
  email: string;
  display_name: string;
  /** argon2id hash (PHC string); null until the person sets a password (or signs in only by OIDC). */
  password_hash: string | null;
  status: AccountStatus;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  last_sign_in_at: NullableTimestamp;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface UserMunicipalityTable {
  user_id: number;
  /** A municipality of the 2025 division (5-digit NIS code). */
  nis: string;
}

export type TokenPurpose = 'invite' | 'reset';

export interface AccountTokenTable {
  id: Generated<number>;
  user_id: number;
  purpose: TokenPurpose;
  /** SHA-256 of the token: the link itself is never stored. */
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface SessionTable {
  /** SHA-256 of the cookie value. */
  id_hash: string;
  user_id: number;
  method: 'password' | 'oidc';
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface SignInFailureTable {
  /** SHA-256 of the lower-cased e-mail address typed (also for addresses without an account). */
  key_hash: string;
  failures: number;
  first_failure_at: Timestamp;
  locked_until: NullableTimestamp;
}

export interface RateLimitTable {
  /** The route and a keyed hash of the client address (never the address itself). */
  key: string;
  hits: number;
  reset_at: Timestamp;
}

export interface AppSecretTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  /** Who acted, as shown: an e-mail address, `cli:<os user>`, `oidc` or `systeem`. */
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
}
