/**
 * One question as form fields, accessible without script: a fieldset and legend for choices and
 * matrices (one fieldset per matrix row), a label for single fields; the help text and the error are tied
 * to the field by aria-describedby, and an erroneous field is aria-invalid.
 */
import type { VNode } from 'preact';
import { type Answer, OTHER } from '../answer-types.js';
import type { Language, Question } from '../schema.js';
import { ENGINE_WORDS, textIn } from '../text.js';
import { maxLengthOf } from '../validate.js';

export interface MunicipalityOption {
  readonly nis: string;
  readonly name: string;
}

export interface FieldProps {
  readonly question: Question;
  readonly answer: Answer | undefined;
  /** Field id → message. */
  readonly errors: Readonly<Record<string, string>>;
  readonly language: Language;
  readonly municipalities: readonly MunicipalityOption[];
  /** Values as posted (shown back after an error). */
  readonly posted?: Readonly<Record<string, string | readonly string[] | undefined>>;
}

const fieldId = (name: string) => `v-${name.replace(/[^a-z0-9_-]/gi, '-')}`;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length > 0 ? list.join(' ') : undefined;
}

function Marker({ required, language }: { required: boolean; language: Language }): VNode {
  const w = ENGINE_WORDS[language];
  return <span class="survey-required">{` (${required ? w.required : w.optional})`}</span>;
}

function Help({ q, language }: { q: Question; language: Language }): VNode | null {
  return q.help ? (
    <p class="hint" id={`${fieldId(q.id)}-hulp`}>
      {textIn(q.help, language)}
    </p>
  ) : null;
}

function ErrorText({ id, message }: { id: string; message: string | undefined }): VNode | null {
  return message ? (
    <p class="error" id={id}>
      {message}
    </p>
  ) : null;
}

function ChoiceField(
  props: FieldProps & { question: Extract<Question, { type: 'single' | 'multiple' }> },
): VNode {
  const { question: q, answer, errors, language } = props;
  const words = ENGINE_WORDS[language];
  const id = fieldId(q.id);
  const multiple = q.type === 'multiple';
  const chosen = new Set<string>(
    answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : [],
  );
  const postedOther = props.posted?.[`${q.id}__${OTHER}`];
  const otherText =
    (answer && 'other' in answer ? answer.other : undefined) ??
    (typeof postedOther === 'string' ? postedOther : '');
  const error = errors[q.id];
  const otherError = errors[`${q.id}__${OTHER}`];
  const described = describedBy(q.help && `${id}-hulp`, error && `${id}-fout`);
  const options = [
    ...q.options.map((o) => ({ value: o.value, label: textIn(o.label, language) })),
    ...(q.other ? [{ value: OTHER, label: words.other }] : []),
  ];
  return (
    <fieldset
      class="survey-question"
      id={id}
      aria-describedby={described}
      aria-invalid={error ? 'true' : undefined}
    >
      <legend>
        {textIn(q.text, language)}
        <Marker required={q.required} language={language} />
      </legend>
      <Help q={q} language={language} />
      <ErrorText id={`${id}-fout`} message={error} />
      {options.map((o) => (
        <div class="survey-option" key={o.value}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            id={`${id}-${o.value}`}
            name={q.id}
            value={o.value}
            checked={chosen.has(o.value)}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {q.other ? (
        <div class="survey-other">
          <label for={`${id}-${OTHER}-tekst`}>{words.otherDetail}</label>
          <ErrorText id={`${id}-${OTHER}-fout`} message={otherError} />
          <input
            type="text"
            id={`${id}-${OTHER}-tekst`}
            name={`${q.id}__${OTHER}`}
            value={otherText}
            maxLength={500}
            aria-describedby={otherError ? `${id}-${OTHER}-fout` : undefined}
            aria-invalid={otherError ? 'true' : undefined}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

function LikertField(props: FieldProps & { question: Extract<Question, { type: 'likert' }> }): VNode {
  const { question: q, answer, errors, language } = props;
  const id = fieldId(q.id);
  const items = answer?.type === 'likert' ? answer.items : {};
  return (
    <fieldset
      class="survey-question survey-likert"
      id={id}
      aria-describedby={q.help ? `${id}-hulp` : undefined}
    >
      <legend>
        {textIn(q.text, language)}
        <Marker required={q.required} language={language} />
      </legend>
      <Help q={q} language={language} />
      {q.items.map((item) => {
        const name = `${q.id}.${item.id}`;
        const rowId = fieldId(name);
        const error = errors[name];
        return (
          <fieldset
            class="survey-likert-row"
            id={rowId}
            key={item.id}
            aria-describedby={error ? `${rowId}-fout` : undefined}
            aria-invalid={error ? 'true' : undefined}
          >
            <legend>{textIn(item.label, language)}</legend>
            <ErrorText id={`${rowId}-fout`} message={error} />
            {q.scale.map((s) => (
              <span class="survey-scale" key={s.value}>
                <input
                  type="radio"
                  id={`${rowId}-${s.value}`}
                  name={name}
                  value={s.value}
                  checked={items[item.id] === s.value}
                />
                <label for={`${rowId}-${s.value}`}>{textIn(s.label, language)}</label>
              </span>
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

function SingleField(props: FieldProps): VNode {
  const { question: q, answer, errors, language, posted } = props;
  const id = fieldId(q.id);
  const error = errors[q.id];
  const postedValue = posted?.[q.id];
  const value =
    answer && 'value' in answer
      ? answer.type === 'number'
        ? String(answer.value).replace('.', ',')
        : answer.value
      : typeof postedValue === 'string'
        ? postedValue
        : '';
  const described = describedBy(q.help && `${id}-hulp`, error && `${id}-fout`);
  const common = {
    id,
    name: q.id,
    'aria-describedby': described,
    'aria-invalid': error ? ('true' as const) : undefined,
    required: q.required,
  };
  let input: VNode;
  if (q.type === 'longtext')
    input = <textarea {...common} rows={6} maxLength={maxLengthOf(q)} value={value} />;
  else if (q.type === 'text')
    input = <input {...common} type="text" maxLength={maxLengthOf(q)} value={value} />;
  else if (q.type === 'number') input = <input {...common} type="text" inputMode="decimal" value={value} />;
  else if (q.type === 'date') input = <input {...common} type="date" value={value} min={q.min} max={q.max} />;
  else
    input = (
      <select {...common}>
        <option value="">{ENGINE_WORDS[language].chooseMunicipality}</option>
        {props.municipalities.map((m) => (
          <option key={m.nis} value={m.nis} selected={m.nis === value}>
            {m.name}
          </option>
        ))}
      </select>
    );
  return (
    <div class="survey-question">
      <label for={id}>
        {textIn(q.text, language)}
        {q.type === 'number' && q.unit ? ` (${textIn(q.unit, language)})` : ''}
        <Marker required={q.required} language={language} />
      </label>
      <Help q={q} language={language} />
      <ErrorText id={`${id}-fout`} message={error} />
      {input}
    </div>
  );
}

export function QuestionField(props: FieldProps): VNode {
  const q = props.question;
  if (q.type === 'single' || q.type === 'multiple') return <ChoiceField {...props} question={q} />;
  if (q.type === 'likert') return <LikertField {...props} question={q} />;
  return <SingleField {...props} />;
}

/** The anchor of a field's error in the summary. */
export function errorAnchor(field: string): string {
  return `#${fieldId(field.replace(`__${OTHER}`, `-${OTHER}-tekst`))}`;
}
