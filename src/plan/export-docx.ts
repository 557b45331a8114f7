/** The plan as a Word document (docx), to paste into the meerjarenplan: headings, paragraphs, tables. */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportKey, PlanExport } from './export-model.js';

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** Paragraphs of a text as typed (blank lines separate paragraphs). */
function paragraphs(text: string): Paragraph[] {
  const parts = text.split(/\n\s*\n/).map((p) => p.trim());
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? [para('(nog niet ingevuld)')] : kept.map(para);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function keyContent(plan: PlanExport, k: ExportKey): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Sleutel ${k.key}: ${k.title}` }),
  ];
  if (k.key === 1) {
    const f = plan.figures;
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: `Cijfers uit het rapport van ${f.subject}` }),
      para(`Datarelease ${f.releaseId}, catalogusversie ${f.catalogVersion}, jaar ${f.year}.`),
      table(
        ['Kerncijfer', f.subject, 'Periode', 'Vergelijking'],
        f.figures.map((x) => [
          `${x.title}${x.demo ? ' (DEMODATA)' : ''}`,
          `${x.shown}${x.countShown ? ` (${x.countShown})` : ''}`,
          x.periodLabel,
          x.comparisons.map((c) => `${c.label}: ${c.shown}`).join('; '),
        ]),
      ),
    );
  }
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Huidige situatie' }),
    ...paragraphs(k.situation),
  );
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Doelstellingen' }),
    ...paragraphs(k.goals),
  );
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Acties' }));
  out.push(
    k.actions.length === 0
      ? para('Nog geen acties.')
      : table(
          ['Wat', 'Soort', 'Trekker', 'Partners', 'Timing', 'Budget', 'Status'],
          k.actions.map((a) => [a.what, a.kind, a.owner, a.partners, a.timing, a.budget, a.status]),
        ),
  );
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Indicatoren om op te volgen' }));
  out.push(
    k.indicators.length === 0
      ? para('Nog geen indicatoren gekozen.')
      : table(
          ['Indicator', 'Beginwaarde', 'Periode', 'Doel', 'Sinds het plan'],
          k.indicators.map((i) => [
            `${i.title}${i.demo ? ' (DEMODATA)' : ''}`,
            i.baseline,
            `${i.period} (release ${i.release})`,
            i.target,
            i.since ?? '',
          ]),
        ),
  );
  return out;
}

export async function planDocx(plan: PlanExport): Promise<Buffer> {
  const doc = new Document({
    creator: 'omgevingsanalyse',
    title: `Plan van aanpak ${plan.municipality.label}`,
    description: 'Plan van aanpak rond de vijf sleutels tot succes',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: `Plan van aanpak ${plan.municipality.label}` }),
          para(`Status: ${plan.state} · versie ${plan.version}.`),
          ...plan.keys.flatMap((k) => keyContent(plan, k)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
