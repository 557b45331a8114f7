/** The training track's services on one set of dependencies (wired by open-workflow.ts). */
import { Attendance } from './attendance.js';
import type { TrainingDeps } from './notify.js';
import { Polls } from './polls.js';
import { Training } from './service.js';

export interface TrainingTrack {
  readonly sessions: Training;
  readonly polls: Polls;
  readonly attendance: Attendance;
  readonly deps: TrainingDeps;
}

/** The address of a sender written as `Name <address>` (or the address alone). */
export function mailAddress(from: string): string {
  return from.match(/<([^<>]+)>\s*$/)?.[1]?.trim() ?? from.trim();
}

export function openTraining(deps: TrainingDeps): TrainingTrack {
  return { sessions: new Training(deps), polls: new Polls(deps), attendance: new Attendance(deps), deps };
}
