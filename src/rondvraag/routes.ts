/**
 * /beheer/rondvraag (AgII): contacts (CSV upload, all or nothing), starting and sending, reminders, the
 * closing day, the live response and the answers; /gemeente/:nis/rondvraag: the municipality's own answer
 * for its officers. Answering itself is the survey engine's (`/enquete/uitnodiging/<token>`).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../access/principal.js';
import type { Actor } from '../audit/repository.js';
import type { NisCode } from '../domain/brand.js';
import type { Geography } from '../geo/index.js';
import { renderDocument } from '../render/html/document.js';
import { brusselsDay } from '../usage/days.js';
import type { Workflow } from '../workflow/open-workflow.js';
import type { WebKit } from '../workflow/web-kit.js';
import { brusselsTime, isDay } from './closing.js';
import type { ContactProblem } from './contacts-csv.js';
import { readDashboard } from './dashboard.js';
import { rondvraagMunicipalities } from './municipalities.js';
import { OwnRondvraagPage } from './pages/own-page.js';
import { RondvraagPage } from './pages/rondvraag-page.js';
import { rondvraagMapSvg } from './rondvraag-map.js';
import { RondvraagError } from './service.js';

const MAX_CONTACTS_BYTES = 2_000_000;
/** Reminders of a planned day leave at 9:00 Brussels time. */
const REMINDER_HOUR = 9;

type Body = Record<string, unknown>;

const actorOf = (req: FastifyRequest): Actor => {
  const person = req.principal as SignedIn;
  return { id: person.userId, label: person.email };
};

/** "2027-01-15, 2027-01-29" → the days, or the text that is not a day. */
function readDays(text: string): { days: string[] } | { bad: string } {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const bad = parts.find((p) => !isDay(p));
  return bad !== undefined ? { bad } : { days: [...new Set(parts)].sort() };
}

export function rondvraagRoutes(app: FastifyInstance, wf: Workflow, kit: WebKit, geo: Geography): void {
  const municipalities = rondvraagMunicipalities(geo);
  const rondvragen = wf.rondvraag;

  const dashboard = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: string; error?: string; problems?: readonly ContactProblem[] } = {},
    status = 200,
  ) => {
    const data = await readDashboard(wf.db, rondvragen, wf.usage, municipalities);
    const page = RondvraagPage({
      title: data.rondvraag?.run.title ?? rondvragen.surveyTitle(),
      rondvraag: data.rondvraag,
      open: data.rondvraag?.open ?? false,
      contacts: data.contacts,
      overview: data.overview,
      reminders: data.reminders,
      mapSvg: rondvraagMapSvg(data.overview, brusselsDay(wf.now())),
      answers: data.answers.filter((a) => a.submitted),
      csrf: kit.csrf(req, reply),
      ...extra,
    });
    return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
  };

  /** Runs an action; a RondvraagError is shown on the page (409), anything else is a server error. */
  const act = async (req: FastifyRequest, reply: FastifyReply, run: () => Promise<string>) => {
    try {
      return dashboard(req, reply, { notice: await run() });
    } catch (err) {
      if (err instanceof RondvraagError) return dashboard(req, reply, { error: err.message }, 409);
      throw err;
    }
  };

  app.get('/beheer/rondvraag', (req, reply) => dashboard(req, reply));

  app.post('/beheer/rondvraag/starten', (req, reply) => {
    const body = (req.body ?? {}) as Body;
    const closesOn = String(body.sluitingsdatum ?? '').trim();
    if (!isDay(closesOn))
      return dashboard(req, reply, { error: 'Geef een sluitingsdatum (dag, maand en jaar).' }, 400);
    const days = readDays(String(body.herinneringen ?? ''));
    if ('bad' in days)
      return dashboard(
        req,
        reply,
        { error: `"${days.bad}" is geen datum: schrijf de herinneringen als 2027-01-15.` },
        400,
      );
    return act(req, reply, async () => {
      const { invited } = await rondvragen.start(
        { closesOn, reminders: days.days.map((d) => brusselsTime(d, REMINDER_HOUR)) },
        actorOf(req),
      );
      return `De rondvraag is gestart: ${invited} uitnodigingen zijn onderweg.`;
    });
  });

  app.post('/beheer/rondvraag/uitnodigen', (req, reply) =>
    act(req, reply, async () => {
      const n = await rondvragen.inviteNew(actorOf(req));
      return n === 0
        ? 'Elke gemeente met een contact is al uitgenodigd.'
        : `${n} uitnodigingen zijn onderweg.`;
    }),
  );

  app.post('/beheer/rondvraag/herinneren', (req, reply) => {
    const day = String(((req.body ?? {}) as Body).op ?? '').trim();
    if (day !== '' && !isDay(day))
      return dashboard(req, reply, { error: 'Geef een geldige datum, of laat het veld leeg.' }, 400);
    const due = day === '' ? wf.now() : brusselsTime(day, REMINDER_HOUR);
    if (due < wf.now() && day !== '')
      return dashboard(
        req,
        reply,
        { error: 'Die dag is voorbij: laat het veld leeg om nu te herinneren.' },
        400,
      );
    return act(req, reply, async () => {
      await rondvragen.scheduleReminder(due, actorOf(req));
      return day === ''
        ? 'De herinnering gaat nu weg naar de gemeenten die nog niet antwoordden.'
        : `De herinnering is gepland op ${day} om ${REMINDER_HOUR} uur.`;
    });
  });

  app.post('/beheer/rondvraag/sluitingsdatum', (req, reply) => {
    const closesOn = String(((req.body ?? {}) as Body).sluitingsdatum ?? '').trim();
    if (!isDay(closesOn))
      return dashboard(req, reply, { error: 'Geef een sluitingsdatum (dag, maand en jaar).' }, 400);
    return act(req, reply, async () => {
      await rondvragen.changeClosingDate(closesOn, actorOf(req));
      return 'De sluitingsdatum is gewijzigd.';
    });
  });

  // Multipart only here: every other form stays urlencoded with its small body limit.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_CONTACTS_BYTES, files: 1, fields: 5 } });
    scope.post('/beheer/rondvraag/contacten', async (req, reply) => {
      const file = req.isMultipart() ? await req.file().catch(() => undefined) : undefined;
      if (!file?.filename)
        return dashboard(req, reply, { error: 'Kies een CSV-bestand met de contacten.' }, 400);
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch {
        return dashboard(req, reply, { error: 'Het bestand is groter dan 2 MB.' }, 400);
      }
      const result = await rondvragen.importContacts(bytes, file.filename, actorOf(req));
      if (!result.ok) return dashboard(req, reply, { problems: result.problems }, 400);
      return dashboard(req, reply, {
        notice: `${result.imported} contacten geïmporteerd${result.replaced > 0 ? ` (in de plaats van de ${result.replaced} van voordien)` : ''}.`,
      });
    });
  });

  app.get('/gemeente/:nis/rondvraag', async (req, reply) => {
    const nis = (req.params as { nis: string }).nis;
    const municipality = geo.area('2025', 'municipality', nis as NisCode);
    if (!municipality) return reply.callNotFound();
    const data = await readDashboard(wf.db, rondvragen, wf.usage, municipalities);
    const row = data.overview.rows.find((r) => r.nis === nis);
    const invited = row !== undefined && row.state !== 'niet-bevraagd';
    const page = OwnRondvraagPage({
      name: municipality.name,
      title: data.rondvraag?.run.title,
      closesAt: data.rondvraag?.closesAt,
      open: data.rondvraag?.open ?? false,
      row,
      lines: data.answers.find((a) => a.nis === nis)?.lines ?? [],
      link: data.rondvraag?.open && invited ? await rondvragen.link(data.rondvraag, nis) : undefined,
    });
    return reply.type('text/html; charset=utf-8').send(renderDocument(page));
  });
}
