/**
 * Every migration of the workflow store, in order. A module that needs tables adds a file
 * `NNNN-what.ts` (the next number after merging main) with `up` (and `down`) and lists it here; the
 * names are what the database records, so a migration is never renamed or changed once released.
 */
import type { Migration } from 'kysely';
import * as accounts from './0001-accounts.js';
import * as jobsAndMail from './0002-jobs-and-mail.js';
import * as usage from './0003-usage.js';
import * as dataReleases from './0004-data-releases.js';
import * as surveys from './0005-surveys.js';
import * as rondvraag from './0006-rondvraag.js';
import * as training from './0007-training.js';
import * as plans from './0008-plans.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-accounts': accounts,
  '0002-jobs-and-mail': jobsAndMail,
  '0003-usage': usage,
  '0004-data-releases': dataReleases,
  '0005-surveys': surveys,
  '0006-rondvraag': rondvraag,
  '0007-training': training,
  '0008-plans': plans,
};
