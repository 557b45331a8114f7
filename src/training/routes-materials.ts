/**
 * Materials: upload (multipart for this route only, streamed to disk with a size limit, the type told
 * from the content), links, publishing, and serving a file only to those who may open it.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MessagePage } from '../render/html/search-page.js';
import { TrainingError } from './notify.js';
import {
  actorOf,
  body,
  idParam,
  managesTraining,
  notFound,
  onSession,
  sendHtml,
  type TrainingRouteDeps,
} from './route-kit.js';

/** Receives the one file and the title of the upload form into `<root>/.upload-…`. */
async function receiveMaterial(req: FastifyRequest, root: string, maxBytes: number) {
  if (!req.isMultipart()) throw new TrainingError('Kies een bestand om op te laden.');
  mkdirSync(root, { recursive: true });
  const megabytes = Math.round(maxBytes / 1_000_000);
  let file: { path: string; name: string } | undefined;
  let title = '';
  try {
    for await (const part of req.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 500 },
    })) {
      if (part.type === 'field') {
        if (part.fieldname === 'titel') title = String(part.value);
        continue;
      }
      if (!part.filename) {
        part.file.resume();
        continue;
      }
      const path = join(root, `.upload-${randomBytes(8).toString('hex')}`);
      file = { path, name: part.filename.split(/[\\/]/).at(-1) ?? 'materiaal' };
      await pipeline(part.file, createWriteStream(path, { flags: 'wx' }));
      if (part.file.truncated)
        throw Object.assign(new Error('too large'), { code: 'FST_REQ_FILE_TOO_LARGE' });
    }
  } catch (err) {
    if (file) rmSync(file.path, { force: true });
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new TrainingError(
        `Het bestand ${file?.name ?? ''} is groter dan ${megabytes} MB, de grens voor materiaal.`.replace(
          '  ',
          ' ',
        ),
        400,
      );
    if (code === 'FST_FILES_LIMIT') throw new TrainingError('Laad één bestand tegelijk op.');
    throw err;
  }
  if (!file) throw new TrainingError('Kies een bestand om op te laden.');
  return { ...file, title };
}

export function trainingMaterialRoutes(
  app: FastifyInstance,
  deps: TrainingRouteDeps,
  options: { maxBytes: number },
): void {
  const { materials } = deps;

  app.register(async (scope) => {
    await scope.register(multipart);
    scope.post('/vorming/sessie/:session/materiaal', (req, reply) =>
      onSession(deps, req, reply, async (id) => {
        const upload = await receiveMaterial(req, materials.root, options.maxBytes);
        await materials.addFile(id, upload, actorOf(req));
        return 'materiaal';
      }),
    );
  });

  app.post('/vorming/sessie/:session/link', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      const f = body(req);
      await materials.addLink(id, { title: f.titel ?? '', url: f.url ?? '' }, actorOf(req));
      return 'materiaal';
    }),
  );

  app.post('/vorming/materiaal/:material/publiek', async (req, reply) => {
    const id = idParam(req, 'material');
    if (id === undefined) return notFound(reply, 'Dit materiaal bestaat niet.');
    try {
      const session = await materials.setPublic(id, body(req).publiek === 'ja', actorOf(req));
      return reply.redirect(`/vorming/sessie/${session}?gedaan=publiek`, 303);
    } catch (err) {
      if (err instanceof TrainingError) return notFound(reply, err.message);
      throw err;
    }
  });

  app.get('/vorming/materiaal/:material', async (req, reply) => {
    const id = idParam(req, 'material');
    const material = id === undefined ? undefined : await materials.get(id);
    if (material?.kind !== 'file' || !material.sha256) return notFound(reply, 'Dit materiaal bestaat niet.');
    const p = req.principal;
    const who = p.kind === 'user' ? { userId: p.userId, manages: managesTraining(req) } : undefined;
    if (!(await materials.mayOpen(material, who))) {
      if (!who) return reply.redirect(`/aanmelden?terug=${encodeURIComponent(req.url)}`, 303);
      return sendHtml(
        reply,
        MessagePage({
          title: 'Geen toegang',
          message: 'Dit materiaal is alleen voor de deelnemers van de editie, de trainers en AgII.',
        }),
        403,
      );
    }
    const path = materials.filePath(material.sha256);
    if (!existsSync(path)) return notFound(reply, 'Het bestand van dit materiaal ontbreekt.');
    return reply
      .header('content-disposition', `attachment; filename="${material.file_name ?? 'materiaal'}"`)
      .header('cache-control', material.public ? 'public, max-age=300' : 'private, no-store')
      .type(material.content_type ?? 'application/octet-stream')
      .send(createReadStream(path));
  });
}
