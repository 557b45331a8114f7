/**
 * How a reader finds their way between the kernrapport and the full report: the cover and contents
 * (print, with page numbers in the full report), the chapter navigation (web), and the closing section
 * of the kernrapport that says where the full report is.
 */
import type { VNode } from 'preact';
import { DIVISION_LABEL } from '../../../domain/division.js';
import { formatDate } from '../../../domain/format.js';
import type { Report } from '../../../report/model.js';
import { ALL_CHAPTERS, type ReportSelection } from '../../../report/variant.js';
import { type ReportView, withChapters } from './view.js';

export const KERN_NAME = 'Kernrapport lokale diversiteit';
export const FULL_NAME = 'Cijferrapport lokale diversiteit';

/** The number a shown section carries: its chapter number in the full report, its place in the kernrapport. */
export function sectionNumber(selection: ReportSelection, sectionId: string, index: number): number {
  if (selection.variant === 'kern') return index + 1;
  return selection.chapters.find((c) => c.id === sectionId)?.number ?? index + 1;
}

export function Cover({ report, selection }: { report: Report; selection: ReportSelection }): VNode {
  const partial = selection.variant === 'volledig' && selection.shown.length < selection.chapters.length;
  return (
    <section class={`cover${selection.variant === 'kern' ? ' kern' : ''}`} aria-label="Titelpagina">
      <p class="cover-kicker">{selection.variant === 'kern' ? KERN_NAME : FULL_NAME}</p>
      <h1 class="cover-title">{report.subject.label}</h1>
      <p>
        Cijfers voor {report.year} · indeling {DIVISION_LABEL[report.division]} · NIS-code{' '}
        {report.subject.nis}
      </p>
      {selection.variant === 'kern' ? (
        <p>
          De kern van het cijferrapport: de kerncijfers naast de provincie, het Vlaams Gewest en vergelijkbare
          gemeenten, de belangrijkste grafieken en wat ze betekenen voor het beleid.
        </p>
      ) : null}
      {partial ? (
        <p>
          Hoofdstukken:{' '}
          {selection.chapters
            .filter((c) => selection.shown.includes(c.id))
            .map((c) => `${c.number}. ${c.title}`)
            .join(' · ')}
        </p>
      ) : null}
      <p>
        Gemaakt op {formatDate(report.generatedAt.slice(0, 10))} met datarelease {report.release.id} (
        {formatDate(report.release.builtAt.slice(0, 10))}) en cijfersjabloon {report.catalog.version}.
      </p>
      {report.demo ? (
        <p class="cover-demo">
          Bevat DEMONSTRATIEGEGEVENS: de gemarkeerde tabellen tonen geen echte cijfers.
        </p>
      ) : null}
    </section>
  );
}

/** The contents of what is shown; in the printed full report with the page of every chapter. */
export function Contents({ selection, view }: { selection: ReportSelection; view: ReportView }): VNode {
  const numbered = view.mode === 'print' && selection.variant === 'volledig';
  return (
    <nav
      class={`toc${numbered ? ' paged' : ''}${selection.variant === 'kern' ? ' kern' : ''}`}
      aria-label="Inhoud van dit rapport"
    >
      <h2 class="toc-title">Inhoud</h2>
      <ol>
        {selection.sections.map((s, i) => (
          <li key={s.id} value={sectionNumber(selection, s.id, i)}>
            <a href={`#${s.id}`}>{s.title}</a>
            {numbered ? (
              <span class="toc-page" data-chapter={s.id}>
                {view.pages?.get(s.id) !== undefined ? `p. ${view.pages.get(s.id)}` : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Web only: the kernrapport, every chapter of the full report, and the PDFs. */
export function ChapterNav({
  report,
  selection,
  view,
}: {
  report: Report;
  selection: ReportSelection;
  view: ReportView;
}): VNode {
  const base = view.permalink;
  const all = selection.variant === 'volledig' && selection.shown.length === selection.chapters.length;
  const current = (yes: boolean) => (yes ? { 'aria-current': 'page' as const } : {});
  const [path, query] = base.split('?');
  const q = query ? `?${query}` : '';
  const chosen =
    selection.variant === 'volledig' && !all
      ? `${q ? '&' : '?'}hoofdstukken=${selection.shown.join(',')}`
      : '';
  return (
    <nav class="chapter-nav" aria-labelledby="hoofdstukken-kop">
      <h2 id="hoofdstukken-kop" class="chapter-nav-title">
        Kernrapport en volledig rapport
      </h2>
      <ul class="chapter-list">
        <li>
          <a href={base} {...current(selection.variant === 'kern')}>
            <strong>Kernrapport</strong>
          </a>{' '}
          <span class="meta">de kern op één pagina</span>
        </li>
        {selection.chapters.map((c) => (
          <li key={c.id}>
            <a
              href={withChapters(base, c.id)}
              {...current(selection.variant === 'volledig' && !all && selection.shown.includes(c.id))}
            >
              {c.number}. {c.title}
            </a>
          </li>
        ))}
        <li>
          <a href={withChapters(base, ALL_CHAPTERS)} {...current(all)}>
            <strong>Volledig rapport</strong>
          </a>{' '}
          <span class="meta">alle {selection.chapters.length} hoofdstukken op één pagina</span>
        </li>
      </ul>
      <p class="downloads pdf-downloads">
        PDF:{' '}
        <a class="pdf-link" href={`${path}/kernrapport.pdf${q}`} aria-describedby="pdf-uitleg">
          kernrapport<span class="visually-hidden"> als PDF</span>
        </a>{' '}
        ·{' '}
        <a class="pdf-link" href={`${path}/rapport.pdf${q}`} aria-describedby="pdf-uitleg">
          volledig rapport<span class="visually-hidden"> als PDF</span>
        </a>
        {chosen ? (
          <>
            {' '}
            ·{' '}
            <a class="pdf-link" href={`${path}/rapport.pdf${q}${chosen}`} aria-describedby="pdf-uitleg">
              {selection.shown.length === 1 ? 'dit hoofdstuk' : 'deze hoofdstukken'}
              <span class="visually-hidden"> als PDF</span>
            </a>
          </>
        ) : null}{' '}
        <span id="pdf-uitleg" class="meta pdf-hint">
          Een PDF wordt op vraag gemaakt: dat duurt enkele seconden.
        </span>
      </p>
      <p class="visually-hidden">
        {report.subject.label}: {selection.variant === 'kern' ? KERN_NAME : FULL_NAME}.
      </p>
    </nav>
  );
}

/** The kernrapport's last section: where the full report is, with its chapters. */
export function FullReportPointer({
  report,
  selection,
  view,
  number,
}: {
  report: Report;
  selection: ReportSelection;
  view: ReportView;
  number: number;
}): VNode {
  const full = withChapters(view.permalink, ALL_CHAPTERS);
  return (
    <section id="volledig-rapport" class="chapter pointer" aria-labelledby="volledig-rapport-kop">
      <h2>
        <span id="volledig-rapport-kop">{number}. Het volledige rapport</span>
      </h2>
      <p class="lead">
        Dit kernrapport is een samenvatting. Het volledige cijferrapport van {report.subject.label} toont elk
        cijfer in een tabel naast de provincie, het Vlaams Gewest en de vergelijkbare gemeenten, met de
        evolutie, de definitie en de bron.
      </p>
      {view.mode === 'print' ? (
        <p>
          Op de website: <span class="address">{full}</span>, of als PDF:{' '}
          <span class="address">{view.permalink.replace('?', '/rapport.pdf?')}</span>.
        </p>
      ) : (
        <p>
          <a href={full}>Open het volledige rapport</a> of kies een hoofdstuk.
        </p>
      )}
      <ol class="chapter-overview">
        {selection.chapters.map((c) => (
          <li key={c.id} value={c.number}>
            {view.mode === 'print' ? c.title : <a href={withChapters(view.permalink, c.id)}>{c.title}</a>}
          </li>
        ))}
      </ol>
    </section>
  );
}
