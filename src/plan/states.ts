/**
 * The states of a plan and who moves it: the municipality's officers write (concept, and again after
 * feedback), submit and make it final; the coach (AgII or its trainer) sends a submitted plan back with
 * feedback. Pure rules, no I/O.
 */
import type { PlanState } from '../store/tables.js';

export type PlanRole = 'officer' | 'coach';

export interface Transition {
  readonly from: PlanState;
  readonly to: PlanState;
  readonly by: PlanRole;
  /** The button. */
  readonly label: string;
  /** What the history says. */
  readonly summary: string;
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'concept', to: 'ingediend', by: 'officer', label: 'Plan indienen', summary: 'plan ingediend' },
  {
    from: 'ingediend',
    to: 'concept',
    by: 'officer',
    label: 'Indiening terugnemen',
    summary: 'indiening teruggenomen',
  },
  {
    from: 'ingediend',
    to: 'feedback',
    by: 'coach',
    label: 'Feedback geven',
    summary: 'feedback gegeven, plan terug naar de gemeente',
  },
  {
    from: 'feedback',
    to: 'ingediend',
    by: 'officer',
    label: 'Opnieuw indienen',
    summary: 'plan opnieuw ingediend',
  },
  {
    from: 'feedback',
    to: 'definitief',
    by: 'officer',
    label: 'Plan definitief maken',
    summary: 'plan definitief gemaakt',
  },
  {
    from: 'definitief',
    to: 'concept',
    by: 'officer',
    label: 'Plan heropenen',
    summary: 'plan heropend voor een nieuwe versie',
  },
];

export function transitionsFrom(state: PlanState, by: PlanRole): Transition[] {
  return TRANSITIONS.filter((t) => t.from === state && t.by === by);
}

export function findTransition(from: PlanState, to: PlanState, by: PlanRole): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to && t.by === by);
}

/** The officers write while the plan is a concept or has come back with feedback. */
export function editable(state: PlanState): boolean {
  return state === 'concept' || state === 'feedback';
}

/** Why a plan cannot be edited now, in Dutch. */
export function notEditableReason(state: PlanState): string {
  return state === 'ingediend'
    ? 'Het plan is ingediend: het kan pas weer aangepast worden na feedback of als de indiening wordt teruggenomen.'
    : 'Het plan is definitief: heropen het om een nieuwe versie te maken.';
}
