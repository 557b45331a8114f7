/**
 * Where a Content-Security-Policy nonce belongs. Pages are rendered (and cached) once, but a nonce is
 * new for every response: a page writes `nonce={NONCE_SLOT.style}` on its inline `<style>` (and
 * `NONCE_SLOT.script` on an inline `<script>`), and the web layer replaces the slots with the response's
 * nonces as it sends the page (src/web/security/csp-nonce.ts). The slots are random per process, so no
 * text from outside (a name, a query) can carry one: only elements this renderer wrote get a nonce.
 * Outside the web (print, PDF, files) there is no CSP and the attributes are removed (`withoutNonces`).
 */
import { randomBytes } from 'node:crypto';

export const NONCE_SLOT = {
  script: `oa-script-nonce-${randomBytes(12).toString('hex')}`,
  style: `oa-style-nonce-${randomBytes(12).toString('hex')}`,
} as const;

/** The document with its slots filled by this response's nonces. */
export function withNonces(html: string, nonces: { script: string; style: string }): string {
  return html.replaceAll(NONCE_SLOT.style, nonces.style).replaceAll(NONCE_SLOT.script, nonces.script);
}

/** The document without nonce attributes (print, PDF, saved files). */
export function withoutNonces(html: string): string {
  return html.replaceAll(` nonce="${NONCE_SLOT.style}"`, '').replaceAll(` nonce="${NONCE_SLOT.script}"`, '');
}
