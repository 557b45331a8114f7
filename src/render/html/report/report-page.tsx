/**
 * The report of one municipality: cover and contents (print), controls (web), the chapters with
 * their blocks, readable without JavaScript; every section and block has a permalink.
 */
import type { VNode } from 'preact';
import { DIVISION_LABEL } from '../../../domain/division.js';
import type { Block, Report } from '../../../report/model.js';
import { fullSelection, type ReportSelection } from '../../../report/variant.js';
import { DemoBanner } from '../demo.js';
import { Page } from '../document.js';
import {
  ChapterNav,
  Contents,
  Cover,
  FULL_NAME,
  FullReportPointer,
  KERN_NAME,
  sectionNumber,
} from './chapter-nav.js';
import { ReportControls } from './controls.js';
import { DefinitionsView } from './definitions-view.js';
import { KeyFiguresView } from './key-figures-view.js';
import { MapView } from './map-view.js';
import { PyramidView } from './pyramid-view.js';
import { TableBlockView } from './table-block.js';
import { type ReportView, withChapters } from './view.js';

export function BlockView({
  block,
  report,
  view,
  moreHref,
}: {
  block: Block;
  report: Report;
  view: ReportView;
  /** Where "Meer hierover" of a key figure leads (null: no link, as in print). */
  moreHref?: (blockId: string) => string | null;
}): VNode {
  switch (block.kind) {
    case 'text':
      return (
        <p class="lead" id={`blok-${block.id}`}>
          {block.text}
        </p>
      );
    case 'table':
      return <TableBlockView block={block} areas={report.areas} view={view} />;
    case 'keyfigures':
      return <KeyFiguresView block={block} areas={report.areas} moreHref={moreHref} />;
    case 'pyramid':
      return <PyramidView block={block} view={view} />;
    case 'map':
      return <MapView block={block} view={view} />;
    case 'definitions':
      return <DefinitionsView block={block} full={view.mode !== 'web'} />;
  }
}

const METHOD_BLOCK = 'methode-vergelijkbare-gemeenten';

function SimilarNote({
  report,
  selection,
  view,
}: {
  report: Report;
  selection: ReportSelection;
  view: ReportView;
}): VNode | null {
  if (!report.similar) return null;
  const names = report.similar.members.map((m) => m.name);
  const chapter = selection.chapterOf.get(METHOD_BLOCK);
  const here = selection.variant === 'volledig' && chapter !== undefined && selection.shown.includes(chapter);
  const href = here
    ? `#blok-${METHOD_BLOCK}`
    : chapter
      ? withChapters(view.permalink, chapter, `blok-${METHOD_BLOCK}`)
      : null;
  return (
    <p class="note">
      <strong>Vergelijkbare gemeenten</strong> (een kolom in elke tabel): {names.join(', ')}.
      {view.mode === 'web' && href ? (
        <>
          {' '}
          <a href={href}>Hoe gekozen?</a>
        </>
      ) : null}
    </p>
  );
}

/** Links from a merger note to the former municipalities' own reports on the 2019–2024 division. */
function FormerMunicipalities({ report, view }: { report: Report; view: ReportView }): VNode | null {
  const former = view.mode === 'web' ? (view.formerMunicipalities ?? []) : [];
  if (former.length === 0) return null;
  return (
    <p class="note former">
      De vroegere gemeenten apart (indeling 2019–2024):{' '}
      {former.map((f, i) => (
        <span key={f.nis}>
          {i > 0 ? (i === former.length - 1 ? ' en ' : ', ') : ''}
          <a href={`/gemeente/${f.nis}?jaar=${report.year}&indeling=2019-2024`}>{f.name}</a>
        </span>
      ))}
      .
    </p>
  );
}

export function ReportBody({
  report,
  view,
  selection,
}: {
  report: Report;
  view: ReportView;
  selection: ReportSelection;
}): VNode {
  const kern = selection.variant === 'kern';
  const blockView: ReportView = kern ? { ...view, compact: true } : view;
  const moreHref = (blockId: string): string | null => {
    if (view.mode === 'print') return null;
    const chapter = selection.chapterOf.get(blockId);
    const here = !kern && chapter !== undefined && selection.shown.includes(chapter);
    return here || !chapter ? `#blok-${blockId}` : withChapters(view.permalink, chapter, `blok-${blockId}`);
  };
  return (
    <>
      {view.mode === 'print' ? <Cover report={report} selection={selection} /> : null}
      {view.mode === 'print' ? null : (
        <header class="report-head">
          <p class="meta">{kern ? KERN_NAME : FULL_NAME}</p>
          <h1>{report.subject.label}</h1>
          <p class="meta">
            Cijfers voor <strong>{report.year}</strong>, elk met zijn eigen referentiedatum · indeling{' '}
            {DIVISION_LABEL[report.division]} · NIS-code {report.subject.nis}
          </p>
        </header>
      )}
      {report.notes.map((n) => (
        <p class="note" key={n}>
          {n}
        </p>
      ))}
      <FormerMunicipalities report={report} view={view} />
      {view.mode === 'web' ? (
        <ReportControls report={report} suggestions={view.municipalities ?? []} />
      ) : null}
      {view.mode === 'web' ? <ChapterNav report={report} selection={selection} view={view} /> : null}
      <SimilarNote report={report} selection={selection} view={view} />
      {view.mode === 'print' || selection.sections.length > 1 ? (
        <Contents selection={selection} view={view} />
      ) : null}
      {selection.sections.map((s, i) => (
        <section
          key={s.id}
          id={s.id}
          class={`chapter${kern ? ' kern-part' : ''}`}
          aria-labelledby={`${s.id}-kop`}
        >
          <h2>
            <span id={`${s.id}-kop`}>
              {sectionNumber(selection, s.id, i)}. {s.title}
            </span>{' '}
            <a class="permalink" href={`#${s.id}`} aria-label={`Link naar hoofdstuk ${s.title}`}>
              #
            </a>
          </h2>
          {s.intro ? <p class="lead">{s.intro}</p> : null}
          {s.blocks.map((b) => (
            <BlockView key={b.id} block={b} report={report} view={blockView} moreHref={moreHref} />
          ))}
        </section>
      ))}
      {(view.extraChapters ?? []).map((c) => (
        <section key={c.id} id={c.id} class="chapter extra-chapter" aria-labelledby={`${c.id}-kop`}>
          <h2>
            <span id={`${c.id}-kop`}>{c.title}</span>{' '}
            <a class="permalink" href={`#${c.id}`} aria-label={`Link naar hoofdstuk ${c.title}`}>
              #
            </a>
          </h2>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered and escaped by its maker (preact) */}
          <div dangerouslySetInnerHTML={{ __html: c.html }} />
        </section>
      ))}
      {kern ? (
        <FullReportPointer
          report={report}
          selection={selection}
          view={view}
          number={selection.sections.length + 1}
        />
      ) : null}
      <p class="meta colophon">
        {kern ? KERN_NAME : FULL_NAME} van {report.subject.label}. Datarelease {report.release.id} ·
        cijfersjabloon {report.catalog.version} · {report.software.name} {report.software.version}. Permalink:{' '}
        <a href={view.permalink}>{view.permalink}</a>
      </p>
    </>
  );
}

export function ReportPage({
  report,
  view,
  selection = fullSelection(report),
}: {
  report: Report;
  view: ReportView;
  selection?: ReportSelection;
}): VNode {
  const what = selection.variant === 'kern' ? 'De kerncijfers' : 'Cijfers';
  return (
    <Page
      title={`${report.subject.label}${selection.variant === 'kern' ? ' (kernrapport)' : ''}`}
      description={`${what} over de diversiteit van de bevolking van ${report.subject.label}, ${report.year}.`}
      banner={report.demo ? <DemoBanner /> : undefined}
      print={view.mode === 'print'}
    >
      <ReportBody report={report} view={view} selection={selection} />
    </Page>
  );
}
