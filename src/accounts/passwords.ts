/** argon2id password hashes (PHC strings with their own parameters, so a cost change keeps old hashes valid). */
import argon2 from 'argon2';

export interface PasswordCost {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/**
 * OWASP's recommended argon2id setting (19 MiB, 2 passes, 1 lane). The argon2 package's default (64 MiB,
 * t=3, p=4) measured about 0.5 s per sign-in on the shared 2-core machine (`npm run bench`), which makes
 * sign-in itself a way to load the server; this setting is the cost that bench reports.
 */
export const DEFAULT_PASSWORD_COST: PasswordCost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export interface Passwords {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Runs a verification that always fails, so an unknown e-mail costs as long as a known one. */
  waste(password: string): Promise<void>;
}

export function argon2Passwords(cost: PasswordCost = DEFAULT_PASSWORD_COST): Passwords {
  const options = { type: argon2.argon2id as 2, ...cost };
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => argon2.hash(password, options),
    verify: async (hash, password) => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
    waste: async (password) => {
      dummy ??= argon2.hash('geen-account-geen-wachtwoord', options);
      await argon2.verify(await dummy, password).catch(() => false);
    },
  };
}
