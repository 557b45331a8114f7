/**
 * Signing in with e-mail and password: the lock-out is checked before the password (a locked address
 * costs no hashing), an unknown address costs as much time as a known one, and a success starts a
 * server-side session.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import type { Lockout } from './lockout.js';
import type { Passwords } from './passwords.js';
import { credentialsByEmail, updateAccount } from './repository.js';
import type { Sessions } from './sessions.js';

export type SignInResult =
  | { readonly kind: 'ok'; readonly accountId: number; readonly sessionToken: string }
  | { readonly kind: 'locked'; readonly until: Date }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'disabled' };

export class PasswordSignIn {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly passwords: Passwords,
    private readonly lockout: Lockout,
    private readonly sessions: Sessions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async signIn(email: string, password: string): Promise<SignInResult> {
    const locked = await this.lockout.lockedUntil(email);
    if (locked) return { kind: 'locked', until: locked };
    const row = await credentialsByEmail(this.db, email);
    const hash = row?.password_hash;
    const right = hash
      ? await this.passwords.verify(hash, password)
      : (await this.passwords.waste(password), false);
    if (!row || !right) {
      const until = await this.lockout.fail(email);
      return until ? { kind: 'locked', until } : { kind: 'invalid' };
    }
    if (row.status !== 'active') return { kind: 'disabled' };
    await this.lockout.clear(email);
    return { kind: 'ok', accountId: row.id, sessionToken: await this.startSession(row.id, 'password') };
  }

  /** Starts a session for an account already identified (password or OpenID Connect). */
  async startSession(accountId: number, method: 'password' | 'oidc'): Promise<string> {
    await updateAccount(this.db, accountId, { signedInAt: this.now() });
    return this.sessions.start(accountId, method);
  }
}
