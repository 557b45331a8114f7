/**
 * One block of a report as a page of its own, to put in an iframe on another website: the chart
 * (inline SVG), the figures, the source line and a link back to the full report.
 */
import type { VNode } from 'preact';
import type { Block, Report } from '../../../report/model.js';
import { NONCE_SLOT } from '../csp-nonce.js';
import { DemoBanner } from '../demo.js';
import { SITE_CSS } from '../site-css.js';
import { BlockView } from './report-page.js';
import { type ReportView, withChapters } from './view.js';

/** The block in the chapter of the full report it belongs to. */
function blockLink(report: Report, permalink: string, blockId: string): string {
  const chapter = report.sections.find((s) => s.blocks.some((b) => b.id === blockId));
  return chapter ? withChapters(permalink, chapter.id, `blok-${blockId}`) : permalink;
}

export function EmbedPage({
  report,
  block,
  view,
}: {
  report: Report;
  block: Block;
  view: ReportView;
}): VNode {
  const title = 'title' in block ? block.title : report.subject.label;
  return (
    <html lang="nl-BE">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${report.subject.label}`}</title>
        <style
          nonce={NONCE_SLOT.style}
          dangerouslySetInnerHTML={{ __html: `${SITE_CSS}body.embed main{padding:.5rem;max-width:none}` }}
        />
      </head>
      <body class="embed">
        {'demo' in block && block.demo ? <DemoBanner /> : null}
        <main>
          <p class="meta">
            {report.subject.label} · cijferrapport lokale diversiteit {report.year}
          </p>
          <BlockView block={block} report={report} view={view} />
          <p class="meta">
            <a href={blockLink(report, view.permalink, block.id)} target="_top">
              Bekijk het volledige cijferrapport van {report.subject.label}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
