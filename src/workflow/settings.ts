/**
 * The workflow side's settings, read from the environment at the edge (zod): the site's public
 * address, mail, proxies and OpenID Connect. Everything is optional: without any of it `npm start`
 * works with the embedded database and the outbox.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly scopes: string;
  /** The claim holding the organisation code (ACM/IDM: `vo_orgcode`, the KBO number of a local government). */
  readonly orgClaim: string;
  /** Organisation code → NIS code of a municipality (2025 division), from OIDC_ORG_MAP. */
  readonly orgMap: ReadonlyMap<string, string>;
  /** Text of the sign-in button. */
  readonly label: string;
  /** Create a gemeente account on first sign-in when the organisation maps to a municipality. */
  readonly autoCreate: boolean;
}

export interface WorkflowSettings {
  /** `https://cijfers.example.be` (no trailing slash), for links in mail and the OIDC callback. */
  readonly publicUrl: string;
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  /** Fastify's trustProxy: true, a hop count, or addresses (behind a TLS-terminating proxy). */
  readonly trustProxy: boolean | number | string;
  readonly oidc?: OidcSettings;
  /** Largest file an administrator may upload at /beheer/data (UPLOAD_MAX_MB; default 200 MB). */
  readonly uploadMaxBytes?: number;
}

export const DEFAULT_UPLOAD_MAX_BYTES = 200 * 1_000_000;

const flag = z
  .enum(['1', '0', 'true', 'false', 'ja', 'nee'])
  .transform((v) => ['1', 'true', 'ja'].includes(v));

const envSchema = z.object({
  PUBLIC_URL: z
    .url({ message: 'PUBLIC_URL moet een volledig adres zijn, bv. https://cijfers.example.be' })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL begint met smtp:// of smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  TRUST_PROXY: z.string().optional(),
  OIDC_ISSUER: z.url({ message: 'OIDC_ISSUER moet een volledig adres zijn' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().min(1).optional(),
  OIDC_ORG_CLAIM: z.string().min(1).optional(),
  OIDC_ORG_MAP: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).optional(),
  OIDC_AUTO_CREATE: flag.optional(),
  UPLOAD_MAX_MB: z.coerce
    .number({ message: 'UPLOAD_MAX_MB is een aantal megabytes, bv. 500' })
    .int()
    .positive()
    .optional(),
});

function trustProxy(text: string | undefined): boolean | number | string {
  if (text === undefined || text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** Reads `organisation code,NIS code` lines (a header line and # comments are skipped). */
export function readOrgMap(path: string): Map<string, string> {
  const map = new Map<string, string>();
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const text = line.trim();
      if (text === '' || text.startsWith('#')) return;
      const [code, nis] = text.split(/[,;]/).map((s) => s.trim());
      if (index === 0 && !/^\d{5}$/.test(nis ?? '')) return; // header
      if (!code || !nis || !/^\d{5}$/.test(nis))
        throw new Error(
          `${path}, regel ${index + 1}: verwacht "organisatiecode,NIS-code", gevonden "${text}"`,
        );
      map.set(code.replace(/[.\s]/g, ''), nis);
    });
  return map;
}

export function workflowSettings(env: NodeJS.ProcessEnv, defaultUrl: string): WorkflowSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Ongeldige instelling ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? defaultUrl).replace(/\/+$/, '');
  let oidc: OidcSettings | undefined;
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID) throw new Error('OIDC_ISSUER is gezet maar OIDC_CLIENT_ID niet.');
    oidc = {
      issuer: new URL(e.OIDC_ISSUER),
      clientId: e.OIDC_CLIENT_ID,
      ...(e.OIDC_CLIENT_SECRET ? { clientSecret: e.OIDC_CLIENT_SECRET } : {}),
      scopes: e.OIDC_SCOPES ?? 'openid profile email vo',
      orgClaim: e.OIDC_ORG_CLAIM ?? 'vo_orgcode',
      orgMap: e.OIDC_ORG_MAP ? readOrgMap(e.OIDC_ORG_MAP) : new Map(),
      label: e.OIDC_LABEL ?? 'Aanmelden via de Vlaamse overheid (ACM/IDM)',
      autoCreate: e.OIDC_AUTO_CREATE ?? true,
    };
  }
  return {
    publicUrl,
    ...(e.SMTP_URL ? { smtpUrl: e.SMTP_URL } : {}),
    mailFrom: e.MAIL_FROM ?? 'Cijferrapport lokale diversiteit <noreply@localhost>',
    trustProxy: trustProxy(e.TRUST_PROXY),
    ...(oidc ? { oidc } : {}),
    ...(e.UPLOAD_MAX_MB ? { uploadMaxBytes: e.UPLOAD_MAX_MB * 1_000_000 } : {}),
  };
}
