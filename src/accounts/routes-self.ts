/** A person's own data (/mijn-gegevens, deleting the account) and the accounts of a municipality. */
import type { FastifyInstance } from 'fastify';
import type { SignedIn } from '../access/principal.js';
import { renderDocument } from '../render/html/document.js';
import type { Workflow } from '../workflow/open-workflow.js';
import type { WebKit } from '../workflow/web-kit.js';
import { MembersPage } from './pages/members.js';
import { DeletedPage, MyDataPage } from './pages/my-data.js';
import { personalData } from './personal-data.js';
import { AccountError } from './service.js';

export function selfRoutes(app: FastifyInstance, wf: Workflow, kit: WebKit): void {
  const myData = async (person: SignedIn, csrf: string, error?: string) => {
    const data = await personalData(wf.db, person.userId);
    if (!data) throw new Error('account verdwenen');
    return renderDocument(
      MyDataPage({ data, csrf, label: kit.municipalityLabel, ...(error ? { error } : {}) }),
    );
  };

  app.get('/mijn-gegevens', async (req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(await myData(req.principal as SignedIn, kit.csrf(req, reply))),
  );

  app.post('/mijn-gegevens/verwijderen', async (req, reply) => {
    const person = req.principal as SignedIn;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const page = (error: string) => myData(person, kit.csrf(req, reply), error);
    if (body.bevestig !== 'ja')
      return reply
        .code(400)
        .type('text/html; charset=utf-8')
        .send(await page('Vink aan dat je je account wilt verwijderen.'));
    try {
      await wf.accounts.deleteOwn(person.userId);
    } catch (err) {
      if (err instanceof AccountError)
        return reply
          .code(409)
          .type('text/html; charset=utf-8')
          .send(await page(err.message));
      throw err;
    }
    await kit.signOut(req, reply);
    return reply.type('text/html; charset=utf-8').send(renderDocument(DeletedPage()));
  });

  app.get('/gemeente/:nis/medewerkers', async (req, reply) => {
    const { nis } = req.params as { nis: string };
    const members = await wf.accounts.ofMunicipality(nis);
    return reply
      .type('text/html; charset=utf-8')
      .send(renderDocument(MembersPage({ label: kit.municipalityLabel(nis), nis, members })));
  });
}
