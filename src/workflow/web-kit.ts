/**
 * What the workflow modules' routes get from the web layer (which registers them): the CSRF token for a
 * form and municipality names. Modules never import src/web; src/web imports them.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface WebKit {
  /** A CSRF token for a form on this response (bound to the person's session). */
  csrf(req: FastifyRequest, reply: FastifyReply): string;
  /** `Gent (44021)`; the code alone when it is no municipality of the 2025 division. */
  municipalityLabel(nis: string): string;
  /** Starts a session on this response (sets the cookie). */
  signInAs(req: FastifyRequest, reply: FastifyReply, sessionToken: string): void;
  /** Ends the session of this request (store and cookie). */
  signOut(req: FastifyRequest, reply: FastifyReply): Promise<void>;
}
