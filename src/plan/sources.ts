/**
 * What the plan module needs from the statistics side, handed in by the web layer (which puts the two
 * together): the municipality's report on the active release, and the report's print pipeline.
 */
import type { PrintOptions } from '../pdf/print-report.js';
import type { Report } from '../report/model.js';

/** One questionnaire the municipality ran itself (src/surveys), as key 1 lists it. */
export interface OwnSurvey {
  readonly title: string;
  /** Brussels days, both included. */
  readonly opensOn: string;
  readonly closesOn: string;
  /** Sent responses. */
  readonly submitted: number;
  /** Its results page (for the municipality's own officers). */
  readonly href: string;
}

export interface PlanSources {
  /** The report of a municipality (2025 division) on the active release, for its most recent year. */
  report(nis: string): Promise<Report>;
  /** Prints a print document (complete HTML) to PDF, as the report's PDF is printed. */
  pdf(html: string, options: PrintOptions): Promise<Buffer>;
  /** The questionnaires the municipality ran itself, with their number of responses. */
  surveys?(nis: string): Promise<readonly OwnSurvey[]>;
}
