/** argon2id password hashes (PHC strings with their own parameters, so a cost change keeps old hashes valid). */
import argon2 from 'argon2';

export interface PasswordCost {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/** The argon2 package's defaults (64 MiB, 3 passes, 4 lanes): about 0.1 s per hash on one core. */
export const DEFAULT_PASSWORD_COST: PasswordCost = { memoryCost: 65536, timeCost: 3, parallelism: 4 };

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
