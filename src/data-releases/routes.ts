/**
 * /beheer/data (AgII): upload files (multipart, streamed to disk, size limit), follow the background build
 * and its validation result, read a release's manifest, activate a release or roll back to an earlier one.
 * The gate refuses everyone but agii before a byte of the upload is read.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../access/principal.js';
import { renderDocument } from '../render/html/document.js';
import type { Contract } from '../sources/contracts/contract-schema.js';
import type { WebKit } from '../workflow/web-kit.js';
import { readRelease } from './history.js';
import { BuildPage, isBusy } from './pages/build-page.js';
import { DataPage } from './pages/data-page.js';
import { ReleasePage } from './pages/release-page.js';
import { type DataReleases, ReleaseActionError } from './service.js';
import { receiveUpload, UploadRefused } from './uploads.js';

export interface DataRouteOptions {
  readonly maxUploadBytes: number;
  readonly maxFiles?: number;
  readonly contracts: ReadonlyMap<string, Contract>;
}

const actorOf = (req: FastifyRequest) => {
  const person = req.principal as SignedIn;
  return { id: person.userId, label: person.email };
};

export function dataReleaseRoutes(
  app: FastifyInstance,
  releases: DataReleases,
  kit: WebKit,
  options: DataRouteOptions,
): void {
  const send = (reply: FastifyReply, page: Parameters<typeof renderDocument>[0], status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));

  const overview = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { error?: string; notice?: string } = {},
    status = 200,
  ) =>
    send(
      reply,
      DataPage({
        history: await releases.history(),
        builds: await releases.builds(),
        contracts: [...options.contracts.values()].map((c) => ({ id: c.id, title: c.title })),
        csrf: kit.csrf(req, reply),
        maxMegabytes: Math.round(options.maxUploadBytes / 1_000_000),
        ...extra,
      }),
      status,
    );

  app.get('/beheer/data', (req, reply) => overview(req, reply));

  app.get('/beheer/data/bouw/:id', async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const build = Number.isInteger(id) && id > 0 ? await releases.build(id) : undefined;
    if (!build) return overview(req, reply, { error: `Er is geen oplading #${id}.` }, 404);
    const refresh = (req.query as { vernieuwen?: string }).vernieuwen !== 'nee' && isBusy(build);
    if (refresh) reply.header('refresh', '2');
    return send(
      reply,
      BuildPage({ build, activeId: releases.activeId(), csrf: kit.csrf(req, reply), refresh }),
    );
  });

  app.get('/beheer/data/release/:release', async (req, reply) => {
    const id = (req.params as { release: string }).release;
    const release = readRelease(releases.layout, id);
    if (!release) return overview(req, reply, { error: `Er is geen release ${id}.` }, 404);
    const history = await releases.history();
    return send(
      reply,
      ReleasePage({
        release,
        activeId: history.activeId,
        plans: history.releases.find((r) => r.id === id)?.plans ?? false,
        csrf: kit.csrf(req, reply),
      }),
    );
  });

  app.post('/beheer/data/release/:release/activeren', async (req, reply) => {
    const id = (req.params as { release: string }).release;
    try {
      const kind = await releases.activate(id, actorOf(req));
      return overview(req, reply, {
        notice:
          kind === 'rollback'
            ? `Teruggezet: release ${id} is opnieuw actief.`
            : `Release ${id} is nu actief; elke webserver schakelt binnen een seconde over.`,
      });
    } catch (err) {
      if (err instanceof ReleaseActionError) return overview(req, reply, { error: err.message }, 409);
      throw err;
    }
  });

  app.post('/beheer/data/release/:release/plannen', async (req, reply) => {
    const id = (req.params as { release: string }).release;
    try {
      await releases.requestPlans(id, actorOf(req));
      return overview(req, reply, {
        notice: `De beschermingsplannen van release ${id} worden in de achtergrond berekend; daarna kan ze actief worden.`,
      });
    } catch (err) {
      if (err instanceof ReleaseActionError) return overview(req, reply, { error: err.message }, 409);
      throw err;
    }
  });

  // Multipart only here: every other form stays urlencoded with its small body limit.
  app.register(async (scope) => {
    await scope.register(multipart);
    scope.post('/beheer/data', async (req, reply) => {
      if (!req.isMultipart()) return overview(req, reply, { error: 'Kies een bestand om op te laden.' }, 400);
      let upload: Awaited<ReturnType<typeof receiveUpload>>;
      try {
        upload = await receiveUpload(req, {
          uploadsRoot: `${releases.layout.root}/uploads`,
          maxBytes: options.maxUploadBytes,
          maxFiles: options.maxFiles ?? 20,
        });
      } catch (err) {
        if (err instanceof UploadRefused) return overview(req, reply, { error: err.message }, 400);
        throw err;
      }
      const contract = upload.fields.contract?.trim() || undefined;
      const id = await releases.createBuild(
        { uploadDir: upload.dir, files: upload.files, ...(contract ? { contract } : {}) },
        actorOf(req),
      );
      return reply.redirect(`/beheer/data/bouw/${id}`, 303);
    });
  });
}
