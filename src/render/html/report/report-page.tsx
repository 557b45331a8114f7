/**
 * The report of one municipality: cover and contents (print), controls (web), the chapters with
 * their blocks, readable without JavaScript; every section and block has a permalink.
 */
import type { VNode } from 'preact';
import { DIVISION_LABEL } from '../../../domain/division.js';
import { formatDate } from '../../../domain/format.js';
import type { Block, Report } from '../../../report/model.js';
import { DemoBanner } from '../demo.js';
import { Page } from '../document.js';
import { ReportControls } from './controls.js';
import { DefinitionsView } from './definitions-view.js';
import { KeyFiguresView } from './key-figures-view.js';
import { MapView } from './map-view.js';
import { PyramidView } from './pyramid-view.js';
import { TableBlockView } from './table-block.js';
import type { ReportView } from './view.js';

export function BlockView({
  block,
  report,
  view,
}: {
  block: Block;
  report: Report;
  view: ReportView;
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
      return <KeyFiguresView block={block} areas={report.areas} />;
    case 'pyramid':
      return <PyramidView block={block} view={view} />;
    case 'map':
      return <MapView block={block} view={view} />;
    case 'definitions':
      return <DefinitionsView block={block} full={view.mode !== 'web'} />;
  }
}

function Cover({ report }: { report: Report }): VNode {
  return (
    <section class="cover" aria-label="Titelpagina">
      <p class="cover-kicker">Cijferrapport lokale diversiteit</p>
      <h1 class="cover-title">{report.subject.label}</h1>
      <p>
        Cijfers voor {report.year} · indeling {DIVISION_LABEL[report.division]} · NIS-code{' '}
        {report.subject.nis}
      </p>
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

function Contents({ report }: { report: Report }): VNode {
  return (
    <nav class="toc" aria-label="Inhoud van dit rapport">
      <h2 class="toc-title">Inhoud</h2>
      <ol>
        {report.sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SimilarNote({ report }: { report: Report }): VNode | null {
  if (!report.similar) return null;
  const names = report.similar.members.map((m) => m.name);
  return (
    <p class="note">
      <strong>Vergelijkbare gemeenten</strong> (een kolom in elke tabel): {names.join(', ')}.{' '}
      <a href="#blok-methode-vergelijkbare-gemeenten">Hoe gekozen?</a>
    </p>
  );
}

export function ReportBody({ report, view }: { report: Report; view: ReportView }): VNode {
  return (
    <>
      {view.mode === 'print' && report.demo ? (
        <div class="watermark" aria-hidden="true">
          DEMODATA
        </div>
      ) : null}
      {view.mode === 'print' ? <Cover report={report} /> : null}
      {view.mode === 'print' ? null : (
        <header class="report-head">
          <p class="meta">Cijferrapport lokale diversiteit</p>
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
      {view.mode === 'web' ? <ReportControls report={report} /> : null}
      <SimilarNote report={report} />
      <Contents report={report} />
      {report.sections.map((s, i) => (
        <section key={s.id} id={s.id} class="chapter" aria-labelledby={`${s.id}-kop`}>
          <h2>
            <span id={`${s.id}-kop`}>
              {i + 1}. {s.title}
            </span>{' '}
            <a class="permalink" href={`#${s.id}`} aria-label={`Link naar hoofdstuk ${s.title}`}>
              #
            </a>
          </h2>
          <p class="lead">{s.intro}</p>
          {s.blocks.map((b) => (
            <BlockView key={b.id} block={b} report={report} view={view} />
          ))}
        </section>
      ))}
      <p class="meta colophon">
        Cijferrapport lokale diversiteit van {report.subject.label}. Datarelease {report.release.id} ·
        cijfersjabloon {report.catalog.version} · {report.software.name} {report.software.version}. Permalink:{' '}
        <a href={view.permalink}>{view.permalink}</a>
      </p>
    </>
  );
}

export function ReportPage({ report, view }: { report: Report; view: ReportView }): VNode {
  return (
    <Page
      title={report.subject.label}
      description={`Cijfers over de diversiteit van de bevolking van ${report.subject.label}, ${report.year}.`}
      banner={report.demo ? <DemoBanner /> : undefined}
      print={view.mode === 'print'}
    >
      <ReportBody report={report} view={view} />
    </Page>
  );
}
