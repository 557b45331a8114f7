/** What the page of one training session shows (the page and its management part share it). */
import type { PollAnswer, RegistrationStatus, TrainingSessionTable } from '../../store/tables.js';
import type { Viewer } from './labels.js';
import type { MaterialView } from './materials-list.js';

export type Session = Omit<TrainingSessionTable, 'id' | 'goals' | 'ics_sequence'> & {
  id: number;
  goals: string;
};

export interface PollView {
  readonly closes_at: Date;
  readonly closed_at: Date | null;
  readonly chosen_option_id: number | null;
  readonly options: readonly {
    id: number;
    day: string;
    start_time: string | null;
    end_time: string | null;
  }[];
  readonly answers: readonly { option_id: number; user_id: number; answer: PollAnswer }[];
}

export interface RegistrationView {
  readonly user_id: number;
  readonly nis: string;
  readonly status: RegistrationStatus;
  readonly email: string;
  readonly display_name: string;
}

export interface SessionPageProps {
  readonly session: Session;
  readonly edition: { id: number; title: string };
  readonly registrations: readonly RegistrationView[];
  readonly poll: PollView | undefined;
  readonly materials: readonly MaterialView[];
  readonly viewer: Viewer;
  /** Whether the viewer takes part in the edition (may answer the poll, sees materials). */
  readonly participant: boolean;
  readonly municipalityLabel: (nis: string) => string;
  readonly csrf: string;
  readonly error?: string | undefined;
  readonly notice?: string | undefined;
  readonly now: Date;
}
