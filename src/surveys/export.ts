/**
 * A run's answers as a table, one row per response, for CSV and XLSX, with a codebook (every column:
 * the question, its type, the codes and their labels). Several choices: one 0/1 column per option.
 */

import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { type Answer, OTHER } from './answer-types.js';
import type { Question, Survey } from './schema.js';
import { textIn } from './text.js';

export interface ExportResponse {
  readonly id: string;
  readonly status: string;
  readonly language: string;
  readonly startedOn: string;
  readonly submittedOn: string | null;
  /** Identified runs only. */
  readonly nis: string | null;
  readonly answers: Readonly<Record<string, Answer>>;
}

interface Column {
  readonly name: string;
  readonly question: string;
  readonly type: string;
  readonly codes: string;
  readonly cell: (r: ExportResponse) => string | number;
}

function columnsOf(q: Question): Column[] {
  const text = textIn(q.text, 'nl');
  const a = (r: ExportResponse) => r.answers[q.id];
  if (q.type === 'single') {
    const codes = [
      ...q.options.map((o) => `${o.value} = ${textIn(o.label, 'nl')}`),
      ...(q.other ? [`${OTHER} = Andere, namelijk`] : []),
    ].join('; ');
    const cols: Column[] = [
      {
        name: q.id,
        question: text,
        type: 'één keuze',
        codes,
        cell: (r) => {
          const x = a(r);
          return x?.type === 'single' ? x.choice : '';
        },
      },
    ];
    if (q.other)
      cols.push({
        name: `${q.id}_${OTHER}`,
        question: `${text} (andere, namelijk)`,
        type: 'tekst',
        codes: '',
        cell: (r) => {
          const x = a(r);
          return x?.type === 'single' ? (x.other ?? '') : '';
        },
      });
    return cols;
  }
  if (q.type === 'multiple') {
    const options = [
      ...q.options.map((o) => ({ value: o.value, label: textIn(o.label, 'nl') })),
      ...(q.other ? [{ value: OTHER, label: 'Andere' }] : []),
    ];
    const cols: Column[] = options.map((o) => ({
      name: `${q.id}_${o.value}`,
      question: `${text}: ${o.label}`,
      type: 'meerdere keuzes (0/1)',
      codes: '1 = gekozen; 0 = niet gekozen; leeg = vraag niet beantwoord',
      cell: (r) => {
        const x = a(r);
        return x?.type === 'multiple' ? (x.choices.includes(o.value) ? 1 : 0) : '';
      },
    }));
    if (q.other)
      cols.push({
        name: `${q.id}_${OTHER}_tekst`,
        question: `${text} (andere, namelijk)`,
        type: 'tekst',
        codes: '',
        cell: (r) => {
          const x = a(r);
          return x?.type === 'multiple' ? (x.other ?? '') : '';
        },
      });
    return cols;
  }
  if (q.type === 'likert') {
    const codes = q.scale.map((s) => `${s.value} = ${textIn(s.label, 'nl')}`).join('; ');
    return q.items.map((item) => ({
      name: `${q.id}_${item.id}`,
      question: `${text}: ${textIn(item.label, 'nl')}`,
      type: 'matrix',
      codes,
      cell: (r) => {
        const x = a(r);
        return x?.type === 'likert' ? (x.items[item.id] ?? '') : '';
      },
    }));
  }
  const type = {
    number: 'getal',
    date: 'datum (JJJJ-MM-DD)',
    text: 'korte tekst',
    longtext: 'lange tekst',
    municipality: 'gemeente (NIS-code)',
  }[q.type];
  return [
    {
      name: q.id,
      question: text,
      type,
      codes: '',
      cell: (r) => {
        const x = a(r);
        return x && 'value' in x ? x.value : '';
      },
    },
  ];
}

function columns(survey: Survey, identified: boolean): Column[] {
  const fixed: Column[] = [
    {
      name: 'antwoord',
      question: 'Willekeurige code van het antwoord',
      type: 'tekst',
      codes: '',
      cell: (r) => r.id,
    },
    {
      name: 'status',
      question: 'Verzonden of nog bezig',
      type: 'code',
      codes: 'submitted = verzonden; started = begonnen, niet verzonden',
      cell: (r) => r.status,
    },
    {
      name: 'taal',
      question: 'Taal van de vragenlijst',
      type: 'code',
      codes: 'nl, nl-eenvoudig, en, fr',
      cell: (r) => r.language,
    },
    {
      name: 'begonnen_op',
      question: 'Dag waarop het antwoord begon',
      type: 'datum',
      codes: '',
      cell: (r) => r.startedOn,
    },
    {
      name: 'verzonden_op',
      question: 'Dag waarop het antwoord verzonden werd',
      type: 'datum',
      codes: '',
      cell: (r) => r.submittedOn ?? '',
    },
  ];
  if (identified)
    fixed.push({
      name: 'nis',
      question: 'Gemeente van de genodigde (NIS-code)',
      type: 'code',
      codes: '',
      cell: (r) => r.nis ?? '',
    });
  return [...fixed, ...survey.pages.flatMap((p) => p.questions.flatMap(columnsOf))];
}

export function answersCsv(
  survey: Survey,
  responses: readonly ExportResponse[],
  identified: boolean,
): string {
  const cols = columns(survey, identified);
  return `\uFEFF${stringify([cols.map((c) => c.name), ...responses.map((r) => cols.map((c) => c.cell(r)))])}`;
}

export async function answersXlsx(
  survey: Survey,
  responses: readonly ExportResponse[],
  identified: boolean,
): Promise<Buffer> {
  const cols = columns(survey, identified);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Antwoorden');
  sheet.addRow(cols.map((c) => c.name)).font = { bold: true };
  for (const r of responses) sheet.addRow(cols.map((c) => c.cell(r)));
  const codebook = book.addWorksheet('Codeboek');
  codebook.addRow(['kolom', 'vraag', 'soort', 'codes']).font = { bold: true };
  for (const c of cols) codebook.addRow([c.name, c.question, c.type, c.codes]);
  codebook.getColumn(2).width = 60;
  codebook.getColumn(4).width = 60;
  return Buffer.from(await book.xlsx.writeBuffer());
}
