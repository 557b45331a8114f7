/**
 * Each municipality's answering link (the engine's identified invitation token) is derived from a secret
 * in the store: HMAC-SHA-256 of the run and the NIS code. The engine keeps only the token's SHA-256, as
 * for every link; the rondvraag can still put the same link in a reminder, and show it to the
 * municipality's own signed-in officers, without any table holding a token.
 */
import { createHmac } from 'node:crypto';

export function invitationToken(secret: string, runId: number, nis: string): string {
  return createHmac('sha256', secret).update(`rondvraag:${runId}:${nis}`).digest('base64url');
}
