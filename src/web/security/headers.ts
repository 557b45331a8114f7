/**
 * Security headers (helmet). Inline `<style>` and `<script>` run only with this response's nonce
 * (csp-nonce.ts fills the renderer's slots); scripts and stylesheets from this site run as files; style
 * attributes stay allowed (the SVG charts set their fonts that way; they cannot run code). Images and
 * charts come from this site. Embeds (/embed/…) are meant for iframes on other sites: they alone may be framed by
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
  // helmet adds `'nonce-…'` to both per response (enableCSPNonces).
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  fontSrc: ["'self'", 'data:'],
  // No upgrade-insecure-requests: a plain-http deployment (localhost, an intranet) must keep working.
  upgradeInsecureRequests: null,
};

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  enableCSPNonces: true,
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

/**
 * Browser features no page of this site uses, switched off for it and anything it frames. helmet does
 * not set this header.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');
