/** Statistical disclosure control: cell suppression (`suppressCells`) and an independent auditor. */
export { auditSuppression } from './audit.js';
export { DisclosureInfeasibleError } from './engine-error.js';
export { suppressCells } from './suppress.js';
export type {
  AuditResult,
  Cell,
  CellRange,
  DisclosureProblem,
  Relation,
  SuppressionKind,
  SuppressionResult,
} from './types.js';
