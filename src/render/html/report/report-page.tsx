/** The report page of one area: readable without JavaScript, every figure with source and date. */
import type { VNode } from 'preact';
import { DIVISIONS } from '../../domain/division.js';
import type { Report } from '../../report/model.js';
import { DemoBanner } from './demo.js';
import { Page } from './document.js';
import { TableBlockView } from './table-block.js';

const DIVISION_LABEL = {
  '2019-2024': 'gemeenten 2019–2024 (300)',
  '2025': 'gemeenten vanaf 2025 (285)',
} as const;

function Controls({ report }: { report: Report }): VNode {
  return (
    <form class="controls" method="get" action={`/gemeente/${report.subject.nis}`}>
      <div>
        <label for="jaar">Jaar</label>
        <select id="jaar" name="jaar">
          {report.availableYears.map((y) => (
            <option key={y} value={String(y)} selected={y === report.year}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="indeling">Gemeentelijke indeling</label>
        <select id="indeling" name="indeling">
          {DIVISIONS.map((d) => (
            <option key={d} value={d} selected={d === report.division}>
              {DIVISION_LABEL[d]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Toon</button>
      <a
        href={`/api/v1/gemeente/${report.subject.nis}/rapport?jaar=${report.year}&indeling=${report.division}`}
      >
        Cijfers als JSON
      </a>
    </form>
  );
}

export function ReportPage({ report }: { report: Report }): VNode {
  const title = `${report.subject.label}: cijferrapport lokale diversiteit`;
  return (
    <Page
      title={report.subject.label}
      description={`Cijfers over de diversiteit van de bevolking van ${report.subject.label}, ${report.year}.`}
      banner={report.demo ? <DemoBanner /> : undefined}
    >
      <p class="meta">Cijferrapport lokale diversiteit</p>
      <h1>{report.subject.label}</h1>
      <p class="meta">
        Cijfers voor <strong>{report.year}</strong>, elk met zijn eigen referentiedatum · indeling{' '}
        {DIVISION_LABEL[report.division]} · NIS-code {report.subject.nis}
      </p>
      {report.notes.map((n) => (
        <p class="note" key={n}>
          {n}
        </p>
      ))}
      <Controls report={report} />
      <nav class="toc" aria-label="Inhoud van dit rapport">
        <h2 class="visually-hidden">Inhoud</h2>
        <ol>
          {report.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {report.sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-kop`}>
          <h2 id={`${s.id}-kop`}>{s.title}</h2>
          <p class="lead">{s.intro}</p>
          {s.blocks.map((b) =>
            b.kind === 'text' ? (
              <p class="lead" id={`blok-${b.id}`} key={b.id}>
                <strong>{b.text}</strong>
              </p>
            ) : (
              <TableBlockView key={b.id} block={b} areas={report.areas} />
            ),
          )}
        </section>
      ))}
      <p class="meta">
        {title}. Datarelease {report.release.id} · cijfersjabloon {report.catalog.version} ·{' '}
        {report.software.name} {report.software.version}.
      </p>
    </Page>
  );
}
