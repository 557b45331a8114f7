/**
 * Every route of the application and the action it needs (policy.ts). A route that is not listed is
 * refused (and logged), and the routes × roles matrix test fails until it has a line here and there.
 * `municipality` names the route parameter holding the NIS code the request is about.
 */
import type { Action } from './policy.js';

export interface RouteRule {
  readonly action: Action;
  readonly municipality?: string;
}

const open: RouteRule = { action: 'public' };
const signedIn: RouteRule = { action: 'signed-in' };

export const ROUTE_RULES: Readonly<Record<string, RouteRule>> = {
  // The statistics: open to everyone, as they always were.
  'GET /': open,
  'GET /zoek': open,
  'GET /gemeente/:nis': open,
  'GET /gemeente/:nis/grafiek/:block': open,
  'GET /embed/gemeente/:nis/:block': open,
  'GET /gemeente/:nis/rapport.pdf': open,
  'GET /gemeente/:nis/kernrapport.pdf': open,
  'GET /gemeente/:nis/rapport.xlsx': open,
  'GET /gemeente/:nis/rapport.csv': open,
  'GET /api/v1/gemeente/:nis/rapport': open,
  'GET /api/v1/health': open,
  'GET /health': open,
  'GET /indicatoren': open,
  'GET /api/v1/indicatoren': open,
  // The public API (src/web/api) and its documentation.
  'GET /api/v1/indicatoren/:id': open,
  'GET /api/v1/gebieden': open,
  'GET /api/v1/indicatoren/:id/waarden': open,
  'GET /api/v1/openapi.json': open,
  'OPTIONS /api/v1*': open,
  'GET /api/docs': open,
  'GET /api/docs/': open,
  'GET /api/docs/static/index.html': open,
  'GET /api/docs/static/swagger-initializer.js': open,
  'GET /api/docs/json': open,
  'GET /api/docs/yaml': open,
  'GET /api/docs/static/*': open,
  'GET /indicator/:id': open,
  'GET /indicator/:id/:file': open,
  // The inburgering dashboard (issue 10 §1): page, downloads, island scripts.
  'GET /dashboard/inburgering': open,
  'GET /dashboard/inburgering/:file': open,
  // Signing in and one-time links (the person has no session yet).
  'GET /aanmelden': open,
  'POST /aanmelden': open,
  'GET /aanmelden/oidc': open,
  'GET /aanmelden/oidc/terug': open,
  'GET /wachtwoord-vergeten': open,
  'POST /wachtwoord-vergeten': open,
  'GET /wachtwoord-instellen': open,
  'POST /wachtwoord-instellen': open,
  'GET /afmelden': open,
  'POST /afmelden': open,
  // Answering a survey: an open link (anonymous) or a personal invitation token (identified).
  'GET /enquete/:slug': open,
  'POST /enquete/:slug': open,
  'GET /enquete/:slug/vragen': open,
  'POST /enquete/:slug/vragen': open,
  'GET /enquete/uitnodiging/:token': open,
  'POST /enquete/uitnodiging/:token': open,
  'GET /enquete/:slug/qr.svg': open,
  // A municipality's own surveys: its officers and AgII (raw answers included).
  'GET /gemeente/:nis/enquetes': { action: 'surveys.manage', municipality: 'nis' },
  'POST /gemeente/:nis/enquetes': { action: 'surveys.manage', municipality: 'nis' },
  'GET /gemeente/:nis/enquetes/:run': { action: 'surveys.manage', municipality: 'nis' },
  'GET /gemeente/:nis/enquetes/:run/antwoorden.csv': { action: 'surveys.manage', municipality: 'nis' },
  'GET /gemeente/:nis/enquetes/:run/antwoorden.xlsx': { action: 'surveys.manage', municipality: 'nis' },
  // A person's own data.
  'GET /mijn-gegevens': signedIn,
  'POST /mijn-gegevens/verwijderen': signedIn,
  // What belongs to one municipality.
  'GET /gemeente/:nis/medewerkers': { action: 'municipality.read', municipality: 'nis' },
  'GET /gemeente/:nis/rondvraag': { action: 'rondvraag.own', municipality: 'nis' },
  // Administration (AgII).
  'GET /beheer': { action: 'admin.home' },
  'GET /beheer/gebruikers': { action: 'users.manage' },
  'POST /beheer/gebruikers': { action: 'users.manage' },
  'GET /beheer/gebruikers/:id': { action: 'users.manage' },
  'POST /beheer/gebruikers/:id': { action: 'users.manage' },
  'POST /beheer/gebruikers/:id/uitschakelen': { action: 'users.manage' },
  'POST /beheer/gebruikers/:id/inschakelen': { action: 'users.manage' },
  'GET /beheer/audit': { action: 'audit.read' },
  'GET /beheer/uitgaande-mail': { action: 'mail.read' },
  'GET /beheer/uitgaande-mail/:id': { action: 'mail.read' },
  'GET /beheer/gebruik': { action: 'usage.read' },
  'GET /beheer/gebruik.csv': { action: 'usage.read' },
  'GET /beheer/gebruik.xlsx': { action: 'usage.read' },
  'GET /beheer/data': { action: 'releases.manage' },
  'POST /beheer/data': { action: 'releases.manage' },
  'GET /beheer/data/bouw/:id': { action: 'releases.manage' },
  'GET /beheer/data/release/:release': { action: 'releases.manage' },
  'POST /beheer/data/release/:release/activeren': { action: 'releases.manage' },
  'POST /beheer/data/release/:release/plannen': { action: 'releases.manage' },
  // The training track (/vorming): reading for everyone signed in; a material decides in its handler
  // (participants, AgII and trainers, or everyone once published).
  'GET /vorming': signedIn,
  'POST /vorming': { action: 'training.manage' },
  'GET /vorming/editie/:edition': signedIn,
  // A person's own certificate: the handler prints only the signed-in person's.
  'GET /vorming/editie/:edition/attest.pdf': signedIn,
  'POST /vorming/editie/:edition/sessies': { action: 'training.manage' },
  'GET /vorming/sessie/:session': signedIn,
  'POST /vorming/sessie/:session': { action: 'training.manage' },
  'POST /vorming/sessie/:session/afgelasten': { action: 'training.manage' },
  'POST /vorming/sessie/:session/gehouden': { action: 'training.manage' },
  'POST /vorming/sessie/:session/inschrijven': { action: 'training.register' },
  'POST /vorming/sessie/:session/uitschrijven': { action: 'training.register' },
  'GET /vorming/sessie/:session/aanwezigheid': { action: 'training.manage' },
  'POST /vorming/sessie/:session/aanwezigheid': { action: 'training.manage' },
  'POST /vorming/sessie/:session/peiling': { action: 'training.manage' },
  'POST /vorming/sessie/:session/peiling/antwoord': { action: 'training.register' },
  'POST /vorming/sessie/:session/peiling/vastleggen': { action: 'training.manage' },
  'POST /vorming/sessie/:session/materiaal': { action: 'training.manage' },
  'POST /vorming/sessie/:session/link': { action: 'training.manage' },
  'POST /vorming/materiaal/:material/publiek': { action: 'training.manage' },
  'GET /vorming/materiaal/:material': open,
  'GET /vorming/overzicht': { action: 'training.overview' },
  'GET /vorming/overzicht.csv': { action: 'training.overview' },
  'GET /vorming/overzicht.xlsx': { action: 'training.overview' },
  // Plans of approach (issue 12 §2): the municipality's officers write, AgII and its trainers read and comment.
  'GET /plan': signedIn,
  'GET /plannen': { action: 'plan.coach' },
  'GET /gemeente/:nis/plan': { action: 'plan.read', municipality: 'nis' },
  'GET /gemeente/:nis/plan/geschiedenis': { action: 'plan.read', municipality: 'nis' },
  'GET /gemeente/:nis/plan.docx': { action: 'plan.read', municipality: 'nis' },
  'GET /gemeente/:nis/plan.pdf': { action: 'plan.read', municipality: 'nis' },
  'GET /gemeente/:nis/plan.json': { action: 'plan.read', municipality: 'nis' },
  'POST /gemeente/:nis/plan/opmerkingen': { action: 'plan.read', municipality: 'nis' },
  'POST /gemeente/:nis/plan/feedback': { action: 'plan.coach', municipality: 'nis' },
  'POST /gemeente/:nis/plan': { action: 'plan.edit', municipality: 'nis' },
  'POST /gemeente/:nis/plan/status': { action: 'plan.edit', municipality: 'nis' },
  'POST /gemeente/:nis/plan/sleutel/:key': { action: 'plan.edit', municipality: 'nis' },
  'POST /gemeente/:nis/plan/sleutel/:key/acties': { action: 'plan.edit', municipality: 'nis' },
  'POST /gemeente/:nis/plan/sleutel/:key/indicatoren': { action: 'plan.edit', municipality: 'nis' },
  'POST /gemeente/:nis/plan/acties/:id': { action: 'plan.edit', municipality: 'nis' },
  'POST /gemeente/:nis/plan/indicatoren/:id': { action: 'plan.edit', municipality: 'nis' },
  'GET /beheer/rondvraag': { action: 'rondvraag.manage' },
  'POST /beheer/rondvraag/contacten': { action: 'rondvraag.manage' },
  'POST /beheer/rondvraag/starten': { action: 'rondvraag.manage' },
  'POST /beheer/rondvraag/uitnodigen': { action: 'rondvraag.manage' },
  'POST /beheer/rondvraag/herinneren': { action: 'rondvraag.manage' },
  'POST /beheer/rondvraag/sluitingsdatum': { action: 'rondvraag.manage' },
};

/** The key of a route in ROUTE_RULES: `GET /gemeente/:nis` (HEAD follows its GET). */
export function routeKey(method: string, url: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${url}`;
}
