/** Who is asking: the public (no account) or a signed-in person with roles and municipalities. */

export const ROLES = ['gemeente', 'agii', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  gemeente: 'gemeente (lokale medewerker)',
  agii: 'AgII (beheerder)',
  trainer: 'trainer',
};

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

export interface SignedIn {
  readonly kind: 'user';
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly roles: ReadonlySet<Role>;
  /** NIS codes (2025 division) the person works for. */
  readonly municipalities: ReadonlySet<string>;
  /** Identifies the session (a hash, never the cookie value): binds CSRF tokens to it. */
  readonly sessionHash: string;
}

export type Principal = { readonly kind: 'public' } | SignedIn;

export const PUBLIC: Principal = { kind: 'public' };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every request by the session hook (the public when there is no valid session). */
    principal: Principal;
  }
}
