/** /beheer/gebruikers (AgII): list, invite, change roles and municipalities, disable and enable — all audited. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../access/principal.js';
import type { Actor } from '../audit/repository.js';
import { renderDocument } from '../render/html/document.js';
import type { Workflow } from '../workflow/open-workflow.js';
import type { WebKit } from '../workflow/web-kit.js';
import { type AccessValues, UserPage, UsersPage } from './pages/users.js';
import { accessSchema, firstIssue, inviteSchema } from './schema.js';
import { AccountError } from './service.js';

type Body = Record<string, unknown>;

const actorOf = (req: FastifyRequest): Actor => {
  const person = req.principal as SignedIn;
  return { id: person.userId, label: person.email };
};

/** What the form sent, to show it again next to an error. */
function typed(body: Body): AccessValues {
  const roles = body.roles === undefined ? [] : [body.roles].flat().map(String);
  return {
    email: String(body.email ?? ''),
    name: String(body.name ?? ''),
    roles,
    municipalities: [body.municipalities ?? ''].flat().map(String).join(', '),
  };
}

export function adminUserRoutes(app: FastifyInstance, wf: Workflow, kit: WebKit): void {
  const send = (reply: FastifyReply, page: Parameters<typeof renderDocument>[0], status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));

  const list = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { values?: AccessValues; error?: string; notice?: string } = {},
    status = 200,
  ) =>
    send(
      reply,
      UsersPage({
        accounts: await wf.accounts.list(),
        csrf: kit.csrf(req, reply),
        label: kit.municipalityLabel,
        ...extra,
      }),
      status,
    );

  const one = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: { values?: AccessValues; error?: string; notice?: string } = {},
    status = 200,
  ) => {
    const account = await wf.accounts.get(id);
    if (!account) return list(req, reply, { error: `Er is geen account #${id}.` }, 404);
    const audit = await wf.audit.list({ limit: 100, subject: { type: 'user', id: String(id) } });
    return send(
      reply,
      UserPage({ account, audit, csrf: kit.csrf(req, reply), label: kit.municipalityLabel, ...extra }),
      status,
    );
  };

  const idOf = (req: FastifyRequest) => {
    const id = Number((req.params as { id: string }).id);
    return Number.isInteger(id) && id > 0 ? id : 0;
  };

  app.get('/beheer/gebruikers', (req, reply) => list(req, reply));

  app.post('/beheer/gebruikers', async (req, reply) => {
    const body = (req.body ?? {}) as Body;
    const parsed = inviteSchema.safeParse(body);
    if (!parsed.success)
      return list(req, reply, { values: typed(body), error: firstIssue(parsed.error) }, 400);
    try {
      const { account } = await wf.accounts.invite(parsed.data, actorOf(req), { mail: true });
      const where =
        wf.mailer.transport.kind === 'smtp'
          ? 'De uitnodiging is per e-mail onderweg.'
          : 'Er is geen mailserver ingesteld: de uitnodiging staat in de uitgaande e-mail, stuur de link zelf door.';
      return list(req, reply, { notice: `${account.name} (${account.email}) is uitgenodigd. ${where}` });
    } catch (err) {
      if (err instanceof AccountError)
        return list(req, reply, { values: typed(body), error: err.message }, 400);
      throw err;
    }
  });

  app.get('/beheer/gebruikers/:id', (req, reply) => one(req, reply, idOf(req)));

  app.post('/beheer/gebruikers/:id', async (req, reply) => {
    const id = idOf(req);
    const body = (req.body ?? {}) as Body;
    const parsed = accessSchema.safeParse(body);
    if (!parsed.success)
      return one(req, reply, id, { values: typed(body), error: firstIssue(parsed.error) }, 400);
    try {
      await wf.accounts.changeAccess(id, parsed.data, actorOf(req));
      return one(req, reply, id, { notice: 'Opgeslagen.' });
    } catch (err) {
      if (err instanceof AccountError)
        return one(req, reply, id, { values: typed(body), error: err.message }, 400);
      throw err;
    }
  });

  for (const [path, enabled] of [
    ['uitschakelen', false],
    ['inschakelen', true],
  ] as const) {
    app.post(`/beheer/gebruikers/:id/${path}`, async (req, reply) => {
      const id = idOf(req);
      try {
        await wf.accounts.setEnabled(id, enabled, actorOf(req));
        return one(req, reply, id, {
          notice: enabled ? 'Het account is weer ingeschakeld.' : 'Het account is uitgeschakeld.',
        });
      } catch (err) {
        if (err instanceof AccountError) return one(req, reply, id, { error: err.message }, 400);
        throw err;
      }
    });
  }
}
