/**
 * /vorming: editions and sessions for everyone signed in; officers register and answer date polls.
 * The managers' changes are in routes-manage.ts, materials in routes-materials.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { PollAnswer } from '../store/tables.js';
import { readSessionInput } from './input.js';
import { TrainingError } from './notify.js';
import { EditionPage } from './pages/edition-page.js';
import { EditionsPage } from './pages/editions-page.js';
import { isPollAnswer } from './polls.js';
import {
  body,
  idParam,
  managesTraining,
  NOTICES,
  notFound,
  onSession,
  person,
  renderSession,
  sendHtml,
  type TrainingRouteDeps,
} from './route-kit.js';

export function trainingRoutes(app: FastifyInstance, deps: TrainingRouteDeps): void {
  const { track, kit } = deps;

  const editions = async (
    req: Parameters<typeof renderSession>[1],
    reply: Parameters<typeof renderSession>[2],
    error?: string,
  ) =>
    sendHtml(
      reply,
      EditionsPage({
        editions: await track.sessions.editions(),
        manages: managesTraining(req),
        isAgii: person(req).roles.has('agii'),
        csrf: kit.csrf(req, reply),
        ...(error ? { error } : {}),
      }),
      error ? 400 : 200,
    );

  const edition = async (
    req: Parameters<typeof renderSession>[1],
    reply: Parameters<typeof renderSession>[2],
    id: number,
    error?: string,
    status = 200,
  ) => {
    const found = await track.sessions.edition(id);
    if (!found) return notFound(reply, 'Deze editie bestaat niet.');
    const me = person(req).userId;
    const takesPart = (await track.sessions.participants(id)).some((p) => p.user_id === me);
    return sendHtml(
      reply,
      EditionPage({
        ...found,
        manages: managesTraining(req),
        certificate: takesPart ? await track.attendance.certificate(id, me) : undefined,
        csrf: kit.csrf(req, reply),
        ...(error ? { error } : {}),
      }),
      status,
    );
  };

  app.get('/vorming', (req, reply) => editions(req, reply));

  app.post('/vorming', async (req, reply) => {
    const f = body(req);
    try {
      const id = await track.sessions.createEdition(
        {
          title: f.titel ?? '',
          description: (f.beschrijving ?? '').trim(),
          attendancePercent: Number(f.regel || 80),
        },
        { id: person(req).userId, label: person(req).email },
      );
      return reply.redirect(`/vorming/editie/${id}`, 303);
    } catch (err) {
      if (err instanceof TrainingError) return editions(req, reply, err.message);
      throw err;
    }
  });

  app.get('/vorming/editie/:edition', async (req, reply) => {
    const id = idParam(req, 'edition');
    return id === undefined ? notFound(reply, 'Deze editie bestaat niet.') : edition(req, reply, id);
  });

  app.post('/vorming/editie/:edition/sessies', async (req, reply) => {
    const id = idParam(req, 'edition');
    if (id === undefined) return notFound(reply, 'Deze editie bestaat niet.');
    try {
      const session = await track.sessions.addSession(id, readSessionInput(body(req)), {
        id: person(req).userId,
        label: person(req).email,
      });
      return reply.redirect(`/vorming/sessie/${session}`, 303);
    } catch (err) {
      if (err instanceof TrainingError) return edition(req, reply, id, err.message, err.status);
      throw err;
    }
  });

  app.get('/vorming/sessie/:session', async (req, reply) => {
    const id = idParam(req, 'session');
    if (id === undefined) return notFound(reply, 'Deze sessie bestaat niet.');
    const done = (req.query as { gedaan?: string }).gedaan;
    const notice = done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
    return renderSession(deps, req, reply, id, notice ? { notice } : {});
  });

  const officer = (req: Parameters<typeof renderSession>[1]) => {
    const p = person(req);
    return { userId: p.userId, email: p.email, name: p.name, municipalities: p.municipalities };
  };

  app.post('/vorming/sessie/:session/inschrijven', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      const nis = body(req).gemeente ?? '';
      return track.sessions.register(id, officer(req), nis);
    }),
  );

  app.post('/vorming/sessie/:session/uitschrijven', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      await track.sessions.unregister(id, officer(req));
      return 'uitgeschreven';
    }),
  );

  app.post('/vorming/sessie/:session/peiling/antwoord', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      const answers = new Map<number, PollAnswer>();
      for (const [key, value] of Object.entries(body(req))) {
        const m = key.match(/^optie-(\d+)$/);
        if (!m) continue;
        if (!isPollAnswer(value)) throw new TrainingError('Antwoord met ja, misschien of nee.');
        answers.set(Number(m[1]), value);
      }
      await track.polls.answer(id, person(req).userId, answers);
      return 'antwoord';
    }),
  );
}
