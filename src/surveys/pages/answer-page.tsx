/** The answering pages: start (anonymous), one page of questions, thanks, and closed or not yet open. */
import type { VNode } from 'preact';
import { Page } from '../../render/html/document.js';
import type { Answers } from '../answer-types.js';
import { LANGUAGES, type Language, type Question, type Survey, type SurveyPage } from '../schema.js';
import { ENGINE_WORDS, LANGUAGE_NAMES, LANGUAGE_TAGS, textIn } from '../text.js';
import { errorAnchor, type MunicipalityOption, QuestionField } from './question-fields.js';

function SurveyFrame({
  survey,
  language,
  children,
}: {
  survey: Survey;
  language: Language;
  children: VNode | VNode[];
}): VNode {
  const title = textIn(survey.title, language);
  return (
    <Page title={title}>
      <div lang={LANGUAGE_TAGS[language]} class="survey">
        {children}
      </div>
    </Page>
  );
}

export function StartPage(props: {
  survey: Survey;
  language: Language;
  action: string;
  csrf: string;
  anonymous: boolean;
  /** Links to this page in the other languages. */
  languageLink: (l: Language) => string;
}): VNode {
  const { survey, language } = props;
  const w = ENGINE_WORDS[language];
  const others = LANGUAGES.filter((l) => l !== language && survey.languages.includes(l));
  return (
    <SurveyFrame survey={survey} language={language}>
      <h1>{textIn(survey.title, language)}</h1>
      {others.length > 0 ? (
        <nav aria-label="Taal / Language / Langue" class="survey-languages">
          <ul>
            {others.map((l) => (
              <li key={l} lang={LANGUAGE_TAGS[l]}>
                <a href={props.languageLink(l)}>{LANGUAGE_NAMES[l]}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <span />
      )}
      {survey.intro ? <p>{textIn(survey.intro, language)}</p> : <span />}
      {props.anonymous ? <p>{w.anonymous}</p> : <span />}
      <p>{w.saved}</p>
      <form method="post" action={props.action} class="survey-form">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="taal" value={language} />
        <button type="submit">{w.start}</button>
      </form>
    </SurveyFrame>
  );
}

export interface QuestionPageProps {
  readonly survey: Survey;
  readonly page: SurveyPage;
  readonly questions: readonly Question[];
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly isLast: boolean;
  readonly answers: Answers;
  readonly errors: Readonly<Record<string, string>>;
  readonly posted?: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly language: Language;
  readonly action: string;
  readonly csrf: string;
  readonly municipalities: readonly MunicipalityOption[];
  readonly anonymous: boolean;
}

export function QuestionPage(p: QuestionPageProps): VNode {
  const w = ENGINE_WORDS[p.language];
  const errorList = Object.entries(p.errors);
  return (
    <SurveyFrame survey={p.survey} language={p.language}>
      <p class="meta">
        {textIn(p.survey.title, p.language)} · {w.pageOf(p.pageNumber, p.pageCount)}
      </p>
      <h1>{textIn(p.page.title, p.language)}</h1>
      {errorList.length > 0 ? (
        <div class="survey-errors" role="alert" aria-labelledby="fouten-titel" tabIndex={-1}>
          <h2 id="fouten-titel">{w.errorsTitle}</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                <a href={errorAnchor(field)}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <span />
      )}
      {p.page.intro ? <p>{textIn(p.page.intro, p.language)}</p> : <span />}
      <form method="post" action={p.action} class="survey-form" noValidate>
        <input type="hidden" name="_csrf" value={p.csrf} />
        <input type="hidden" name="pagina" value={p.page.id} />
        {p.questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            answer={p.answers[q.id]}
            errors={p.errors}
            language={p.language}
            municipalities={p.municipalities}
            {...(p.posted ? { posted: p.posted } : {})}
          />
        ))}
        <div class="survey-buttons">
          {p.pageNumber > 1 ? (
            <button type="submit" name="richting" value="vorige" class="secondary">
              {w.previous}
            </button>
          ) : (
            <span />
          )}
          <button type="submit" name="richting" value="volgende">
            {p.isLast ? w.send : w.next}
          </button>
        </div>
      </form>
      <p class="hint">{p.anonymous ? w.anonymous : w.saved}</p>
    </SurveyFrame>
  );
}

export function ThanksPage({
  survey,
  language,
  changeLink,
}: {
  survey: Survey;
  language: Language;
  changeLink?: string;
}): VNode {
  const w = ENGINE_WORDS[language];
  return (
    <SurveyFrame survey={survey} language={language}>
      <h1>{textIn(survey.title, language)}</h1>
      <p role="status">{w.thanks}</p>
      {survey.thanks ? <p>{textIn(survey.thanks, language)}</p> : <span />}
      {changeLink ? (
        <p>
          <a href={changeLink}>Antwoorden bekijken of wijzigen</a> (tot de bevraging sluit)
        </p>
      ) : (
        <span />
      )}
    </SurveyFrame>
  );
}

export function UnavailablePage({
  survey,
  language,
  state,
}: {
  survey: Survey;
  language: Language;
  state: 'not-open' | 'closed';
}): VNode {
  const w = ENGINE_WORDS[language];
  return (
    <SurveyFrame survey={survey} language={language}>
      <h1>{textIn(survey.title, language)}</h1>
      <p>{state === 'closed' ? w.closed : w.notOpen}</p>
    </SurveyFrame>
  );
}

export function PersonalLinkPage({ survey }: { survey: Survey }): VNode {
  return (
    <SurveyFrame survey={survey} language="nl">
      <h1>{textIn(survey.title, 'nl')}</h1>
      <p>Deze bevraging beantwoord je via de persoonlijke link in je uitnodiging.</p>
    </SurveyFrame>
  );
}

export function NotFoundPage(): VNode {
  return (
    <Page title="Bevraging niet gevonden">
      <h1>Bevraging niet gevonden</h1>
      <p>Deze link hoort bij geen bevraging. Kijk de link in je uitnodiging of op de affiche na.</p>
    </Page>
  );
}
