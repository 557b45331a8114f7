/** The web application: Fastify with zod-validated input, server-rendered pages and the JSON API. */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { countUsage } from '../usage/hook.js';
import { municipality2025 } from '../usage/municipality.js';
import { usageSummaryLine } from '../usage/summary.js';
import type { Workflow } from '../workflow/open-workflow.js';
import { apiRoutes } from './api/plugin.js';
import type { RateLimitOptions } from './api/rate-limit.js';
import { type AppBase, createAppContext } from './app-context.js';
import { errorHandling, requestId } from './errors.js';
import { planSources } from './plan-sources.js';
import { dashboardRoutes } from './routes-dashboard.js';
import { indicatorRoutes } from './routes-indicators.js';
import { pageRoutes } from './routes-pages.js';
import { reportRoutes } from './routes-report.js';
import { securityHooks, securityPlugin } from './security/plugin.js';
import { workflowRoutes } from './workflow-routes.js';

export function buildServer(
  base: AppBase,
  options: {
    /** Fastify's logger (serve: warnings and errors, every 5xx with its request id). */
    logger?: FastifyServerOptions['logger'];
    /** Called once listening with the warm-up of the active release (call it again after a switch). */
    warm?: (warmUp: () => Promise<void>) => void;
    /** Accounts, sessions and administration on the workflow store; without it only the open pages exist. */
    workflow?: Workflow;
    /** Every route key as registered (for the routes × roles matrix test). */
    routes?: Set<string>;
    /** Count report views, downloads, embeds and API calls (src/usage); on unless false (the bench's baseline). */
    countUsage?: boolean;
    /** Build data releases uploaded at /beheer/data on this node (serve does; tests run builds themselves). */
    buildReleases?: boolean;
    /** The public API's requests per client and window (default 600 a minute; the bench lifts it). */
    apiRateLimit?: RateLimitOptions;
  } = {},
): FastifyInstance {
  const { workflow } = options;
  // trustProxy also takes a hop count (Fastify's types omit it).
  const trustProxy = (workflow?.settings.trustProxy ?? false) as boolean;
  const app = Fastify({ logger: options.logger ?? false, trustProxy, genReqId: requestId });
  errorHandling(app);
  // Security first: its hooks must see every route registered after them.
  securityHooks(app, options.routes ?? new Set());
  app.register(securityPlugin, workflow ? { workflow } : {});
  if (workflow && options.countUsage !== false)
    countUsage(app, { counter: workflow.usage.counter, municipality2025: municipality2025(base.geo) });
  const ctx = createAppContext(base);
  app.addHook('onClose', () => ctx.close());
  // Once listening, warm the report caches in the background (the caller decides what to say about it).
  const { warm } = options;
  if (warm) app.addHook('onListen', async () => warm(() => ctx.warm()));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  const municipalities = base.geo.areas('2025', 'municipality').length;
  const usageLine = () => {
    const n = workflow?.usage.cachedSummary();
    return n === undefined ? undefined : usageSummaryLine(n, municipalities);
  };
  usageLine(); // start the first read
  pageRoutes(app, ctx, { homeNote: usageLine });
  reportRoutes(app, ctx);
  apiRoutes(app, ctx, options.apiRateLimit ? { rateLimit: options.apiRateLimit } : {});
  indicatorRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  if (workflow)
    app.register(async (scoped) =>
      workflowRoutes(
        scoped,
        workflow,
        base.geo,
        {
          layout: base.releases.layout,
          catalogVersion: base.catalog.version,
          buildReleases: options.buildReleases ?? false,
          pdfBrowser: () => ctx.pdfBrowser(),
        },
        planSources(ctx),
      ),
    );

  return app;
}
