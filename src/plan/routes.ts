/**
 * /gemeente/:nis/plan: the plan of approach of a municipality. Its officers start and write it, submit
 * it and make it final; AgII and its trainers read it, comment on any part and send it back with
 * feedback (src/access/policy.ts: plan.read, plan.edit, plan.coach). Every form carries its CSRF token;
 * every change is audited by the service.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decide } from '../access/policy.js';
import type { SignedIn } from '../access/principal.js';
import type { Actor } from '../audit/repository.js';
import { renderDocument } from '../render/html/document.js';
import type { Report } from '../report/model.js';
import type { PlanState } from '../store/tables.js';
import type { WebKit } from '../workflow/web-kit.js';
import { baselineOf, indicatorChoices, key1Prefill, sinceThePlan } from './figures.js';
import { isKey, STATES } from './keys.js';
import type { ConflictNotice } from './pages/parts.js';
import { type PlanAccess, PlanPage } from './pages/plan-page.js';
import type { ActionFields } from './repository-parts.js';
import { PlanError, type Plans, type PlanView } from './service.js';
import type { PlanSources } from './sources.js';

type Body = Record<string, string | undefined>;

export interface PlanRouteDeps {
  readonly plans: Plans;
  readonly sources: PlanSources;
  readonly kit: WebKit;
  readonly isMunicipality: (nis: string) => boolean;
}

export const actorOf = (req: FastifyRequest): Actor => {
  const person = req.principal as SignedIn;
  return { id: person.userId, label: person.email };
};

export function accessOf(req: FastifyRequest, nis: string): PlanAccess {
  return {
    officer: decide(req.principal, 'plan.edit', nis) === 'allowed',
    coach: decide(req.principal, 'plan.coach') === 'allowed',
  };
}

const nisOf = (req: FastifyRequest) => (req.params as { nis: string }).nis;
const bodyOf = (req: FastifyRequest) => (req.body ?? {}) as Body;
const revisionOf = (body: Body) => {
  const n = Number(body.revisie);
  if (!Number.isInteger(n) || n < 1) throw new PlanError('Het formulier mist zijn revisienummer.', 400);
  return n;
};

function actionFields(body: Body): ActionFields {
  return {
    what: body.what ?? '',
    kind: body.kind ?? '',
    owner: (body.owner ?? '').trim(),
    partners: (body.partners ?? '').trim(),
    timing: (body.timing ?? '').trim(),
    budget: (body.budget ?? '').trim(),
    status: (body.status ?? '') as ActionFields['status'],
  };
}

export function planRoutes(app: FastifyInstance, deps: PlanRouteDeps): void {
  const { plans, sources, kit } = deps;

  const currentReport = async (nis: string): Promise<Report | undefined> => {
    try {
      return await sources.report(nis);
    } catch {
      return undefined; // no release yet: the plan is shown without new figures
    }
  };

  const sinceMap = (view: PlanView | undefined, report: Report | undefined) => {
    const since = new Map<number, string | null>();
    for (const i of view?.indicators ?? []) {
      const now = report ? baselineOf(report, i.indicatorId, i.rowKey) : undefined;
      since.set(
        i.id,
        report && report.release.id !== i.baseline.releaseId ? sinceThePlan(i.baseline, now) : null,
      );
    }
    return since;
  };

  const page = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { conflict?: ConflictNotice; notice?: string; error?: string } = {},
    status = 200,
  ) => {
    const nis = nisOf(req);
    const view = await plans.get(nis);
    const access = accessOf(req, nis);
    const report = view ? await currentReport(nis) : undefined;
    const surveys = view && sources.surveys ? await sources.surveys(nis) : undefined;
    const html = renderDocument(
      PlanPage({
        nis,
        label: kit.municipalityLabel(nis),
        view,
        access,
        csrf: kit.csrf(req, reply),
        choices: report && access.officer ? indicatorChoices(report) : [],
        since: sinceMap(view, report),
        activeRelease: report?.release.id,
        ...(surveys ? { surveys } : {}),
        ...extra,
      }),
    );
    return reply.code(status).type('text/html; charset=utf-8').send(html);
  };

  /** Runs a change; a refused one is shown on the plan page with its reason. */
  const handle =
    (run: (req: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | string | undefined>) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      if (!deps.isMunicipality(nisOf(req))) return page(req, reply, { error: 'Onbekende gemeente.' }, 404);
      try {
        const done = await run(req, reply);
        if (typeof done !== 'string') return done;
        return reply.redirect(`/gemeente/${nisOf(req)}/plan${done}`, 303);
      } catch (err) {
        if (err instanceof PlanError) return page(req, reply, { error: err.message }, err.status);
        throw err;
      }
    };

  app.get('/plan', async (req, reply) => {
    const person = req.principal as SignedIn;
    const own = [...person.municipalities][0];
    if (person.roles.has('gemeente') && own) return reply.redirect(`/gemeente/${own}/plan`, 303);
    if (person.roles.has('agii') || person.roles.has('trainer')) return reply.redirect('/plannen', 303);
    return reply.redirect('/mijn-gegevens', 303);
  });

  app.get('/gemeente/:nis/plan', (req, reply) =>
    deps.isMunicipality(nisOf(req))
      ? page(req, reply)
      : page(req, reply, { error: 'Onbekende gemeente.' }, 404),
  );

  app.post(
    '/gemeente/:nis/plan',
    handle(async (req) => {
      const nis = nisOf(req);
      const report = await sources.report(nis);
      await plans.start(nis, key1Prefill(report), actorOf(req));
      return '#sleutel-1';
    }),
  );

  app.post(
    '/gemeente/:nis/plan/sleutel/:key',
    handle(async (req, reply) => {
      const key = keyOf(req);
      const body = bodyOf(req);
      const texts = { situation: body.situatie ?? '', goals: body.doelen ?? '' };
      const saved = await plans.saveKey(nisOf(req), key, revisionOf(body), texts, actorOf(req));
      if (saved.kind === 'saved') return `#sleutel-${key}`;
      const conflict: ConflictNotice = { ...saved, kind: 'key', key };
      return page(req, reply, { conflict }, 409);
    }),
  );

  app.post(
    '/gemeente/:nis/plan/sleutel/:key/acties',
    handle(async (req) => {
      const key = keyOf(req);
      await plans.addAction(nisOf(req), key, actionFields(bodyOf(req)), actorOf(req));
      return `#sleutel-${key}`;
    }),
  );

  app.post(
    '/gemeente/:nis/plan/acties/:id',
    handle(async (req, reply) => {
      const nis = nisOf(req);
      const id = idOf(req);
      const body = bodyOf(req);
      const before = (await plans.get(nis))?.actions.find((a) => a.id === id);
      const remove = body.schrappen === 'ja';
      const fields = remove ? undefined : actionFields(body);
      const saved = fields
        ? await plans.updateAction(nis, id, revisionOf(body), fields, actorOf(req))
        : await plans.removeAction(nis, id, revisionOf(body), actorOf(req));
      if (saved.kind === 'saved') return `#sleutel-${before?.key ?? 1}`;
      const conflict: ConflictNotice = {
        kind: 'action',
        key: saved.theirs?.key ?? before?.key ?? 1,
        theirs: saved.theirs,
        yours: fields,
        by: saved.by,
        at: saved.at,
      };
      return page(req, reply, { conflict }, 409);
    }),
  );

  app.post(
    '/gemeente/:nis/plan/sleutel/:key/indicatoren',
    handle(async (req) => {
      const nis = nisOf(req);
      const key = keyOf(req);
      const body = bodyOf(req);
      const [indicatorId = '', rowKey = ''] = (body.indicator ?? '').split('|');
      const baseline = baselineOf(await sources.report(nis), indicatorId, rowKey);
      if (!baseline) throw new PlanError('Kies een indicator uit de lijst.', 400);
      await plans.addIndicator(nis, key, baseline, body.doel ?? '', actorOf(req));
      return `#sleutel-${key}`;
    }),
  );

  app.post(
    '/gemeente/:nis/plan/indicatoren/:id',
    handle(async (req, reply) => {
      const nis = nisOf(req);
      const body = bodyOf(req);
      const target = body.schrappen === 'ja' ? null : (body.doel ?? '');
      const saved = await plans.updateIndicator(nis, idOf(req), revisionOf(body), target, actorOf(req));
      if (saved.kind === 'saved') return '';
      const conflict: ConflictNotice = { kind: 'indicator', key: saved.theirs?.key ?? 0, by: saved.by };
      return page(
        req,
        reply,
        {
          conflict,
          error: `Niet bewaard: deze indicator werd intussen gewijzigd${saved.by ? ` door ${saved.by}` : ''}. Het bewaarde doel staat hieronder; jouw doel was "${target ?? 'niet meer volgen'}".`,
        },
        409,
      );
    }),
  );

  const move = (by: 'officer' | 'coach') =>
    handle(async (req) => {
      const to = bodyOf(req).naar as PlanState;
      if (!STATES.includes(to)) throw new PlanError('Onbekende status.', 400);
      await plans.move(nisOf(req), to, by, actorOf(req));
      return '';
    });
  app.post('/gemeente/:nis/plan/status', move('officer'));
  app.post('/gemeente/:nis/plan/feedback', move('coach'));

  app.post(
    '/gemeente/:nis/plan/opmerkingen',
    handle(async (req) => {
      const body = bodyOf(req);
      const part = body.onderdeel ?? 'plan';
      await plans.comment(nisOf(req), part, body.tekst ?? '', actorOf(req));
      const key = /^sleutel-([1-5])$/.exec(part)?.[1];
      return key ? `#sleutel-${key}` : '';
    }),
  );
}

function keyOf(req: FastifyRequest) {
  const n = Number((req.params as { key: string }).key);
  if (!isKey(n)) throw new PlanError('Er zijn vijf sleutels: 1 tot en met 5.', 404);
  return n;
}

function idOf(req: FastifyRequest) {
  const n = Number((req.params as { id: string }).id);
  if (!Number.isInteger(n) || n < 1) throw new PlanError('Onbekend onderdeel van het plan.', 404);
  return n;
}
