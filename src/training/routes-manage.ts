/** The managers' (agii, trainer) changes to a session: details, cancel, held, date poll, attendance. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AttendanceEntry } from './attendance.js';
import { isAttendanceStatus } from './attendance.js';
import { brusselsInstant } from './brussels-time.js';
import { readDay, readSessionInput } from './input.js';
import { TrainingError } from './notify.js';
import { AttendancePage } from './pages/attendance-page.js';
import { readProposedDates } from './polls.js';
import {
  actorOf,
  body,
  idParam,
  notFound,
  onSession,
  sendHtml,
  type TrainingRouteDeps,
} from './route-kit.js';

export function trainingManageRoutes(app: FastifyInstance, deps: TrainingRouteDeps): void {
  const { track, kit } = deps;

  app.post('/vorming/sessie/:session', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      const f = body(req);
      await track.sessions.updateSession(id, readSessionInput(f), f.reden ?? '', actorOf(req));
      return 'gewijzigd';
    }),
  );

  app.post('/vorming/sessie/:session/afgelasten', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      await track.sessions.cancelSession(id, body(req).reden ?? '', actorOf(req));
      return 'afgelast';
    }),
  );

  app.post('/vorming/sessie/:session/gehouden', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      await track.sessions.markHeld(id, actorOf(req));
      return 'gehouden';
    }),
  );

  app.post('/vorming/sessie/:session/peiling', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      const f = body(req);
      const dates = readProposedDates(f.data ?? '');
      // The poll closes at the end of the chosen day, Brussels time.
      const closes = brusselsInstant(readDay((f.sluit ?? '').trim(), 'Sluit op'), '23:59');
      await track.polls.create(id, dates, closes, actorOf(req));
      return 'peiling';
    }),
  );

  app.post('/vorming/sessie/:session/peiling/vastleggen', (req, reply) =>
    onSession(deps, req, reply, async (id) => {
      const option = Number(body(req).optie);
      if (!Number.isInteger(option)) throw new TrainingError('Kies een van de voorgestelde data.');
      await track.polls.fix(id, option, actorOf(req));
      return 'vastgelegd';
    }),
  );

  const attendance = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    extra: { error?: string; notice?: string } = {},
    status = 200,
  ) => {
    const found = await track.sessions.session(id);
    if (!found) return notFound(reply, 'Deze sessie bestaat niet.');
    const marks = new Map(found.attendance.map((a) => [a.user_id, a]));
    const rows = found.registrations
      .filter((r) => r.status !== 'uitgeschreven')
      .map((r) => ({
        userId: r.user_id,
        name: r.display_name,
        municipality: kit.municipalityLabel(r.nis),
        waiting: r.status === 'wachtlijst',
        status: marks.get(r.user_id)?.status,
        remark: marks.get(r.user_id)?.remark ?? '',
      }));
    return sendHtml(
      reply,
      AttendancePage({ session: found.session, rows, csrf: kit.csrf(req, reply), ...extra }),
      status,
    );
  };

  app.get('/vorming/sessie/:session/aanwezigheid', async (req, reply) => {
    const id = idParam(req, 'session');
    return id === undefined ? notFound(reply, 'Deze sessie bestaat niet.') : attendance(req, reply, id);
  });

  app.post('/vorming/sessie/:session/aanwezigheid', async (req, reply) => {
    const id = idParam(req, 'session');
    if (id === undefined) return notFound(reply, 'Deze sessie bestaat niet.');
    const f = body(req);
    const entries: AttendanceEntry[] = [];
    try {
      for (const [key, value] of Object.entries(f)) {
        const m = key.match(/^status-(\d+)$/);
        if (!m) continue;
        if (!isAttendanceStatus(value))
          throw new TrainingError('Kies aanwezig, afwezig, verontschuldigd of te laat.');
        entries.push({ userId: Number(m[1]), status: value, remark: f[`opmerking-${m[1]}`] ?? '' });
      }
      if (entries.length === 0) throw new TrainingError('Duid voor minstens één deelnemer iets aan.');
      await track.attendance.record(id, entries, actorOf(req));
    } catch (err) {
      if (err instanceof TrainingError) return attendance(req, reply, id, { error: err.message }, err.status);
      throw err;
    }
    return attendance(req, reply, id, {
      notice: `Aanwezigheid bewaard voor ${entries.length} ${entries.length === 1 ? 'deelnemer' : 'deelnemers'}.`,
    });
  });
}
