/**
 * Errors of the public API as problem details (RFC 9457, `application/problem+json`), in Dutch or in
 * English after the request's Accept-Language. The body keeps the `error` code and Dutch `message` the
 * API answered with before problem details, so older clients go on working.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

export const PROBLEM_TYPE = 'application/problem+json';

type Lang = 'nl' | 'en';
type Text = Readonly<Record<Lang, string>>;

/** Every problem the API answers with: its status and its title in both languages. */
export const PROBLEMS = {
  bad_request: { status: 400, title: { nl: 'Ongeldige vraag', en: 'Invalid request' } },
  not_found: { status: 404, title: { nl: 'Onbekend adres', en: 'Unknown address' } },
  unknown_area: { status: 404, title: { nl: 'Onbekend gebied', en: 'Unknown area' } },
  unknown_year: { status: 404, title: { nl: 'Geen cijfers voor dat jaar', en: 'No figures for that year' } },
  unknown_indicator: { status: 404, title: { nl: 'Onbekende indicator', en: 'Unknown indicator' } },
  unknown_release: { status: 404, title: { nl: 'Onbekende datarelease', en: 'Unknown data release' } },
  method_not_allowed: { status: 405, title: { nl: 'Methode niet toegestaan', en: 'Method not allowed' } },
  payload_too_large: { status: 413, title: { nl: 'Te groot', en: 'Payload too large' } },
  unsupported_media_type: {
    status: 415,
    title: { nl: 'Soort inhoud niet aanvaard', en: 'Unsupported media type' },
  },
  too_many_requests: { status: 429, title: { nl: 'Te veel vragen', en: 'Too many requests' } },
  bulk_building: {
    status: 503,
    title: { nl: 'Bulkdownload wordt klaargemaakt', en: 'Bulk download is being prepared' },
  },
  no_release: { status: 503, title: { nl: 'Nog geen cijfers', en: 'No figures yet' } },
  internal: { status: 500, title: { nl: 'Er ging iets mis', en: 'Something went wrong' } },
} as const satisfies Record<string, { status: number; title: Text }>;

export type ProblemCode = keyof typeof PROBLEMS;

export const problemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem: urn:omgevingsanalyse:probleem:<code>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    error: z.string().describe('The problem code (also the last part of `type`)'),
    message: z.string().describe('The detail in Dutch (as before problem details)'),
  })
  .catchall(z.unknown())
  .describe('Problem details (RFC 9457), in Dutch or English after Accept-Language');

/** English when the client prefers it over Dutch; Dutch otherwise (also without the header). */
export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'nl';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked.find((x) => x.tag === 'nl' || x.tag === 'en');
  return first?.tag === 'en' ? 'en' : 'nl';
}

/** Sends the problem; `detail` in both languages, `extra` members (suggestions, years) as they are. */
export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  detail: Text,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const lang = languageOf(req.headers['accept-language']);
  const { status, title } = PROBLEMS[code];
  return reply
    .code(status)
    .header('content-language', lang)
    .header('vary', 'Accept-Language')
    .header('cache-control', 'no-store')
    .type(PROBLEM_TYPE)
    .serializer(JSON.stringify)
    .send({
      type: `urn:omgevingsanalyse:probleem:${code}`,
      title: title[lang],
      status,
      detail: detail[lang],
      instance: req.url,
      error: code,
      message: detail.nl,
      ...extra,
    });
}
