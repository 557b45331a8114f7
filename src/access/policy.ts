/**
 * The authorisation policy, in one place: for every action, which roles may do it anywhere and which
 * only for their own municipality. Routes name an action (route-rules.ts); nothing else decides.
 */
import type { Principal, Role } from './principal.js';

export interface Rule {
  /** Roles allowed for every municipality. */
  readonly roles: readonly Role[];
  /** Roles allowed only for a municipality they are bound to. */
  readonly ownMunicipality?: readonly Role[];
  readonly description: string;
}

/** `public`: anyone, no account needed. `signed-in`: any person with an active session. */
export const POLICY = {
  public: { roles: [], description: 'iedereen, zonder account' },
  'signed-in': { roles: [], description: 'iedereen die aangemeld is' },
  'admin.home': { roles: ['agii'], description: 'de beheerpagina' },
  'users.manage': {
    roles: ['agii'],
    description: 'gebruikers uitnodigen, rollen en gemeenten wijzigen, uitschakelen',
  },
  'audit.read': { roles: ['agii'], description: 'het auditlogboek lezen' },
  'mail.read': { roles: ['agii'], description: 'de uitgaande e-mail lezen' },
  'usage.read': { roles: ['agii'], description: 'het gebruik per gemeente bekijken en downloaden' },
  'releases.manage': {
    roles: ['agii'],
    description: 'gegevens opladen, releases bouwen, activeren en terugzetten',
  },
  'surveys.manage': {
    roles: ['agii'],
    ownMunicipality: ['gemeente'],
    description: 'bevragingen van een gemeente starten, opvolgen en de ruwe antwoorden lezen',
  },
  'training.manage': {
    roles: ['agii', 'trainer'],
    description: 'vorming: sessies plannen en wijzigen, aanwezigheid noteren, materiaal opladen',
  },
  'training.register': {
    roles: ['gemeente'],
    description: 'vorming: zich inschrijven voor een sessie, een datumpeiling beantwoorden',
  },
  'training.overview': {
    roles: ['agii'],
    description: 'vorming: deelname en aanwezigheid per gemeente bekijken en downloaden',
  },
  'rondvraag.manage': {
    roles: ['agii'],
    description: 'de rondvraag bij de gemeenten: contacten, versturen, herinneringen, antwoorden',
  },
  'rondvraag.own': {
    roles: ['agii'],
    ownMunicipality: ['gemeente'],
    description: 'het antwoord van de eigen gemeente op de rondvraag bekijken en wijzigen',
  },
  'municipality.read': {
    roles: ['agii'],
    ownMunicipality: ['gemeente'],
    description: 'wat bij een gemeente hoort lezen (bv. wie er een account heeft)',
  },
  'plan.read': {
    roles: ['agii', 'trainer'],
    ownMunicipality: ['gemeente'],
    description: 'het plan van aanpak van een gemeente lezen, becommentariëren en downloaden',
  },
  'plan.edit': {
    roles: [],
    ownMunicipality: ['gemeente'],
    description: 'het plan van aanpak van de eigen gemeente schrijven, indienen en definitief maken',
  },
  'plan.coach': {
    roles: ['agii', 'trainer'],
    description: 'plannen van aanpak begeleiden: feedback geven, het overzicht van alle plannen',
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export type Decision = 'allowed' | 'sign-in' | 'refused';

export function isAction(text: string): text is Action {
  return Object.hasOwn(POLICY, text);
}

/** Decides one request; `municipality` is the NIS code the request is about, if any. */
export function decide(principal: Principal, action: Action, municipality?: string): Decision {
  if (action === 'public') return 'allowed';
  if (principal.kind !== 'user') return 'sign-in';
  if (action === 'signed-in') return 'allowed';
  const rule: Rule = POLICY[action];
  if (rule.roles.some((role) => principal.roles.has(role))) return 'allowed';
  const own = rule.ownMunicipality ?? [];
  if (
    municipality !== undefined &&
    own.some((role) => principal.roles.has(role)) &&
    principal.municipalities.has(municipality)
  )
    return 'allowed';
  return 'refused';
}
