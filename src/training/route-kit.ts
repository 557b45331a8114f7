/** What the training routes share: who asks, rendering a session page (with a notice or an error). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { SignedIn } from '../access/principal.js';
import type { Actor } from '../audit/repository.js';
import { renderDocument } from '../render/html/document.js';
import { MessagePage } from '../render/html/search-page.js';
import type { WebKit } from '../workflow/web-kit.js';
import type { Materials } from './materials.js';
import { TrainingError } from './notify.js';
import type { Viewer } from './pages/labels.js';
import { SessionPage } from './pages/session-page.js';
import type { TrainingTrack } from './track.js';

export interface TrainingRouteDeps {
  readonly track: TrainingTrack;
  readonly materials: Materials;
  readonly kit: WebKit;
  readonly now: () => Date;
}

export const NOTICES: Readonly<Record<string, string>> = {
  ingeschreven: 'Je bent ingeschreven. De bevestiging met een uitnodiging voor je agenda komt per e-mail.',
  wachtlijst:
    'De sessie is volzet: je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je een e-mail.',
  uitgeschreven: 'Je bent uitgeschreven; je krijgt een e-mail.',
  gewijzigd: 'De sessie is bewaard; wie ingeschreven is, krijgt een e-mail.',
  afgelast: 'De sessie is afgelast; wie ingeschreven is, krijgt een e-mail.',
  gehouden: 'De sessie is gemarkeerd als gehouden.',
  peiling: 'De datumpeiling loopt; de deelnemers van de editie krijgen een e-mail.',
  antwoord: 'Je antwoorden zijn bewaard.',
  vastgelegd: 'De datum ligt vast; alle deelnemers van de editie krijgen een e-mail.',
  materiaal: 'Het materiaal is toegevoegd.',
  publiek: 'De zichtbaarheid van het materiaal is aangepast.',
};

export const person = (req: FastifyRequest) => req.principal as SignedIn;

export const actorOf = (req: FastifyRequest): Actor => ({ id: person(req).userId, label: person(req).email });

export function managesTraining(req: FastifyRequest): boolean {
  const p = req.principal;
  return p.kind === 'user' && (p.roles.has('agii') || p.roles.has('trainer'));
}

export function viewerOf(req: FastifyRequest, kit: WebKit): Viewer {
  const p = person(req);
  return {
    userId: p.userId,
    manages: managesTraining(req),
    municipalities: p.roles.has('gemeente')
      ? [...p.municipalities].sort().map((nis) => ({ nis, label: kit.municipalityLabel(nis) }))
      : [],
  };
}

export function sendHtml(reply: FastifyReply, page: VNode, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
}

export function notFound(reply: FastifyReply, what: string) {
  return sendHtml(reply, MessagePage({ title: 'Niet gevonden', message: what }), 404);
}

/** A positive integer route parameter, or undefined. */
export function idParam(req: FastifyRequest, name: string): number | undefined {
  const value = Number((req.params as Record<string, string>)[name]);
  return Number.isInteger(value) && value > 0 && value < 2 ** 31 ? value : undefined;
}

export function body(req: FastifyRequest): Record<string, string> {
  const raw = (req.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String([v].flat()[0] ?? '')]));
}

export async function renderSession(
  deps: TrainingRouteDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  id: number,
  extra: { error?: string; notice?: string } = {},
  status = 200,
) {
  const found = await deps.track.sessions.session(id);
  if (!found) return notFound(reply, 'Deze sessie bestaat niet.');
  const viewer = viewerOf(req, deps.kit);
  const participants = await deps.track.sessions.participants(found.edition.id);
  const participant = participants.some((p) => p.user_id === viewer.userId);
  const materials =
    viewer.manages || participant
      ? await deps.materials.list(id)
      : (await deps.materials.list(id)).filter((m) => m.public);
  return sendHtml(
    reply,
    SessionPage({
      ...found,
      materials,
      viewer,
      participant,
      municipalityLabel: deps.kit.municipalityLabel,
      csrf: deps.kit.csrf(req, reply),
      now: deps.now(),
      ...extra,
    }),
    status,
  );
}

/** Runs a change; a TrainingError shows the session page again with the message (and its status). */
export async function onSession(
  deps: TrainingRouteDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  work: (id: number) => Promise<string>,
) {
  const id = idParam(req, 'session');
  if (id === undefined) return notFound(reply, 'Deze sessie bestaat niet.');
  try {
    const notice = await work(id);
    return reply.redirect(`/vorming/sessie/${id}?gedaan=${notice}`, 303);
  } catch (err) {
    if (err instanceof TrainingError)
      return renderSession(deps, req, reply, id, { error: err.message }, err.status);
    throw err;
  }
}
