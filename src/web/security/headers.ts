/**
 * Security headers (helmet). Pages have no script and one inline stylesheet; images and charts come
 * from this site. Embeds (/embed/…) are meant for iframes on other sites: they alone may be framed by
 * anyone. Charts and downloads stay usable from other sites (Cross-Origin-Resource-Policy: cross-origin),
 * as they were before these headers existed.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

const directives = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  fontSrc: ["'self'", 'data:'],
  // No upgrade-insecure-requests: a plain-http deployment (localhost, an intranet) must keep working.
  upgradeInsecureRequests: null,
};

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
};

/** The route-level helmet options of an embed: any site may frame it. */
export const EMBED_HELMET = {
  frameguard: false,
  contentSecurityPolicy: { useDefaults: false, directives: { ...directives, frameAncestors: ['*'] } },
} as const;

export function isEmbed(url: string): boolean {
  return url.startsWith('/embed/');
}
