/** What the plan service refuses, and the checks of what a person typed (Dutch messages). */
import { isActionKind, isActionStatus } from './keys.js';
import type { ActionFields } from './repository-parts.js';

/** A request the rules refuse (said to the person in Dutch); `status` for the web. */
export class PlanError extends Error {
  override name = 'PlanError';
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 409,
  ) {
    super(message);
  }
}

export interface KeyTexts {
  readonly situation: string;
  readonly goals: string;
}

export const MAX_TEXT = 20_000;
export const MAX_FIELD = 500;

export function checkText(label: string, text: string, max: number): void {
  if (text.length > max) throw new PlanError(`${label} is te lang (ten hoogste ${max} tekens).`, 400);
}

export function checkAction(fields: ActionFields): ActionFields {
  const what = fields.what.trim();
  if (what === '') throw new PlanError('Zeg wat de actie is.', 400);
  if (!isActionKind(fields.kind)) throw new PlanError('Kies een soort actie uit de lijst.', 400);
  if (!isActionStatus(fields.status)) throw new PlanError('Kies een status uit de lijst.', 400);
  for (const [label, text] of [
    ['Wat', what],
    ['Trekker', fields.owner],
    ['Partners', fields.partners],
    ['Timing', fields.timing],
    ['Budget', fields.budget],
  ] as const)
    checkText(label, text, MAX_FIELD);
  return { ...fields, what };
}
