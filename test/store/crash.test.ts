/** Nothing half-written: a process killed (SIGKILL) in the middle of a multi-step change leaves no partial record. */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { freshStoreConfig } from '../support/test-store.js';

function killMidWrite(config: unknown, mode: 'service' | 'no-transaction'): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'crash-child.ts'), [JSON.stringify(config), mode], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('message', (m) => {
      if (m === 'mid') child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal ? resolve(signal) : reject(new Error(`child ended (${code}) before the kill:\n${err}`)),
    );
  });
}

async function leftovers(config: Parameters<typeof openStore>[0]) {
  const store = await openStore(config); // PGlite: recovers after the crash; the dead process's lock is taken over
  try {
    const account = await store.db
      .selectFrom('user_account')
      .select('id')
      .where('email', '=', 'half@gent.be')
      .executeTakeFirst();
    const counts = await Promise.all(
      (
        ['user_role', 'user_municipality', 'account_token', 'mail_message', 'job', 'audit_event'] as const
      ).map(async (t) =>
        Number(
          (
            await store.db
              .selectFrom(t)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );
    return { account: account !== undefined, rows: counts.reduce((a, b) => a + b, 0) };
  } finally {
    await store.close();
  }
}

describe('a crash mid-write', () => {
  it('leaves no trace of an invitation killed before its commit', async () => {
    const { config, cleanup } = await freshStoreConfig();
    try {
      expect(await killMidWrite(config, 'service')).toBe('SIGKILL');
      expect(await leftovers(config)).toEqual({ account: false, rows: 0 });
    } finally {
      await cleanup();
    }
  });

  it('would leave a partial account if the same steps were not one transaction (the test can fail)', async () => {
    const { config, cleanup } = await freshStoreConfig();
    try {
      expect(await killMidWrite(config, 'no-transaction')).toBe('SIGKILL');
      expect((await leftovers(config)).account).toBe(true);
    } finally {
      await cleanup();
    }
  });
});
