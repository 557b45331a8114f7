/** Texts of a survey in the respondent's language, and the engine's own words in the four languages. */
import type { Language, LocalizedText } from './schema.js';

export function textIn(text: LocalizedText, language: Language): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text.nl;
}

/** Whether a text is written in a language (a plain string is Dutch only). */
export function hasLanguage(text: LocalizedText, language: Language): boolean {
  if (typeof text === 'string') return language === 'nl';
  return text[language] !== undefined;
}

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  nl: 'Nederlands',
  'nl-eenvoudig': 'Eenvoudig Nederlands',
  en: 'English',
  fr: 'Français',
};

/** `lang` attribute of a page in this language. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = {
  nl: 'nl-BE',
  'nl-eenvoudig': 'nl-BE',
  en: 'en',
  fr: 'fr-BE',
};

export interface EngineWords {
  readonly next: string;
  readonly previous: string;
  readonly send: string;
  readonly start: string;
  readonly required: string;
  readonly optional: string;
  readonly other: string;
  readonly otherDetail: string;
  readonly pageOf: (n: number, total: number) => string;
  readonly errorsTitle: string;
  readonly thanks: string;
  readonly closed: string;
  readonly notOpen: string;
  readonly chooseMunicipality: string;
  readonly saved: string;
  readonly anonymous: string;
  readonly noAnswer: string;
  readonly errors: {
    readonly required: string;
    readonly choice: string;
    readonly otherEmpty: string;
    readonly tooMany: (n: number) => string;
    readonly number: string;
    readonly integer: string;
    readonly min: (v: string) => string;
    readonly max: (v: string) => string;
    readonly date: string;
    readonly tooLong: (n: number) => string;
    readonly municipality: string;
  };
}

const NL: EngineWords = {
  next: 'Volgende',
  previous: 'Vorige',
  send: 'Verzenden',
  start: 'Beginnen',
  required: 'verplicht',
  optional: 'niet verplicht',
  other: 'Andere, namelijk',
  otherDetail: 'Welke andere?',
  pageOf: (n, t) => `Pagina ${n} van ${t}`,
  errorsTitle: 'Er is een probleem met je antwoorden',
  thanks: 'Bedankt! Je antwoorden zijn verzonden.',
  closed: 'Deze bevraging is afgesloten.',
  notOpen: 'Deze bevraging is nog niet geopend.',
  chooseMunicipality: 'Kies een gemeente',
  saved: 'Je antwoorden op elke pagina worden bewaard: je kunt stoppen en later verdergaan.',
  anonymous: 'Deze bevraging is anoniem: we bewaren niet wie je bent, en van het tijdstip alleen de dag.',
  noAnswer: 'Geen antwoord',
  errors: {
    required: 'Deze vraag is verplicht.',
    choice: 'Kies een van de mogelijkheden.',
    otherEmpty: 'Schrijf wat je bedoelt bij "andere".',
    tooMany: (n) => `Kies er ten hoogste ${n}.`,
    number: 'Vul een getal in.',
    integer: 'Vul een geheel getal in.',
    min: (v) => `Vul ${v} of meer in.`,
    max: (v) => `Vul ${v} of minder in.`,
    date: 'Vul een datum in (dag, maand en jaar).',
    tooLong: (n) => `Gebruik ten hoogste ${n} tekens.`,
    municipality: 'Kies een gemeente uit de lijst.',
  },
};

const EASY: EngineWords = {
  ...NL,
  required: 'moet',
  optional: 'mag',
  other: 'Iets anders',
  otherDetail: 'Wat?',
  errorsTitle: 'Kijk je antwoorden nog eens na',
  thanks: 'Dank je wel! We hebben je antwoorden.',
  closed: 'Je kunt niet meer antwoorden.',
  notOpen: 'Je kunt nog niet antwoorden.',
  saved: 'Wat je invult, bewaren we. Je kunt stoppen en later verder doen.',
  anonymous: 'We weten niet wie je bent. We bewaren alleen de dag.',
  errors: {
    ...NL.errors,
    required: 'Geef een antwoord.',
    choice: 'Kies een antwoord.',
    otherEmpty: 'Schrijf wat je bedoelt.',
    number: 'Schrijf een getal.',
    date: 'Schrijf een datum.',
  },
};

const EN: EngineWords = {
  next: 'Next',
  previous: 'Previous',
  send: 'Send',
  start: 'Start',
  required: 'required',
  optional: 'optional',
  other: 'Other, namely',
  otherDetail: 'Which other?',
  pageOf: (n, t) => `Page ${n} of ${t}`,
  errorsTitle: 'There is a problem with your answers',
  thanks: 'Thank you! Your answers have been sent.',
  closed: 'This survey is closed.',
  notOpen: 'This survey is not open yet.',
  chooseMunicipality: 'Choose a municipality',
  saved: 'Your answers are saved on every page: you can stop and continue later.',
  anonymous: 'This survey is anonymous: we do not keep who you are, and of the time only the day.',
  noAnswer: 'No answer',
  errors: {
    required: 'This question is required.',
    choice: 'Choose one of the options.',
    otherEmpty: 'Write what you mean by "other".',
    tooMany: (n) => `Choose at most ${n}.`,
    number: 'Enter a number.',
    integer: 'Enter a whole number.',
    min: (v) => `Enter ${v} or more.`,
    max: (v) => `Enter ${v} or less.`,
    date: 'Enter a date (day, month and year).',
    tooLong: (n) => `Use at most ${n} characters.`,
    municipality: 'Choose a municipality from the list.',
  },
};

const FR: EngineWords = {
  next: 'Suivant',
  previous: 'Précédent',
  send: 'Envoyer',
  start: 'Commencer',
  required: 'obligatoire',
  optional: 'facultatif',
  other: 'Autre, à savoir',
  otherDetail: 'Lequel ?',
  pageOf: (n, t) => `Page ${n} sur ${t}`,
  errorsTitle: 'Il y a un problème avec vos réponses',
  thanks: 'Merci ! Vos réponses ont été envoyées.',
  closed: 'Cette enquête est clôturée.',
  notOpen: "Cette enquête n'est pas encore ouverte.",
  chooseMunicipality: 'Choisissez une commune',
  saved: 'Vos réponses sont enregistrées à chaque page : vous pouvez arrêter et continuer plus tard.',
  anonymous:
    "Cette enquête est anonyme : nous ne gardons pas qui vous êtes, et de l'heure seulement le jour.",
  noAnswer: 'Pas de réponse',
  errors: {
    required: 'Cette question est obligatoire.',
    choice: 'Choisissez une des possibilités.',
    otherEmpty: 'Écrivez ce que vous entendez par « autre ».',
    tooMany: (n) => `Choisissez-en au maximum ${n}.`,
    number: 'Indiquez un nombre.',
    integer: 'Indiquez un nombre entier.',
    min: (v) => `Indiquez ${v} ou plus.`,
    max: (v) => `Indiquez ${v} ou moins.`,
    date: 'Indiquez une date (jour, mois et année).',
    tooLong: (n) => `Utilisez au maximum ${n} caractères.`,
    municipality: 'Choisissez une commune dans la liste.',
  },
};

export const ENGINE_WORDS: Readonly<Record<Language, EngineWords>> = {
  nl: NL,
  'nl-eenvoudig': EASY,
  en: EN,
  fr: FR,
};
