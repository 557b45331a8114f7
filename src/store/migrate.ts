/**
 * Versioned migrations (Kysely's Migrator), run at every start. A database that has migrations this
 * software does not know was written by a newer version: it is refused, never migrated "back".
 */
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

export class StoreTooNewError extends Error {
  constructor(readonly unknown: readonly string[]) {
    super(
      `De databank is bijgewerkt door een nieuwere versie van deze software (onbekende migratie ${unknown.join(', ')}). ` +
        'Start de nieuwere versie, of zet een reservekopie van de databank terug die bij deze versie hoort.',
    );
    this.name = 'StoreTooNewError';
  }
}

const MIGRATION_TABLE = 'kysely_migration';

async function executedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const exists = await sql<{
    found: boolean;
  }>`select to_regclass(${MIGRATION_TABLE}) is not null as found`.execute(db);
  if (!exists.rows[0]?.found) return [];
  const rows = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Brings the schema to this software's latest version; returns the names it applied. */
export async function migrateStore(
  db: Kysely<unknown>,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<string[]> {
  const unknown = (await executedMigrations(db)).filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new StoreTooNewError(unknown);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'onbekend';
    throw new Error(`Bijwerken van de databank mislukt bij migratie ${failed}: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The newest migration this software knows (what `health` and the CLI report). */
export function latestMigration(migrations: Readonly<Record<string, Migration>> = MIGRATIONS): string {
  return Object.keys(migrations).sort().at(-1) ?? '';
}
