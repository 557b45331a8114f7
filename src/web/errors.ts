/**
 * What the server answers when a request goes wrong, as a Dutch page (or JSON under /api/): 404 for no
 * such address, 405 with `Allow` for a known address asked with a method it does not take (DELETE,
 * OPTIONS, PUT … on a page), the status the framework chose for a request it refused (malformed JSON
 * 400, a body over the limit 413, an unsupported content type 415), the security pages, 503 without a
 * release, and 500 for the rest. Every 5xx is logged with the request id, which the page shows.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NoReleaseError } from '../release/release-store.js';
import { MessagePage } from '../render/html/search-page.js';
import { sendPage } from './html-reply.js';
import { MethodTable } from './method-table.js';
import { securityErrorPage } from './security/error-pages.js';

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');

/** Dutch words for the 4xx statuses Fastify gives a request it cannot take (by error code, then status). */
function refusedMessage(err: FastifyError): { title: string; message: string } {
  if (err.code === 'FST_ERR_CTP_INVALID_JSON' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return { title: 'Ongeldige vraag', message: 'De inhoud van de vraag is geen geldige JSON.' };
  if (err.statusCode === 413)
    return {
      title: 'Te groot',
      message: 'De inhoud van de vraag is groter dan deze server aanneemt.',
    };
  if (err.statusCode === 415)
    return {
      title: 'Niet aanvaard',
      message: `Dit soort inhoud wordt hier niet aanvaard${err.code ? ` (${err.code})` : ''}.`,
    };
  return { title: 'Ongeldige vraag', message: 'Deze vraag kan de server niet beantwoorden.' };
}

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  error: string,
  title: string,
  message: string,
): FastifyReply {
  if (isApi(req)) return reply.code(status).send({ error, message });
  return sendPage(reply, MessagePage({ title, message }), status);
}

/** Registers the not-found and error handlers; call before any route (it watches them for 405). */
export function errorHandling(app: FastifyInstance): void {
  const methods = new MethodTable().watch(app);

  app.setNotFoundHandler((req, reply) => {
    const allowed = methods.allowed(req.url);
    if (allowed.length > 0 && !allowed.includes(req.method)) {
      reply.header('allow', allowed.join(', '));
      return send(
        req,
        reply,
        405,
        'method_not_allowed',
        'Niet toegestaan',
        `Dit adres kan alleen met ${allowed.join(', ')} gevraagd worden, niet met ${req.method}.`,
      );
    }
    return send(req, reply, 404, 'not_found', 'Pagina niet gevonden', 'Deze pagina bestaat niet.');
  });

  app.setErrorHandler((error, req, reply) => {
    const err = error as FastifyError & { validation?: readonly { instancePath?: string }[] };
    const refused = securityErrorPage(err);
    if (refused) return sendPage(reply, refused.page, refused.status);
    if (err.validation) {
      const message = invalidRequestMessage(err.validation, err.message);
      return send(req, reply, 400, 'bad_request', 'Ongeldige vraag', message);
    }
    if (err instanceof NoReleaseError) {
      const message = 'Er zijn nog geen cijfers ingeladen. Voer eerst de import uit (npm run cli -- import).';
      return send(req, reply, 503, 'no_release', 'Nog geen cijfers', message);
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const { title, message } = refusedMessage(err);
      return send(req, reply, status, 'bad_request', title, message);
    }
    req.log.error({ err, reqId: req.id }, `request ${req.id} failed: ${req.method} ${req.url}`);
    return send(
      req,
      reply,
      500,
      'internal',
      'Er ging iets mis',
      `Probeer het later opnieuw. Meld je het probleem, vermeld dan deze code: ${req.id}.`,
    );
  });

  // Every 5xx, whatever answered it (the handler above, a 503 of the PDF queue, a route), with the id.
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500)
      req.log.error(
        { reqId: req.id, method: req.method, url: req.url, statusCode: reply.statusCode },
        `${reply.statusCode} ${req.method} ${req.url} (request ${req.id})`,
      );
  });
}

/** "Ongeldige vraag: de waarde van "indeling" klopt niet." in Dutch, the validator's English after it. */
function invalidRequestMessage(issues: readonly { instancePath?: string }[], detail: string): string {
  const fields = [...new Set(issues.map((i) => (i.instancePath ?? '').replace(/^\//, '').split('/')[0]))]
    .filter((f) => f !== undefined && f !== '')
    .map((f) => `"${f}"`);
  const what =
    fields.length === 0
      ? 'de vraag klopt niet'
      : fields.length > 1
        ? `de waarden van ${fields.join(' en ')} kloppen niet`
        : `de waarde van ${fields[0]} klopt niet`;
  return `Ongeldige vraag: ${what}. (${detail})`;
}

/** A request's id: the proxy's `X-Request-Id` when it is a plain token, else 12 random hex digits. */
export function requestId(raw: { headers: Record<string, string | string[] | undefined> }): string {
  const given = raw.headers['x-request-id'];
  if (typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given)) return given;
  return randomBytes(6).toString('hex');
}
