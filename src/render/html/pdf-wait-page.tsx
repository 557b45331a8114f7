/**
 * The pages of a PDF that is not ready yet: "bezig" (the page asks again by itself, with the `Refresh`
 * header the web layer sets, and the download starts when the PDF is there) and "wachtrij vol".
 */
import type { VNode } from 'preact';
import { Page } from './document.js';

export function PdfBusyPage({
  what,
  reportPath,
  pdfPath,
}: {
  what: string;
  reportPath: string;
  /** The PDF's own address (asked again by the link, as the refresh does). */
  pdfPath: string;
}): VNode {
  return (
    <Page title="PDF wordt gemaakt">
      <h1>De PDF wordt gemaakt</h1>
      <p role="status" class="pdf-busy">
        De PDF van {what} wordt nu gemaakt. Dat duurt enkele seconden; de download begint vanzelf.
      </p>
      <p>
        Begint hij niet? <a href={pdfPath}>Vraag de PDF opnieuw</a> of ga{' '}
        <a href={reportPath}>terug naar het rapport</a>.
      </p>
    </Page>
  );
}

export function PdfQueueFullPage({ seconds, reportPath }: { seconds: number; reportPath: string }): VNode {
  return (
    <Page title="Even geduld">
      <h1>Er worden nu veel PDF’s gemaakt</h1>
      <p>
        Probeer het over {seconds} seconden opnieuw. Het rapport zelf kun je intussen{' '}
        <a href={reportPath}>op de website lezen</a>.
      </p>
    </Page>
  );
}
