/** /aanmelden (password and OpenID Connect), /afmelden, /wachtwoord-vergeten, /wachtwoord-instellen. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDateTime } from '../domain/format.js';
import { renderDocument } from '../render/html/document.js';
import type { Workflow } from '../workflow/open-workflow.js';
import type { WebKit } from '../workflow/web-kit.js';
import type { OidcPending } from './oidc.js';
import {
  ForgotPasswordPage,
  LinkProblemPage,
  SetPasswordPage,
  SignInPage,
  SignOutPage,
} from './pages/sign-in.js';
import { emailSchema, firstIssue, setPasswordSchema, signInSchema } from './schema.js';
import { AccountError } from './service.js';

type Body = Record<string, unknown>;
const OIDC_COOKIE = 'oa_oidc';

const html = (reply: FastifyReply, page: Parameters<typeof renderDocument>[0], status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));

/** Only a path on this site (`/…`, not `//host`) is a place to go back to. */
export function safeReturn(terug: unknown): string | undefined {
  return typeof terug === 'string' && /^\/(?![/\\])/.test(terug) ? terug : undefined;
}

/** Where a person lands after signing in when no page asked for it. */
async function landing(wf: Workflow, accountId: number): Promise<string> {
  const account = await wf.accounts.get(accountId);
  if (account?.roles.includes('agii')) return '/beheer';
  const nis = account?.municipalities[0];
  return nis ? `/gemeente/${nis}` : '/mijn-gegevens';
}

export function signInRoutes(app: FastifyInstance, wf: Workflow, kit: WebKit): void {
  const signInForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { email?: string; error?: string; terug?: string },
    status = 200,
  ) =>
    html(
      reply,
      SignInPage({
        csrf: kit.csrf(req, reply),
        ...extra,
        ...(wf.oidc ? { oidcLabel: wf.oidc.settings.label } : {}),
      }),
      status,
    );

  app.get('/aanmelden', (req, reply) => {
    const terug = safeReturn((req.query as Body).terug);
    return signInForm(req, reply, terug ? { terug } : {});
  });

  app.post('/aanmelden', { config: { rateLimit: { max: 20, timeWindow: 60_000 } } }, async (req, reply) => {
    const parsed = signInSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return signInForm(req, reply, { error: 'Vul je e-mailadres en wachtwoord in.' }, 400);
    const { email, password } = parsed.data;
    const terug = safeReturn(parsed.data.terug);
    const result = await wf.signIn.signIn(email, password);
    const again = { email, ...(terug ? { terug } : {}) };
    if (result.kind !== 'ok') {
      const refusal = {
        locked: [
          429,
          `Te veel mislukte pogingen voor dit e-mailadres. Probeer het opnieuw na ${result.kind === 'locked' ? formatDateTime(result.until) : ''}.`,
        ],
        disabled: [403, 'Dit account is uitgeschakeld. Neem contact op met AgII.'],
        invalid: [401, 'Dit e-mailadres en wachtwoord horen niet bij elkaar.'],
      } as const satisfies Record<typeof result.kind, readonly [number, string]>;
      const [status, error] = refusal[result.kind];
      return signInForm(req, reply, { ...again, error }, status);
    }
    kit.signInAs(req, reply, result.sessionToken);
    return reply.redirect(terug ?? (await landing(wf, result.accountId)), 303);
  });

  app.get('/afmelden', (req, reply) =>
    html(reply, SignOutPage({ csrf: kit.csrf(req, reply), signedIn: req.principal.kind === 'user' })),
  );
  app.post('/afmelden', async (req, reply) => {
    await kit.signOut(req, reply);
    return reply.redirect('/afmelden', 303);
  });

  app.get('/wachtwoord-vergeten', (req, reply) =>
    html(reply, ForgotPasswordPage({ csrf: kit.csrf(req, reply) })),
  );
  app.post(
    '/wachtwoord-vergeten',
    { config: { rateLimit: { max: 5, timeWindow: 15 * 60_000 } } },
    async (req, reply) => {
      const parsed = emailSchema.safeParse((req.body as Body | undefined)?.email);
      if (!parsed.success)
        return html(
          reply,
          ForgotPasswordPage({ csrf: kit.csrf(req, reply), error: firstIssue(parsed.error) }),
          400,
        );
      await wf.accounts.requestReset(parsed.data);
      return html(reply, ForgotPasswordPage({ csrf: kit.csrf(req, reply), sent: true }));
    },
  );

  app.get('/wachtwoord-instellen', async (req, reply) => {
    const token = String((req.query as Body).token ?? '');
    const state = await wf.accounts.linkState(token);
    if (state.kind !== 'valid') return html(reply, LinkProblemPage({ kind: state.kind }), 410);
    return html(
      reply,
      SetPasswordPage({
        csrf: kit.csrf(req, reply),
        token,
        name: state.account.name,
        purpose: state.purpose,
      }),
    );
  });

  app.post(
    '/wachtwoord-instellen',
    { config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
    async (req, reply) => {
      const body = (req.body ?? {}) as Body;
      const token = String(body.token ?? '');
      const state = await wf.accounts.linkState(token);
      if (state.kind !== 'valid') return html(reply, LinkProblemPage({ kind: state.kind }), 410);
      const parsed = setPasswordSchema.safeParse(body);
      const form = (error: string) =>
        html(
          reply,
          SetPasswordPage({
            csrf: kit.csrf(req, reply),
            token,
            name: state.account.name,
            purpose: state.purpose,
            error,
          }),
          400,
        );
      if (!parsed.success) return form(firstIssue(parsed.error));
      try {
        const account = await wf.accounts.setPassword(token, parsed.data.password);
        kit.signInAs(req, reply, await wf.signIn.startSession(account.id, 'password'));
        return reply.redirect(await landing(wf, account.id), 303);
      } catch (err) {
        if (err instanceof AccountError) return form(err.message);
        throw err;
      }
    },
  );

  app.get('/aanmelden/oidc', async (req, reply) => {
    if (!wf.oidc)
      return signInForm(req, reply, { error: 'Aanmelden via OpenID Connect is hier niet ingesteld.' }, 404);
    const { url, pending } = await wf.oidc.start();
    const terug = safeReturn((req.query as Body).terug);
    reply.setCookie(OIDC_COOKIE, JSON.stringify({ ...pending, terug }), {
      path: '/aanmelden/oidc',
      httpOnly: true,
      sameSite: 'lax',
      secure: req.protocol === 'https',
      signed: true,
      maxAge: 600,
    });
    return reply.redirect(url, 302);
  });

  app.get('/aanmelden/oidc/terug', async (req, reply) => {
    if (!wf.oidc)
      return signInForm(req, reply, { error: 'Aanmelden via OpenID Connect is hier niet ingesteld.' }, 404);
    const raw = req.unsignCookie(req.cookies[OIDC_COOKIE] ?? '');
    reply.clearCookie(OIDC_COOKIE, { path: '/aanmelden/oidc' });
    if (!raw.valid || !raw.value)
      return signInForm(req, reply, { error: 'De aanmelding is verlopen. Probeer opnieuw.' }, 400);
    const pending = JSON.parse(raw.value) as OidcPending & { terug?: string };
    const returned = new URL(req.url, wf.settings.publicUrl);
    const outcome = await wf.oidc.finish(returned, pending).catch((err: Error) => {
      req.log.warn(`OIDC: ${err.message}`);
      return {
        kind: 'refused' as const,
        message: 'De aanmelding via de aanmeldserver is mislukt. Probeer opnieuw.',
      };
    });
    if (outcome.kind === 'refused') return signInForm(req, reply, { error: outcome.message }, 403);
    kit.signInAs(req, reply, outcome.sessionToken);
    const person = await wf.sessions.resolve(outcome.sessionToken);
    return reply.redirect(
      safeReturn(pending.terug) ?? (person ? await landing(wf, person.userId) : '/'),
      303,
    );
  });
}
