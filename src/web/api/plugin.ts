/**
 * The public API, `/api/v1`, in its own Fastify context: CORS open for GET, a per-client rate limit,
 * ETag/Cache-Control tied to the release, errors as problem details in Dutch or English. The OpenAPI
 * 3.1 document is generated from the routes' zod schemas (/api/v1/openapi.json) and shown at /api/docs
 * (Swagger UI, its scripts served from this site: the pages' CSP needs no exception).
 */
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyError, FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { NoReleaseError } from '../../release/release-store.js';
import type { AppContext } from '../context.js';
import { refusedProblem, sendInternal } from '../errors.js';
import { invalidRequestMessage, invalidRequestMessageEn } from '../invalid-request.js';
import { apiCaching } from './caching.js';
import { API_PREFIX } from './prefix.js';
import { sendProblem } from './problem.js';
import { apiRateLimit, DEFAULT_API_RATE_LIMIT, type RateLimitOptions } from './rate-limit.js';
import { bulkApiRoutes } from './routes-bulk.js';
import { catalogApiRoutes } from './routes-catalog.js';
import { health, reportApiRoutes } from './routes-report.js';
import { valuesApiRoutes } from './routes-values.js';

export interface ApiOptions {
  /** Requests per client and window; default 600 a minute. */
  readonly rateLimit?: RateLimitOptions;
  /** Extra /api/v1 routes (registered inside the API context: CORS, limits, caching, problems). */
  readonly extraRoutes?: readonly ((v1: FastifyInstance) => void)[];
}

const DESCRIPTION = `Open cijfers over lokale diversiteit in Vlaanderen: de gebieden, de indicatoren met hun definities, en hun cijfers voor elke gemeente, elk arrondissement, elke provincie en het Vlaams Gewest.

Every answer is fixed by the active data release: the ETag names the release, and If-None-Match answers 304. Counts hidden to protect small numbers are hidden here exactly as in the report (state \`suppressed\`). Errors are problem details (RFC 9457) in Dutch, or in English with \`Accept-Language: en\`. Each client may ask a limited number of questions a minute (RateLimit-* headers; 429 with Retry-After above it).`;

export function apiRoutes(app: FastifyInstance, ctx: AppContext, options: ApiOptions = {}): void {
  app.register(async (api) => {
    await api.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Omgevingsanalyse — open API', version: '1', description: DESCRIPTION },
        servers: [],
        tags: [
          { name: 'gebieden', description: 'Areas, parents and the 2025 mergers' },
          { name: 'indicatoren', description: 'Indicators and their metadata' },
          { name: 'cijfers', description: 'Figures for areas × periods × categories' },
          { name: 'rapporten', description: 'The report of a municipality' },
          { name: 'bulk', description: 'All figures of a release in one download' },
          { name: 'dienst', description: 'The service itself' },
        ],
      },
      // Only the API is documented; the pages have their own addresses.
      transform: (input) =>
        input.url.startsWith(`${API_PREFIX}/`)
          ? jsonSchemaTransform(input)
          : { schema: { ...input.schema, hide: true }, url: input.url },
    });
    api.get('/health', () => health(ctx));

    await api.register(
      async (v1) => {
        await v1.register(cors, { origin: '*', methods: ['GET', 'HEAD'], maxAge: 86_400 });
        apiRateLimit(v1, options.rateLimit ?? DEFAULT_API_RATE_LIMIT);
        apiCaching(v1, ctx);
        v1.setErrorHandler((error, req, reply) => {
          const err = error as Error & { validation?: readonly { instancePath?: string }[] };
          if (err.validation)
            return sendProblem(req, reply, 'bad_request', {
              nl: invalidRequestMessage(err.validation, err.message),
              en: invalidRequestMessageEn(err.validation, err.message),
            });
          if (err instanceof NoReleaseError)
            return sendProblem(req, reply, 'no_release', {
              nl: 'Er zijn nog geen cijfers ingeladen.',
              en: 'No figures have been loaded yet.',
            });
          const status = (err as { statusCode?: number }).statusCode ?? 500;
          if (status >= 400 && status < 500) {
            // Malformed JSON, a body over the limit, an unknown content type: the client's, not ours.
            const { code, detail } = refusedProblem(err as FastifyError);
            return sendProblem(req, reply, code, detail);
          }
          return sendInternal(req, reply, err);
        });
        reportApiRoutes(v1, ctx);
        catalogApiRoutes(v1, ctx);
        valuesApiRoutes(v1, ctx);
        bulkApiRoutes(v1, ctx);
        for (const add of options.extraRoutes ?? []) add(v1);
        v1.get('/openapi.json', { schema: { hide: true } }, () => api.swagger());
      },
      { prefix: API_PREFIX },
    );

    await api.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { deepLinking: true },
      theme: { title: 'Omgevingsanalyse — open API' },
    });
  });
}
