/** The web application: Fastify with zod-validated input, server-rendered pages and the JSON API. */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { NoReleaseError } from '../release/release-store.js';
import { MessagePage } from '../render/html/search-page.js';
import { type AppBase, createAppContext } from './app-context.js';
import { sendPage } from './html-reply.js';
import { apiRoutes } from './routes-api.js';
import { indicatorRoutes } from './routes-indicators.js';
import { pageRoutes } from './routes-pages.js';
import { reportRoutes } from './routes-report.js';

export function buildServer(
  base: AppBase,
  options: { logger?: boolean; warm?: (done: Promise<void>) => void } = {},
): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });
  const ctx = createAppContext(base);
  app.addHook('onClose', () => ctx.close());
  // Once listening, warm the report caches in the background (the caller decides what to say about it).
  const { warm } = options;
  if (warm) app.addHook('onListen', async () => warm(ctx.warm()));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  pageRoutes(app, ctx);
  reportRoutes(app, ctx);
  apiRoutes(app, ctx);
  indicatorRoutes(app, ctx);

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/'))
      return reply.code(404).send({ error: 'not_found', message: 'Onbekend adres' });
    return sendPage(
      reply,
      MessagePage({ title: 'Pagina niet gevonden', message: 'Deze pagina bestaat niet.' }),
      404,
    );
  });

  app.setErrorHandler((error, req, reply) => {
    const err = error as Error & { validation?: unknown; statusCode?: number };
    const api = req.url.startsWith('/api/');
    if (err.validation) {
      const message = `Ongeldige vraag: ${err.message}`;
      if (api) return reply.code(400).send({ error: 'bad_request', message });
      return sendPage(reply, MessagePage({ title: 'Ongeldige vraag', message }), 400);
    }
    if (err instanceof NoReleaseError) {
      const message = 'Er zijn nog geen cijfers ingeladen. Voer eerst de import uit (npm run cli -- import).';
      if (api) return reply.code(503).send({ error: 'no_release', message });
      return sendPage(reply, MessagePage({ title: 'Nog geen cijfers', message }), 503);
    }
    req.log.error(err);
    if (api) return reply.code(500).send({ error: 'internal', message: 'Er ging iets mis.' });
    return sendPage(
      reply,
      MessagePage({ title: 'Er ging iets mis', message: 'Probeer het later opnieuw.' }),
      500,
    );
  });
  return app;
}
