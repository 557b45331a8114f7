/**
 * The format of a survey file (`surveys/*.yaml`, and a municipality's adapted copy in the store): pages of
 * questions, with skip logic as json-logic data. `format` is the file format's version (this schema);
 * `version` is the survey's own version, raised whenever its questions change (answers keep the version
 * they were given under). Semantic checks (references, reachability, translations) are in check.ts.
 */
import { z } from 'zod';

export const SURVEY_FORMAT = 1;

export const LANGUAGES = ['nl', 'nl-eenvoudig', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in Dutch only (a string), or in several languages (`nl` always among them). */
export const localizedText = z.union([
  z.string().min(1),
  z.strictObject({
    nl: z.string().min(1),
    'nl-eenvoudig': z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    fr: z.string().min(1).optional(),
  }),
]);
export type LocalizedText = z.infer<typeof localizedText>;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'an id is lower-case letters, digits and _ (starting with a letter)');
const optionValue = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an option value is lower-case letters, digits, _ and -');

/** json-logic data over the answers of earlier pages (checked by check.ts). */
const logic = z.custom<JsonLogicRule>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'a json-logic rule (an object such as {"==": [{"var": "vraag"}, "ja"]})',
);
export type JsonLogicRule = Record<string, unknown>;

const option = z.strictObject({ value: optionValue, label: localizedText });

const common = {
  id,
  text: localizedText,
  help: localizedText.optional(),
  required: z.boolean().default(false),
  showIf: logic.optional(),
};

export const singleQuestion = z.strictObject({
  ...common,
  type: z.literal('single'),
  options: z.array(option).min(2),
  /** Adds "Andere, namelijk: …" with a text field. */
  other: z.boolean().default(false),
});
export const multipleQuestion = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options: z.array(option).min(2),
  other: z.boolean().default(false),
  maxChoices: z.number().int().positive().optional(),
});
export const likertQuestion = z.strictObject({
  ...common,
  type: z.literal('likert'),
  items: z.array(z.strictObject({ id, label: localizedText })).min(1),
  scale: z.array(option).min(2),
});
export const numberQuestion = z.strictObject({
  ...common,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
  unit: localizedText.optional(),
});
export const dateQuestion = z.strictObject({
  ...common,
  type: z.literal('date'),
  /** ISO dates (YYYY-MM-DD). */
  min: z.iso.date().optional(),
  max: z.iso.date().optional(),
});
export const textQuestion = z.strictObject({
  ...common,
  type: z.enum(['text', 'longtext']),
  maxLength: z.number().int().positive().max(20_000).optional(),
});
export const municipalityQuestion = z.strictObject({
  ...common,
  type: z.literal('municipality'),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestion,
  multipleQuestion,
  likertQuestion,
  numberQuestion,
  dateQuestion,
  textQuestion,
  municipalityQuestion,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const pageSchema = z.strictObject({
  id,
  title: localizedText,
  intro: localizedText.optional(),
  showIf: logic.optional(),
  questions: z.array(questionSchema).min(1),
});
export type SurveyPage = z.infer<typeof pageSchema>;

export const AUDIENCES = ['gemeenten', 'inwoners', 'diensten', 'organisaties'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const surveySchema = z.strictObject({
  format: z.literal(SURVEY_FORMAT),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a survey id is lower-case letters, digits and -'),
  version: z.number().int().positive(),
  title: localizedText,
  intro: localizedText.optional(),
  /** Who answers: decides the default mode (inwoners: anonymous) and which languages are expected. */
  audience: z.enum(AUDIENCES),
  languages: z.array(z.enum(LANGUAGES)).min(1).default(['nl']),
  /** Shown on the last page after sending. */
  thanks: localizedText.optional(),
  pages: z.array(pageSchema).min(1),
});
export type Survey = z.infer<typeof surveySchema>;
