/** The SQL of accounts: people, their roles and municipalities. */
import type { Kysely } from 'kysely';
import type { Role } from '../access/principal.js';
import type { AccountStatus, Database } from '../store/tables.js';

export interface Account {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly status: AccountStatus;
  readonly hasPassword: boolean;
  readonly roles: readonly Role[];
  readonly municipalities: readonly string[];
  readonly oidc: boolean;
  readonly createdAt: Date;
  readonly lastSignInAt: Date | null;
}

type Db = Kysely<Database>;

export async function loadAccounts(db: Db, ids?: readonly number[]): Promise<Account[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('user_account').selectAll().orderBy('email');
  if (ids) query = query.where('id', 'in', ids);
  const users = await query.execute();
  if (users.length === 0) return [];
  const userIds = users.map((u) => u.id);
  const [roles, places] = await Promise.all([
    db.selectFrom('user_role').selectAll().where('user_id', 'in', userIds).orderBy('role').execute(),
    db.selectFrom('user_municipality').selectAll().where('user_id', 'in', userIds).orderBy('nis').execute(),
  ]);
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.display_name,
    status: u.status,
    hasPassword: u.password_hash !== null,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role as Role),
    municipalities: places.filter((p) => p.user_id === u.id).map((p) => p.nis),
    oidc: u.oidc_subject !== null,
    createdAt: u.created_at,
    lastSignInAt: u.last_sign_in_at,
  }));
}

export async function loadAccount(db: Db, id: number): Promise<Account | undefined> {
  return (await loadAccounts(db, [id]))[0];
}

export async function accountIdByEmail(db: Db, email: string): Promise<number | undefined> {
  const row = await db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}

export async function credentialsByEmail(db: Db, email: string) {
  return db
    .selectFrom('user_account')
    .select(['id', 'status', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function accountIdsOfMunicipality(db: Db, nis: string): Promise<number[]> {
  const rows = await db.selectFrom('user_municipality').select('user_id').where('nis', '=', nis).execute();
  return rows.map((r) => r.user_id);
}

export async function insertAccount(
  db: Db,
  values: { email: string; name: string; status: AccountStatus; oidcIssuer?: string; oidcSubject?: string },
): Promise<number> {
  const row = await db
    .insertInto('user_account')
    .values({
      email: values.email,
      display_name: values.name,
      status: values.status,
      oidc_issuer: values.oidcIssuer ?? null,
      oidc_subject: values.oidcSubject ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceAccess(
  db: Db,
  id: number,
  roles: readonly Role[],
  municipalities: readonly string[],
): Promise<void> {
  await db.deleteFrom('user_role').where('user_id', '=', id).execute();
  await db.deleteFrom('user_municipality').where('user_id', '=', id).execute();
  if (roles.length > 0)
    await db
      .insertInto('user_role')
      .values(roles.map((role) => ({ user_id: id, role })))
      .execute();
  if (municipalities.length > 0)
    await db
      .insertInto('user_municipality')
      .values(municipalities.map((nis) => ({ user_id: id, nis })))
      .execute();
}

export async function updateAccount(
  db: Db,
  id: number,
  values: { name?: string; status?: AccountStatus; passwordHash?: string; signedInAt?: Date },
): Promise<void> {
  await db
    .updateTable('user_account')
    .set({
      ...(values.name !== undefined ? { display_name: values.name } : {}),
      ...(values.status !== undefined ? { status: values.status } : {}),
      ...(values.passwordHash !== undefined ? { password_hash: values.passwordHash } : {}),
      ...(values.signedInAt !== undefined ? { last_sign_in_at: values.signedInAt } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Locks the account row for the rest of the transaction (two admins changing one person queue up). */
export async function lockAccount(db: Db, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('user_account')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Active administrators other than `except` (the last one cannot be removed or disabled). */
export async function otherActiveAdmins(db: Db, except: number): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .innerJoin('user_role', 'user_role.user_id', 'user_account.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_role.role', '=', 'agii')
    .where('user_account.status', '!=', 'disabled')
    .where('user_account.id', '!=', except)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteAccount(db: Db, id: number): Promise<void> {
  await db.deleteFrom('user_account').where('id', '=', id).execute();
}

export async function accountByOidc(db: Db, issuer: string, subject: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('user_account')
    .select('id')
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
  return row?.id;
}

export async function linkOidc(db: Db, id: number, issuer: string, subject: string): Promise<void> {
  await db
    .updateTable('user_account')
    .set({ oidc_issuer: issuer, oidc_subject: subject, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}
