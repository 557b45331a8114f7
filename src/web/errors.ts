/**
 * What the server answers when a request goes wrong, as a Dutch page (or problem details under /api/):
 * 404 for no such address, 405 with `Allow` for a known address asked with a method it does not take
 * (DELETE, OPTIONS, PUT … on a page), the status the framework chose for a request it refused
 * (malformed JSON 400, a body over the limit 413, an unsupported content type 415), the security pages,
 * 503 without a release, and 500 for the rest. Every 5xx is logged with the request id, which the page
 * shows.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NoReleaseError } from '../release/release-store.js';
import { MessagePage } from '../render/html/search-page.js';
import { PROBLEMS, type ProblemCode, sendProblem } from './api/problem.js';
import { sendPage } from './html-reply.js';
import { invalidRequestMessage, invalidRequestMessageEn } from './invalid-request.js';
import { MethodTable } from './method-table.js';
import { securityErrorPage } from './security/error-pages.js';

type Text = { nl: string; en: string };

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

/** The problem of a request Fastify refused with a 4xx (by error code, then status). */
export function refusedProblem(err: FastifyError): { code: ProblemCode; detail: Text } {
  if (err.statusCode === 413)
    return {
      code: 'payload_too_large',
      detail: {
        nl: 'De inhoud van de vraag is groter dan deze server aanneemt.',
        en: 'The request body is larger than this server accepts.',
      },
    };
  if (err.statusCode === 429)
    return {
      code: 'too_many_requests',
      detail: {
        nl: 'Te veel vragen; probeer het straks opnieuw.',
        en: 'Too many requests; try again later.',
      },
    };
  if (err.statusCode === 415)
    return {
      code: 'unsupported_media_type',
      detail: {
        nl: 'Dit soort inhoud wordt hier niet aanvaard.',
        en: 'This content type is not accepted here.',
      },
    };
  if (err.code === 'FST_ERR_CTP_INVALID_JSON' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return {
      code: 'bad_request',
      detail: {
        nl: 'De inhoud van de vraag is geen geldige JSON.',
        en: 'The request body is not valid JSON.',
      },
    };
  return {
    code: 'bad_request',
    detail: { nl: 'Deze vraag kan de server niet beantwoorden.', en: 'This request cannot be answered.' },
  };
}

function send(req: FastifyRequest, reply: FastifyReply, code: ProblemCode, detail: Text): FastifyReply {
  if (isApi(req)) return sendProblem(req, reply, code, detail);
  const { status, title } = PROBLEMS[code];
  return sendPage(reply, MessagePage({ title: title.nl, message: detail.nl }), status);
}

/** Registers the not-found and error handlers; call before any route (it watches them for 405). */
export function errorHandling(app: FastifyInstance): void {
  const methods = new MethodTable().watch(app);

  app.setNotFoundHandler((req, reply) => {
    const allowed = methods.allowed(req.url);
    // An address exists when some route GETs or changes it; a CORS preflight route (OPTIONS on a
    // whole prefix) alone does not make one.
    const exists = allowed.some((m) => m !== 'OPTIONS');
    if (exists && !allowed.includes(req.method)) {
      reply.header('allow', allowed.join(', '));
      return send(req, reply, 'method_not_allowed', {
        nl: `Dit adres kan alleen met ${allowed.join(', ')} gevraagd worden, niet met ${req.method}.`,
        en: `This address takes only ${allowed.join(', ')}, not ${req.method}.`,
      });
    }
    if (isApi(req))
      return sendProblem(req, reply, 'not_found', {
        nl: 'Onbekend adres. De API staat beschreven op /api/docs.',
        en: 'Unknown address. The API is described at /api/docs.',
      });
    return sendPage(
      reply,
      MessagePage({ title: 'Pagina niet gevonden', message: 'Deze pagina bestaat niet.' }),
      404,
    );
  });

  app.setErrorHandler((error, req, reply) => {
    const err = error as FastifyError & { validation?: readonly { instancePath?: string }[] };
    const refused = securityErrorPage(err);
    if (refused) return sendPage(reply, refused.page, refused.status);
    if (err.validation)
      return send(req, reply, 'bad_request', {
        nl: invalidRequestMessage(err.validation, err.message),
        en: invalidRequestMessageEn(err.validation, err.message),
      });
    if (err instanceof NoReleaseError)
      return send(req, reply, 'no_release', {
        nl: 'Er zijn nog geen cijfers ingeladen. Voer eerst de import uit (npm run cli -- import).',
        en: 'No figures have been loaded yet.',
      });
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const { code, detail } = refusedProblem(err);
      return send(req, reply, code, detail);
    }
    return sendInternal(req, reply, err);
  });

  // Every 5xx, whatever answered it (the handlers here, a 503 of the PDF queue, a route), with the id.
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500)
      req.log.error(
        { reqId: req.id, method: req.method, url: req.url, statusCode: reply.statusCode },
        `${reply.statusCode} ${req.method} ${req.url} (request ${req.id})`,
      );
  });
}

/** A 500: the error logged with the request id, the id (not the error) on the page. */
export function sendInternal(req: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply {
  req.log.error({ err, reqId: req.id }, `request ${req.id} failed: ${req.method} ${req.url}`);
  return send(req, reply, 'internal', {
    nl: `Probeer het later opnieuw. Meld je het probleem, vermeld dan deze code: ${req.id}.`,
    en: `Please try again later. When you report the problem, give this code: ${req.id}.`,
  });
}

/** A request's id: the proxy's `X-Request-Id` when it is a plain token, else 12 random hex digits. */
export function requestId(raw: { headers: Record<string, string | string[] | undefined> }): string {
  const given = raw.headers['x-request-id'];
  if (typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given)) return given;
  return randomBytes(6).toString('hex');
}
