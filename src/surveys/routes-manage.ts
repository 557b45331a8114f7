/**
 * A municipality's surveys (its own officers and AgII: `surveys.manage`): start a run from a template,
 * follow the responses, filter, download the answers (CSV, XLSX with codebook). The QR code of an
 * anonymous run's open link is public (it is the link).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { SignedIn } from '../access/principal.js';
import { renderDocument } from '../render/html/document.js';
import type { WebKit } from '../workflow/web-kit.js';
import { OTHER } from './answer-types.js';
import { answersCsv, answersXlsx } from './export.js';
import { ResultsPage, SurveysPage } from './pages/manage-pages.js';
import { type Filter, runResults } from './results.js';
import { loadRunResponses } from './run-data.js';
import type { Surveys } from './service.js';
import type { SurveyRun } from './service-types.js';
import { textIn } from './text.js';

const html = (reply: FastifyReply, body: string, code = 200) =>
  reply.code(code).type('text/html; charset=utf-8').send(body);

function actorOf(req: FastifyRequest) {
  const p = req.principal as SignedIn;
  return { id: p.userId, label: p.email };
}

function filtersOf(run: SurveyRun) {
  return run.survey.pages.flatMap((p) =>
    p.questions.flatMap((q) =>
      q.type === 'single'
        ? [
            ...q.options.map((o) => ({
              question: q.id,
              value: o.value,
              label: `${textIn(q.text, 'nl')}: ${textIn(o.label, 'nl')}`,
            })),
            ...(q.other ? [{ question: q.id, value: OTHER, label: `${textIn(q.text, 'nl')}: andere` }] : []),
          ]
        : [],
    ),
  );
}

export function surveyManageRoutes(app: FastifyInstance, surveys: Surveys, kit: WebKit): void {
  const templates = () => [...surveys.shipped.values()].filter((s) => s.survey.audience !== 'gemeenten');

  const list = async (req: FastifyRequest, reply: FastifyReply, nis: string, error?: string) =>
    html(
      reply,
      renderDocument(
        SurveysPage({
          nis,
          municipality: kit.municipalityLabel(nis),
          templates: templates(),
          runs: await surveys.runsOf(nis),
          csrf: kit.csrf(req, reply),
          today: surveys.today(),
          ...(error ? { error } : {}),
        }),
      ),
      error ? 400 : 200,
    );

  app.get('/gemeente/:nis/enquetes', async (req, reply) =>
    list(req, reply, (req.params as { nis: string }).nis),
  );

  app.post('/gemeente/:nis/enquetes', async (req, reply) => {
    const nis = (req.params as { nis: string }).nis;
    const form = req.body as Record<string, string | undefined>;
    const template = templates().find((t) => t.survey.id === form.sjabloon);
    const mode = form.wijze === 'identified' ? 'identified' : 'anonymous';
    if (!template) return list(req, reply, nis, 'Kies een vragenlijst.');
    const opens = form.opent ?? '';
    const closes = form.sluit ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opens) || !/^\d{4}-\d{2}-\d{2}$/.test(closes) || opens > closes)
      return list(
        req,
        reply,
        nis,
        'Vul een openingsdag en een sluitingsdag in (de sluitingsdag niet voor de openingsdag).',
      );
    const run = await surveys.createRun(
      { surveyKey: template.survey.id, ownerNis: nis, mode, opensOn: opens, closesOn: closes },
      actorOf(req),
    );
    return reply.redirect(`/gemeente/${nis}/enquetes/${run.id}`, 303);
  });

  const ownRun = async (req: FastifyRequest) => {
    const { nis, run: id } = req.params as { nis: string; run: string };
    const run = /^\d{1,9}$/.test(id) ? await surveys.run(Number(id)) : undefined;
    return run && run.ownerNis === nis ? { nis, run } : undefined;
  };
  const notFound = (reply: FastifyReply) =>
    reply
      .code(404)
      .type('text/plain; charset=utf-8')
      .send('Deze bevraging bestaat niet (voor deze gemeente).');

  app.get('/gemeente/:nis/enquetes/:run', async (req, reply) => {
    const own = await ownRun(req);
    if (!own) return notFound(reply);
    const filters = filtersOf(own.run);
    const asked = String((req.query as { filter?: string }).filter ?? '');
    const chosen = filters.find((f) => `${f.question}:${f.value}` === asked);
    const filter: Filter | undefined = chosen
      ? { question: chosen.question, value: chosen.value }
      : undefined;
    const results = runResults(own.run.survey, await loadRunResponses(surveys.db, own.run.id), filter);
    return html(
      reply,
      renderDocument(
        ResultsPage({
          nis: own.nis,
          run: own.run,
          results,
          openLink: surveys.openLink(own.run),
          filters,
          ...(chosen ? { filter: chosen } : {}),
        }),
      ),
    );
  });

  const fileName = (run: SurveyRun, ext: string) => `bevraging-${run.id}-${run.survey.id}.${ext}`;

  app.get('/gemeente/:nis/enquetes/:run/antwoorden.csv', async (req, reply) => {
    const own = await ownRun(req);
    if (!own) return notFound(reply);
    const rows = await loadRunResponses(surveys.db, own.run.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(own.run, 'csv')}"`)
      .send(answersCsv(own.run.survey, rows, own.run.mode === 'identified'));
  });

  app.get('/gemeente/:nis/enquetes/:run/antwoorden.xlsx', async (req, reply) => {
    const own = await ownRun(req);
    if (!own) return notFound(reply);
    const rows = await loadRunResponses(surveys.db, own.run.id);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName(own.run, 'xlsx')}"`)
      .send(await answersXlsx(own.run.survey, rows, own.run.mode === 'identified'));
  });

  app.get('/enquete/:slug/qr.svg', async (req, reply) => {
    const run = await surveys.runBySlug((req.params as { slug: string }).slug);
    if (!run || run.mode !== 'anonymous') return reply.code(404).send('');
    const svg = await QRCode.toString(surveys.openLink(run), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    return reply.type('image/svg+xml').send(svg);
  });
}
