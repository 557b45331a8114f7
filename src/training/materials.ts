/**
 * Materials per session: files (type told from the content, size limited, stored once under
 * `<data-dir>/training-materials/<sha-256>`) and links. A material is served to the edition's
 * participants, AgII and trainers, and to everyone once it is published.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Actor } from '../audit/repository.js';
import { recordAudit } from '../audit/repository.js';
import { ACCEPTED_TYPES, sniffFileType } from './file-type.js';
import { readUrl } from './input.js';
import { inTransaction, type TrainingDeps, TrainingError } from './notify.js';
import * as repo from './repository.js';

export const DEFAULT_MATERIAL_MAX_BYTES = 25_000_000;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export class Materials {
  constructor(
    private readonly deps: TrainingDeps,
    /** `<data-dir>/training-materials`. */
    readonly root: string,
  ) {}

  list(sessionId: number) {
    return this.deps.db
      .selectFrom('training_material')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('id')
      .execute();
  }

  get(id: number) {
    return this.deps.db.selectFrom('training_material').selectAll().where('id', '=', id).executeTakeFirst();
  }

  filePath(sha256: string): string {
    return join(this.root, sha256);
  }

  /** Keeps an uploaded file (already on disk, in `root`) as a material of the session; the file is moved or removed. */
  async addFile(
    sessionId: number,
    upload: { path: string; name: string; title: string },
    actor: Actor,
  ): Promise<number> {
    try {
      const type = await sniffFileType(upload.path);
      if (!type)
        throw new TrainingError(
          `Het bestand ${upload.name} is geen toegelaten soort bestand. Toegelaten: ${ACCEPTED_TYPES}.`,
        );
      const bytes = statSync(upload.path).size;
      if (bytes === 0) throw new TrainingError(`Het bestand ${upload.name} is leeg.`);
      const sha256 = await sha256Of(upload.path);
      const base =
        upload.name
          .replace(/\.[^.]*$/, '')
          .replace(/[^0-9A-Za-z_-]+/g, '_')
          .replace(/^_+|_+$/g, '')
          .slice(0, 100) || 'materiaal';
      const fileName = `${base}.${type.extension}`;
      return await inTransaction(this.deps, async (trx) => {
        if (!(await repo.sessionById(trx, sessionId)))
          throw new TrainingError('Deze sessie bestaat niet.', 404);
        const row = await trx
          .insertInto('training_material')
          .values({
            session_id: sessionId,
            kind: 'file',
            title: upload.title.trim().slice(0, 200) || upload.name.slice(0, 200),
            file_name: fileName,
            content_type: type.contentType,
            bytes,
            sha256,
            created_by: actor.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          actor,
          action: 'vorming.materiaal.opgeladen',
          subjectType: 'vorming-sessie',
          subjectId: sessionId,
          after: { material: row.id, file: fileName, type: type.contentType, bytes, sha256 },
        });
        mkdirSync(this.root, { recursive: true });
        renameSync(upload.path, this.filePath(sha256)); // same content, same name: a repeat replaces it
        return row.id;
      });
    } finally {
      rmSync(upload.path, { force: true });
    }
  }

  async addLink(sessionId: number, input: { title: string; url: string }, actor: Actor): Promise<number> {
    const url = readUrl(input.url.trim() || null, 'Link');
    if (!url) throw new TrainingError('Geef het webadres van de link.');
    const title = input.title.trim() || url;
    return inTransaction(this.deps, async (trx) => {
      if (!(await repo.sessionById(trx, sessionId)))
        throw new TrainingError('Deze sessie bestaat niet.', 404);
      const row = await trx
        .insertInto('training_material')
        .values({ session_id: sessionId, kind: 'link', title, url, created_by: actor.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actor,
        action: 'vorming.link.toegevoegd',
        subjectType: 'vorming-sessie',
        subjectId: sessionId,
        after: { material: row.id, title, url },
      });
      return row.id;
    });
  }

  async setPublic(id: number, isPublic: boolean, actor: Actor): Promise<number> {
    return inTransaction(this.deps, async (trx) => {
      const before = await trx
        .selectFrom('training_material')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!before) throw new TrainingError('Dit materiaal bestaat niet.', 404);
      await trx.updateTable('training_material').set({ public: isPublic }).where('id', '=', id).execute();
      await recordAudit(trx, {
        actor,
        action: isPublic ? 'vorming.materiaal.gepubliceerd' : 'vorming.materiaal.afgeschermd',
        subjectType: 'vorming-materiaal',
        subjectId: id,
        before: { public: before.public },
        after: { public: isPublic },
      });
      return before.session_id;
    });
  }

  /** Whether a person (or the public, `undefined`) may open a material. */
  async mayOpen(
    material: { session_id: number; public: boolean },
    person: { userId: number; manages: boolean } | undefined,
  ): Promise<boolean> {
    if (material.public) return true;
    if (!person) return false;
    if (person.manages) return true;
    const session = await repo.sessionById(this.deps.db, material.session_id);
    if (!session) return false;
    const participants = await repo.participantsOfEdition(this.deps.db, session.edition_id);
    return participants.some((p) => p.user_id === person.userId);
  }
}
