/**
 * The survey engine's rules: survey versions (shipped files, municipalities' copies), runs, invitation
 * tokens for identified runs, answering page by page (saved on every page, resumed by token or, when
 * anonymous, by a random key in the respondent's cookie), and the status of every invitation.
 * Anonymous responses keep no account, no invitation, no address and no time finer than the day.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Actor, recordAudit } from '../audit/repository.js';
import type { Database } from '../store/tables.js';
import { brusselsDay } from '../usage/days.js';
import type { Answers } from './answer-types.js';
import { parseSurvey, type ShippedSurvey, SurveyError } from './load.js';
import { effectiveAnswers, visiblePages, visibleQuestions } from './logic.js';
import * as repo from './repository.js';
import { LANGUAGES, type Language, type Question, type Survey, type SurveyPage } from './schema.js';
import {
  type Answering,
  type CreatedInvitation,
  type CreateRunInput,
  type InvitationStatus,
  type Invitee,
  type RunState,
  type SaveOutcome,
  SurveyClosedError,
  type SurveyRun,
} from './service-types.js';
import { textIn } from './text.js';
import { type FormData, readPage } from './validate.js';

type Db = Kysely<Database>;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

export function isLanguage(s: unknown): s is Language {
  return typeof s === 'string' && (LANGUAGES as readonly string[]).includes(s);
}

export interface SurveysOptions {
  readonly db: Db;
  readonly now: () => Date;
  readonly shipped: ReadonlyMap<string, ShippedSurvey>;
  readonly publicUrl: string;
  readonly isMunicipality: (nis: string) => boolean;
}

export class Surveys {
  readonly db: Db;
  readonly shipped: ReadonlyMap<string, ShippedSurvey>;
  readonly isMunicipality: (nis: string) => boolean;
  readonly now: () => Date;
  private readonly publicUrl: string;

  constructor(options: SurveysOptions) {
    this.db = options.db;
    this.now = options.now;
    this.shipped = options.shipped;
    this.publicUrl = options.publicUrl.replace(/\/$/, '');
    this.isMunicipality = options.isMunicipality;
  }

  today(): string {
    return brusselsDay(this.now());
  }

  /** The stored version of a survey: a shipped file is stored on first use (a changed file needs a new version). */
  async version(key: string, version?: number, db: Db = this.db): Promise<repo.VersionRow> {
    const shipped = this.shipped.get(key);
    if (shipped && (version === undefined || version === shipped.survey.version)) {
      const stored = await repo.findVersion(db, key, shipped.survey.version);
      if (stored) {
        if (stored.source !== shipped.source)
          throw new SurveyError([
            {
              file: `surveys/${key}.yaml`,
              problem: `version ${shipped.survey.version} was used with other questions: raise "version" when the questions change`,
            },
          ]);
        return stored;
      }
      await repo.insertVersion(db, {
        key,
        version: shipped.survey.version,
        ownerNis: null,
        basedOn: null,
        source: shipped.source,
        definition: shipped.survey,
        createdBy: null,
      });
      return (await repo.findVersion(db, key, shipped.survey.version)) as repo.VersionRow;
    }
    const stored = await repo.findVersion(db, key, version);
    if (!stored) throw new Error(`no survey "${key}"${version ? ` version ${version}` : ''}`);
    return stored;
  }

  private toRun(row: repo.RunRow, v: repo.VersionRow): SurveyRun {
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      mode: row.mode,
      ownerNis: row.owner_nis,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
      versionId: v.id,
      surveyKey: v.survey_key,
      version: v.version,
      survey: v.definition as unknown as Survey,
    };
  }

  /** Creates a run (audited). Days are Brussels days 'YYYY-MM-DD', both included. */
  async createRun(input: CreateRunInput, actor: Actor, db: Db = this.db): Promise<SurveyRun> {
    if (!isDay(input.opensOn) || !isDay(input.closesOn) || input.opensOn > input.closesOn)
      throw new RangeError(
        `a run opens on a day and closes on the same day or later (${input.opensOn} – ${input.closesOn})`,
      );
    const run = async (trx: Db) => {
      const v = await this.version(input.surveyKey, input.version, trx);
      const survey = v.definition as unknown as Survey;
      const row = await repo.insertRun(trx, {
        slug: randomBytes(12).toString('base64url'),
        versionId: v.id,
        ownerNis: input.ownerNis,
        title: input.title ?? textIn(survey.title, 'nl'),
        mode: input.mode,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        createdBy: actor.id,
      });
      await recordAudit(trx, {
        actor,
        action: 'enquete.afname_aangemaakt',
        subjectType: 'survey_run',
        subjectId: row.id,
        after: {
          survey: v.survey_key,
          version: v.version,
          mode: row.mode,
          opens: row.opens_on,
          closes: row.closes_on,
          owner: row.owner_nis,
        },
      });
      return this.toRun(row, v);
    };
    return db.isTransaction ? run(db) : db.transaction().execute(run);
  }

  async run(id: number, db: Db = this.db): Promise<SurveyRun | undefined> {
    const row = await repo.runById(db, id);
    return row
      ? this.toRun(row, (await repo.versionById(db, row.survey_version_id)) as repo.VersionRow)
      : undefined;
  }

  async runBySlug(slug: string): Promise<SurveyRun | undefined> {
    const row = await repo.runBySlug(this.db, slug);
    return row
      ? this.toRun(row, (await repo.versionById(this.db, row.survey_version_id)) as repo.VersionRow)
      : undefined;
  }

  /** A municipality's runs (null: AgII's own), newest first. */
  async runsOf(ownerNis: string | null): Promise<SurveyRun[]> {
    const rows = await repo.runsOwnedBy(this.db, ownerNis);
    const out: SurveyRun[] = [];
    for (const row of rows)
      out.push(this.toRun(row, (await repo.versionById(this.db, row.survey_version_id)) as repo.VersionRow));
    return out;
  }

  /** Changes the period (e.g. AgII moves the closing day); audited. */
  async setPeriod(runId: number, opensOn: string, closesOn: string, actor: Actor): Promise<void> {
    if (!isDay(opensOn) || !isDay(closesOn) || opensOn > closesOn)
      throw new RangeError('opening day after closing day');
    await this.db.transaction().execute(async (trx) => {
      await repo.updateRunPeriod(trx, runId, opensOn, closesOn);
      await recordAudit(trx, {
        actor,
        action: 'enquete.periode_gewijzigd',
        subjectType: 'survey_run',
        subjectId: runId,
        after: { opens: opensOn, closes: closesOn },
      });
    });
  }

  state(run: SurveyRun): RunState {
    const today = this.today();
    if (today < run.opensOn) return 'not-open';
    if (today > run.closesOn) return 'closed';
    return 'open';
  }

  /** The public link of a run: `/enquete/<slug>` (anonymous). */
  openLink(run: SurveyRun): string {
    return `${this.publicUrl}/enquete/${run.slug}`;
  }

  /** One invitee's own link for an identified run (pass a transaction to join the caller's). */
  async createInvitation(runId: number, invitee: Invitee, db: Db = this.db): Promise<CreatedInvitation> {
    const run = await repo.runById(db, runId);
    if (!run) throw new Error(`no survey run ${runId}`);
    if (run.mode !== 'identified') throw new Error('an anonymous run has no invitations');
    const token = invitee.token ?? randomBytes(32).toString('base64url');
    const invitationId = await repo.insertInvitation(db, {
      runId,
      tokenHash: sha256(token),
      nis: invitee.nis ?? null,
      email: invitee.email ?? null,
      label: invitee.label ?? null,
    });
    return { invitationId, token, url: this.invitationUrl(token) };
  }

  /** The answering link of an identified invitation's token. */
  invitationUrl(token: string): string {
    return `${this.publicUrl}/enquete/uitnodiging/${token}`;
  }

  /** Every invitation of a run with the state of its response. */
  async responseStatus(runId: number, db: Db = this.db): Promise<InvitationStatus[]> {
    const rows = await repo.invitationStatuses(db, runId);
    return rows.map((r) => ({
      invitationId: r.invitation_id,
      nis: r.nis,
      email: r.email,
      label: r.label,
      status: r.status ?? 'none',
      pageId: r.page_id,
      updatedOn: r.updated_on,
      submittedOn: r.submitted_on,
      submittedAt: r.submitted_at,
    }));
  }

  /** The answering session of an invitation token (its response is made on first use). */
  async byToken(token: string, language?: Language): Promise<Answering | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const invitation = await repo.invitationByTokenHash(this.db, sha256(token));
    if (!invitation) return undefined;
    const run = (await this.run(invitation.run_id)) as SurveyRun;
    let response = await repo.responseByInvitation(this.db, invitation.id);
    if (!response) {
      const lang = language && run.survey.languages.includes(language) ? language : 'nl';
      await this.db
        .insertInto('survey_response')
        .values({
          id: randomUUID(),
          run_id: run.id,
          invitation_id: invitation.id,
          resume_hash: null,
          language: lang,
          status: 'started',
          started_on: this.today(),
          updated_on: this.today(),
        })
        .onConflict((oc) => oc.column('invitation_id').doNothing())
        .execute();
      response = (await repo.responseByInvitation(this.db, invitation.id)) as repo.ResponseRow;
    } else if (language && language !== response.language && run.survey.languages.includes(language)) {
      await repo.updateResponse(this.db, response.id, { language });
      response = { ...response, language };
    }
    return this.session(run, response);
  }

  /** Starts an anonymous response; the key goes into the respondent's cookie only. */
  async startAnonymous(run: SurveyRun, language: Language): Promise<{ key: string; answering: Answering }> {
    if (run.mode !== 'anonymous') throw new Error('an identified run is answered through an invitation');
    const state = this.state(run);
    if (state !== 'open') throw new SurveyClosedError(state);
    const key = randomBytes(32).toString('base64url');
    const response = await repo.insertResponse(this.db, {
      id: randomUUID(),
      runId: run.id,
      invitationId: null,
      resumeHash: sha256(key),
      language: run.survey.languages.includes(language) ? language : 'nl',
      today: this.today(),
    });
    return { key, answering: await this.session(run, response) };
  }

  /** The anonymous response a resume key belongs to (undefined once sent: the key is then forgotten). */
  async byResumeKey(run: SurveyRun, key: string | undefined): Promise<Answering | undefined> {
    if (!key || !/^[A-Za-z0-9_-]{20,100}$/.test(key)) return undefined;
    const response = await repo.responseByResumeHash(this.db, run.id, sha256(key));
    if (!response || response.status === 'submitted') return undefined;
    return this.session(run, response);
  }

  private async session(run: SurveyRun, response: repo.ResponseRow): Promise<Answering> {
    const language = isLanguage(response.language) ? response.language : 'nl';
    return { run, response, answers: await repo.answersOf(this.db, response.id), language };
  }

  /** The pages shown for the answers so far. */
  pages(a: Answering): SurveyPage[] {
    return visiblePages(a.run.survey, a.answers);
  }

  /** The page to show: the one asked for if shown, else the one after the last saved page. */
  currentPage(a: Answering, asked?: string): SurveyPage | undefined {
    const pages = this.pages(a);
    const wanted = pages.find((p) => p.id === asked);
    if (wanted) return wanted;
    if (a.response.status === 'submitted') return undefined;
    const last = pages.findIndex((p) => p.id === a.response.page_id);
    return pages[last + 1] ?? pages[pages.length - 1];
  }

  /** The answers of the pages before `page` (what its questions' skip logic reads). */
  earlierAnswers(a: Answering, page: SurveyPage): Answers {
    const kept = effectiveAnswers(a.run.survey, a.answers);
    const before = new Set<string>();
    for (const p of a.run.survey.pages) {
      if (p.id === page.id) break;
      for (const q of p.questions) before.add(q.id);
    }
    return Object.fromEntries(Object.entries(kept).filter(([id]) => before.has(id)));
  }

  /** The questions of a page shown for the answers of the pages before it. */
  shownQuestions(a: Answering, page: SurveyPage): Question[] {
    return visibleQuestions(page, this.earlierAnswers(a, page));
  }

  /**
   * Saves one page: its shown questions' answers are validated and replace what was saved. Going back
   * saves what is valid without insisting on required answers. Saving the last shown page sends.
   */
  async savePage(
    a: Answering,
    pageId: string,
    form: FormData,
    direction: 'next' | 'previous',
  ): Promise<SaveOutcome> {
    const state = this.state(a.run);
    if (state !== 'open') throw new SurveyClosedError(state);
    const page = this.pages(a).find((p) => p.id === pageId);
    if (!page)
      return { kind: 'page', pageId: this.currentPage(a)?.id ?? (a.run.survey.pages[0] as SurveyPage).id };
    const questions = this.shownQuestions(a, page);
    const read = readPage(questions, form, a.language, this.isMunicipality);
    const errors = direction === 'previous' ? {} : read.errors;
    if (Object.keys(errors).length > 0)
      return { kind: 'invalid', errors, answers: { ...a.answers, ...read.answers } };
    const answers: Answers = {
      ...Object.fromEntries(
        Object.entries(a.answers).filter(([id]) => !page.questions.some((q) => q.id === id)),
      ),
      ...read.answers,
    };
    const pages = visiblePages(a.run.survey, answers);
    const index = pages.findIndex((p) => p.id === page.id);
    const submit = direction === 'next' && index === pages.length - 1;
    const today = this.today();
    await this.db.transaction().execute(async (trx) => {
      await repo.replaceAnswers(
        trx,
        a.response.id,
        page.questions.map((q) => q.id),
        read.answers,
      );
      const furthest = pages.findIndex((p) => p.id === a.response.page_id);
      await repo.updateResponse(trx, a.response.id, {
        page_id: index >= furthest ? page.id : a.response.page_id,
        updated_on: today,
        ...(submit
          ? {
              status: 'submitted' as const,
              submitted_on: today,
              // Anonymous: the day only.
              submitted_at: a.response.invitation_id === null ? null : this.now(),
            }
          : {}),
      });
    });
    if (submit) return { kind: 'submitted' };
    const next = direction === 'next' ? pages[index + 1] : pages[Math.max(0, index - 1)];
    return { kind: 'page', pageId: (next ?? page).id };
  }

  /** Reads a copy's YAML (an officer's edit): a SurveyError names the line of every problem. */
  parseCopy(source: string, key: string): Survey {
    return parseSurvey(source, `${key}.yaml`);
  }
}
