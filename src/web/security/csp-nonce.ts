/**
 * Fills the nonce slots of every HTML response (src/render/html/csp-nonce.ts) with the nonces helmet made
 * for this response and put in its Content-Security-Policy, so an inline `<style>` or `<script>` that the
 * renderer wrote runs and anything else inline does not.
 */
import type { FastifyInstance } from 'fastify';
import { withNonces } from '../../render/html/csp-nonce.js';

export function fillNonces(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    if (typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    // Without a nonce (a route without helmet) the slot becomes an empty nonce, which allows nothing.
    return withNonces(payload, reply.cspNonce ?? { script: '', style: '' });
  });
}
