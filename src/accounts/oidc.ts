/**
 * Signing in through OpenID Connect (openid-client), e.g. the Flemish government's ACM/IDM: the
 * organisation-code claim (`vo_orgcode`) says which local government the person signs in for, mapped
 * to a municipality by OIDC_ORG_MAP (or a 5-digit NIS code as is). PKCE, state and nonce are checked.
 */
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { type Actor, recordAudit } from '../audit/repository.js';
import type { Database } from '../store/tables.js';
import type { OidcSettings } from '../workflow/settings.js';
import {
  accountByOidc,
  accountIdByEmail,
  insertAccount,
  linkOidc,
  loadAccount,
  replaceAccess,
  updateAccount,
} from './repository.js';
import type { PasswordSignIn } from './sign-in.js';

/** What the browser carries (in a signed cookie) from the start of the flow to its return. */
export interface OidcPending {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
}

export type OidcOutcome =
  | { readonly kind: 'ok'; readonly sessionToken: string }
  | { readonly kind: 'refused'; readonly message: string };

const OIDC_ACTOR: Actor = { id: null, label: 'oidc' };

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcSettings,
    private readonly redirectUri: string,
    private readonly db: Kysely<Database>,
    private readonly signIn: PasswordSignIn,
    private readonly isMunicipality: (nis: string) => boolean,
  ) {}

  private config(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    // Plain http only for a provider on this machine (the test suite's); anything else needs TLS.
    const options =
      isLoopback(issuer) && issuer.protocol === 'http:'
        ? { execute: [client.allowInsecureRequests] }
        : undefined;
    this.configuration ??= client
      .discovery(issuer, clientId, clientSecret, undefined, options)
      .catch((err) => {
        this.configuration = undefined; // try again on the next sign-in
        throw err;
      });
    return this.configuration;
  }

  async start(): Promise<{ url: string; pending: OidcPending }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const pending = { verifier, state: client.randomState(), nonce: client.randomNonce() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  async finish(returned: URL, pending: OidcPending): Promise<OidcOutcome> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(
      config,
      returned,
      { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce },
      { redirect_uri: this.redirectUri },
    );
    const idClaims = tokens.claims();
    if (!idClaims) return { kind: 'refused', message: 'De aanmeldserver gaf geen identiteit terug.' };
    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch(() => ({}));
    const claims: Record<string, unknown> = { ...info, ...idClaims };
    return this.accountFor(claims);
  }

  private municipalityOf(claims: Record<string, unknown>): string | undefined {
    const raw = claims[this.settings.orgClaim];
    const code = typeof raw === 'string' ? raw.replace(/[.\s]/g, '') : undefined;
    if (!code) return undefined;
    const nis = this.settings.orgMap.get(code) ?? (/^\d{5}$/.test(code) ? code : undefined);
    return nis && this.isMunicipality(nis) ? nis : undefined;
  }

  /** Finds (by subject, then by verified e-mail) or creates the account, and starts its session. */
  async accountFor(claims: Record<string, unknown>): Promise<OidcOutcome> {
    const issuer = this.settings.issuer.href;
    const subject = String(claims.sub);
    const email =
      typeof claims.email === 'string' && claims.email_verified !== false
        ? claims.email.toLowerCase()
        : undefined;
    const name =
      [claims.given_name, claims.family_name].filter((s) => typeof s === 'string').join(' ') ||
      (typeof claims.name === 'string' ? claims.name : (email ?? 'Medewerker'));
    const nis = this.municipalityOf(claims);
    const id = await this.db.transaction().execute(async (tx) => {
      let found = await accountByOidc(tx, issuer, subject);
      if (found === undefined && email) {
        found = await accountIdByEmail(tx, email);
        if (found !== undefined) {
          await linkOidc(tx, found, issuer, subject);
          await recordAudit(tx, {
            actor: OIDC_ACTOR,
            action: 'gebruiker.oidc-gekoppeld',
            subjectType: 'user',
            subjectId: found,
            after: { issuer },
          });
        }
      }
      if (found === undefined) {
        if (!nis || !this.settings.autoCreate) return undefined;
        const newId = await insertAccount(tx, {
          email: email ?? `${subject}@oidc.invalid`,
          name,
          status: 'active',
          oidcIssuer: issuer,
          oidcSubject: subject,
        });
        await replaceAccess(tx, newId, ['gemeente'], [nis]);
        await recordAudit(tx, {
          actor: OIDC_ACTOR,
          action: 'gebruiker.aangemaakt-via-oidc',
          subjectType: 'user',
          subjectId: newId,
          after: { name, roles: ['gemeente'], municipalities: [nis], issuer },
        });
        return newId;
      }
      const account = await loadAccount(tx, found);
      if (!account || account.status === 'disabled') return null;
      if (account.status === 'invited') await updateAccount(tx, found, { status: 'active' });
      if (nis && account.roles.includes('gemeente') && !account.municipalities.includes(nis)) {
        const municipalities = [...account.municipalities, nis].sort();
        await replaceAccess(tx, found, account.roles, municipalities);
        await recordAudit(tx, {
          actor: OIDC_ACTOR,
          action: 'gebruiker.gemeente-via-oidc',
          subjectType: 'user',
          subjectId: found,
          before: { municipalities: account.municipalities },
          after: { municipalities },
        });
      }
      return found;
    });
    if (id === null)
      return { kind: 'refused', message: 'Dit account is uitgeschakeld. Neem contact op met AgII.' };
    if (id === undefined) {
      const code = claims[this.settings.orgClaim];
      return {
        kind: 'refused',
        message:
          `Je organisatie${typeof code === 'string' ? ` (${code})` : ''} is hier niet gekoppeld aan een Vlaamse gemeente. ` +
          'Vraag AgII om een uitnodiging.',
      };
    }
    return { kind: 'ok', sessionToken: await this.signIn.startSession(id, 'oidc') };
  }
}
