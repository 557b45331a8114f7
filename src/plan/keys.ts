/**
 * The vocabulary of a plan of approach: the five keys to success (titles as AgII and VVSG word them),
 * the states of a plan, the kinds and statuses of actions, and the parts a comment can be about.
 */
import type { PlanActionStatus, PlanState } from '../store/tables.js';

export const KEYS = [1, 2, 3, 4, 5] as const;
export type KeyNumber = (typeof KEYS)[number];

export const KEY_TITLES: Readonly<Record<KeyNumber, string>> = {
  1: 'Ken je realiteit',
  2: 'Neem je regierol op',
  3: 'Creëer een breed draagvlak voor diversiteit',
  4: 'Voer een inclusief taalbeleid waarmee je de participatie van anderstaligen en de sociale interactie tussen je inwoners bevordert',
  5: 'Voer een algemeen beleid waar mogelijk maar neem specifieke maatregelen waar nodig',
};

/** "Sleutel 4: Voer een inclusief taalbeleid …" */
export function keyHeading(key: KeyNumber): string {
  return `Sleutel ${key}: ${KEY_TITLES[key]}`;
}

export function isKey(n: number): n is KeyNumber {
  return (KEYS as readonly number[]).includes(n);
}

export const STATES: readonly PlanState[] = ['concept', 'ingediend', 'feedback', 'definitief'];

export const STATE_LABELS: Readonly<Record<PlanState, string>> = {
  concept: 'concept',
  ingediend: 'ingediend',
  feedback: 'feedback ontvangen',
  definitief: 'definitief',
};

/** What a kind of action is about: the AgII overview counts the most frequent ones. */
export const ACTION_KINDS = {
  analyse: 'analyse en cijfers',
  overleg: 'overleg en netwerk',
  vorming: 'vorming en sensibilisering',
  communicatie: 'communicatie',
  taal: 'taal en Nederlands oefenen',
  dienstverlening: 'toegankelijke dienstverlening',
  participatie: 'participatie en ontmoeting',
  specifiek: 'specifieke maatregel voor een doelgroep',
  beleid: 'beleidsplanning en regie',
  ander: 'ander',
} as const;
export type ActionKind = keyof typeof ACTION_KINDS;

export function isActionKind(text: string): text is ActionKind {
  return Object.hasOwn(ACTION_KINDS, text);
}

export const ACTION_STATUSES: readonly PlanActionStatus[] = [
  'gepland',
  'bezig',
  'afgerond',
  'uitgesteld',
  'geschrapt',
];

export function isActionStatus(text: string): text is PlanActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(text);
}

/** The texts of a key an officer writes. */
export const KEY_FIELDS = { situation: 'Huidige situatie', goals: 'Doelstellingen' } as const;
