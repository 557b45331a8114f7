/**
 * Secrets shared by every web node (cookie signing, CSRF, keyed hashes of client addresses): made once
 * in the store on first start, so nodes need no configuration to agree and nothing lives on one node.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';

export interface AppSecrets {
  readonly cookie: string;
  readonly csrf: string;
  readonly clientKey: string;
}

async function secret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto('app_secret')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secret')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function appSecrets(db: Kysely<Database>): Promise<AppSecrets> {
  return {
    cookie: await secret(db, 'cookie'),
    csrf: await secret(db, 'csrf'),
    clientKey: await secret(db, 'client-key'),
  };
}
