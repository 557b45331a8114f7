/**
 * Answering, server-rendered and without script: `/enquete/:slug` (anonymous: a start page, then the
 * pages, resumed by a random key in a cookie scoped to the run), `/enquete/uitnodiging/:token`
 * (identified: the token is the resume key). Nothing here logs, audits or counts a respondent; the
 * cookie is forgotten once the answers are sent, so the next person on a shared device starts afresh.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderDocument } from '../render/html/document.js';
import type { WebKit } from '../workflow/web-kit.js';
import {
  NotFoundPage,
  PersonalLinkPage,
  QuestionPage,
  StartPage,
  ThanksPage,
  UnavailablePage,
} from './pages/answer-page.js';
import type { MunicipalityOption } from './pages/question-fields.js';
import type { Language } from './schema.js';
import { isLanguage, type Surveys } from './service.js';
import { type Answering, SurveyClosedError, type SurveyRun } from './service-types.js';
import type { FormData } from './validate.js';

const html = (reply: FastifyReply, body: string, code = 200) =>
  reply.code(code).type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(body);

const cookieName = (run: SurveyRun) => `oa_enquete_${run.slug}`;

function askedLanguage(req: FastifyRequest, run: SurveyRun): Language {
  const asked = (req.query as { taal?: unknown }).taal;
  return isLanguage(asked) && run.survey.languages.includes(asked) ? asked : 'nl';
}

export function surveyAnswerRoutes(
  app: FastifyInstance,
  surveys: Surveys,
  kit: WebKit,
  municipalities: readonly MunicipalityOption[],
): void {
  const notFound = (reply: FastifyReply) => html(reply, renderDocument(NotFoundPage()), 404);

  const showPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    a: Answering,
    action: string,
    pageId: string | undefined,
    errors: Record<string, string> = {},
    posted?: FormData,
  ) => {
    const page = surveys.currentPage(a, pageId);
    const pages = surveys.pages(a);
    if (!page)
      return html(
        reply,
        renderDocument(
          ThanksPage({
            survey: a.run.survey,
            language: a.language,
            ...(a.run.mode === 'identified' && surveys.state(a.run) === 'open'
              ? { changeLink: `${action}?pagina=${pages[0]?.id}` }
              : {}),
          }),
        ),
      );
    const index = pages.findIndex((p) => p.id === page.id);
    const questions = surveys.shownQuestions(a, page);
    return html(
      reply,
      renderDocument(
        QuestionPage({
          survey: a.run.survey,
          page,
          questions,
          pageNumber: index + 1,
          pageCount: pages.length,
          isLast: index === pages.length - 1,
          answers: a.answers,
          errors,
          ...(posted ? { posted } : {}),
          language: a.language,
          action,
          csrf: kit.csrf(req, reply),
          municipalities,
          anonymous: a.run.mode === 'anonymous',
        }),
      ),
      Object.keys(errors).length > 0 ? 400 : 200,
    );
  };

  const save = async (
    req: FastifyRequest,
    reply: FastifyReply,
    a: Answering,
    action: string,
    afterSending: { readonly location: string; readonly onSent: () => void },
  ) => {
    const form = req.body as FormData;
    const pageId = typeof form.pagina === 'string' ? form.pagina : '';
    const direction = form.richting === 'vorige' ? 'previous' : 'next';
    try {
      const outcome = await surveys.savePage(a, pageId, form, direction);
      if (outcome.kind === 'invalid')
        return showPage(req, reply, { ...a, answers: outcome.answers }, action, pageId, outcome.errors, form);
      if (outcome.kind === 'submitted') {
        afterSending.onSent();
        return reply.redirect(afterSending.location, 303);
      }
      return reply.redirect(`${action}?pagina=${encodeURIComponent(outcome.pageId)}`, 303);
    } catch (err) {
      if (err instanceof SurveyClosedError)
        return html(
          reply,
          renderDocument(
            UnavailablePage({
              survey: a.run.survey,
              language: a.language,
              state: err.state === 'open' ? 'closed' : err.state,
            }),
          ),
          409,
        );
      throw err;
    }
  };

  // Anonymous runs.
  app.get('/enquete/:slug', async (req, reply) => {
    const run = await surveys.runBySlug((req.params as { slug: string }).slug);
    if (!run) return notFound(reply);
    if (run.mode === 'identified')
      return html(reply, renderDocument(PersonalLinkPage({ survey: run.survey })));
    const language = askedLanguage(req, run);
    const state = surveys.state(run);
    if (state !== 'open')
      return html(reply, renderDocument(UnavailablePage({ survey: run.survey, language, state })));
    if ((req.query as { verzonden?: string }).verzonden)
      return html(reply, renderDocument(ThanksPage({ survey: run.survey, language })));
    const resumed = await surveys.byResumeKey(run, req.cookies[cookieName(run)]);
    if (resumed) return reply.redirect(`/enquete/${run.slug}/vragen`, 303);
    return html(
      reply,
      renderDocument(
        StartPage({
          survey: run.survey,
          language,
          action: `/enquete/${run.slug}`,
          csrf: kit.csrf(req, reply),
          anonymous: true,
          languageLink: (l) => `/enquete/${run.slug}?taal=${l}`,
        }),
      ),
    );
  });

  app.post(
    '/enquete/:slug',
    { config: { rateLimit: { max: 120, timeWindow: 10 * 60_000 } } },
    async (req, reply) => {
      const run = await surveys.runBySlug((req.params as { slug: string }).slug);
      if (!run || run.mode !== 'anonymous') return notFound(reply);
      const taal = (req.body as FormData).taal;
      const language = isLanguage(taal) && run.survey.languages.includes(taal) ? taal : 'nl';
      try {
        const { key } = await surveys.startAnonymous(run, language);
        reply.setCookie(cookieName(run), key, {
          path: `/enquete/${run.slug}`,
          httpOnly: true,
          sameSite: 'lax',
          secure: req.protocol === 'https',
          // Until the run closes, so a respondent can resume.
          maxAge: Math.max(
            60,
            Math.round((Date.parse(`${run.closesOn}T23:59:59Z`) - surveys.now().getTime()) / 1000),
          ),
        });
        return reply.redirect(`/enquete/${run.slug}/vragen`, 303);
      } catch (err) {
        if (err instanceof SurveyClosedError)
          return html(
            reply,
            renderDocument(
              UnavailablePage({
                survey: run.survey,
                language,
                state: err.state === 'open' ? 'closed' : err.state,
              }),
            ),
            409,
          );
        throw err;
      }
    },
  );

  const anonymousSession = async (req: FastifyRequest) => {
    const run = await surveys.runBySlug((req.params as { slug: string }).slug);
    if (!run || run.mode !== 'anonymous') return { run, answering: undefined };
    return { run, answering: await surveys.byResumeKey(run, req.cookies[cookieName(run)]) };
  };

  app.get('/enquete/:slug/vragen', async (req, reply) => {
    const { run, answering } = await anonymousSession(req);
    if (!run || run.mode !== 'anonymous') return notFound(reply);
    if (!answering) return reply.redirect(`/enquete/${run.slug}`, 303);
    const state = surveys.state(run);
    if (state !== 'open')
      return html(
        reply,
        renderDocument(UnavailablePage({ survey: run.survey, language: answering.language, state })),
      );
    return showPage(
      req,
      reply,
      answering,
      `/enquete/${run.slug}/vragen`,
      (req.query as { pagina?: string }).pagina,
    );
  });

  app.post('/enquete/:slug/vragen', async (req, reply) => {
    const { run, answering } = await anonymousSession(req);
    if (!run || run.mode !== 'anonymous') return notFound(reply);
    if (!answering) return reply.redirect(`/enquete/${run.slug}`, 303);
    // After sending, the thanks page lives at the start address (the cookie is gone).
    return save(req, reply, answering, `/enquete/${run.slug}/vragen`, {
      location: `/enquete/${run.slug}?verzonden=1&taal=${answering.language}`,
      onSent: () => reply.clearCookie(cookieName(run), { path: `/enquete/${run.slug}` }),
    });
  });

  // Identified runs: the invitation token is the key.
  app.get('/enquete/uitnodiging/:token', async (req, reply) => {
    const token = (req.params as { token: string }).token;
    const taal = (req.query as { taal?: unknown }).taal;
    const answering = await surveys.byToken(token, isLanguage(taal) ? taal : undefined);
    if (!answering) return notFound(reply);
    const state = surveys.state(answering.run);
    if (state !== 'open')
      return html(
        reply,
        renderDocument(
          UnavailablePage({ survey: answering.run.survey, language: answering.language, state }),
        ),
      );
    return showPage(
      req,
      reply,
      answering,
      `/enquete/uitnodiging/${token}`,
      (req.query as { pagina?: string }).pagina,
    );
  });

  app.post('/enquete/uitnodiging/:token', async (req, reply) => {
    const token = (req.params as { token: string }).token;
    const answering = await surveys.byToken(token);
    if (!answering) return notFound(reply);
    const action = `/enquete/uitnodiging/${token}`;
    return save(req, reply, answering, action, {
      location: `${action}?verzonden=1`,
      onSent: () => undefined,
    });
  });
}
