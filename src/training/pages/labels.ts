/** Dutch words for the training track's states. */
import type { RegistrationStatus, SessionStatus } from '../../store/tables.js';

export const SESSION_STATUS: Readonly<Record<SessionStatus, string>> = {
  gepland: 'gepland',
  verplaatst: 'verplaatst',
  afgelast: 'afgelast',
  gehouden: 'gehouden',
};

export const REGISTRATION_STATUS: Readonly<Record<RegistrationStatus, string>> = {
  ingeschreven: 'ingeschreven',
  wachtlijst: 'op de wachtlijst',
  uitgeschreven: 'uitgeschreven',
};

/** What the viewer may do on the training pages (decided by the policy, passed in by the routes). */
export interface Viewer {
  readonly userId: number;
  /** agii or trainer: plans sessions, keeps attendance, uploads materials. */
  readonly manages: boolean;
  /** An officer (gemeente): registers, answers polls. Their municipalities, as `Gent (44021)`. */
  readonly municipalities: readonly { nis: string; label: string }[];
}
