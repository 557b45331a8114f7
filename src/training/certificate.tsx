/**
 * The completion certificate (attest) of an edition: a one-page A4 PDF printed on the warm browser of
 * the report's print pipeline, from server-rendered HTML (no scripts, nothing fetched).
 */
import type { VNode } from 'preact';
import type { WarmBrowser } from '../pdf/browser.js';
import { pdfFeatures } from '../pdf/pdf-features.js';
import { Page, renderDocument } from '../render/html/document.js';
import type { CertificateStatus } from './attendance.js';
import { formatDay, formatWhen } from './brussels-time.js';

export interface CertificateContent {
  readonly name: string;
  readonly municipalities: readonly string[];
  readonly editionTitle: string;
  readonly status: CertificateStatus;
  /** The sessions the person attended: topic and day. */
  readonly attended: readonly {
    topic: string;
    day: string | null;
    start: string | null;
    end: string | null;
  }[];
  /** 'YYYY-MM-DD', Brussels. */
  readonly issuedOn: string;
}

export function CertificateDocument(c: CertificateContent): VNode {
  return (
    <Page title={`Attest – ${c.editionTitle}`} print>
      <h1>Attest van deelname</h1>
      <p class="lead">
        <strong>{c.name}</strong>
        {c.municipalities.length ? ` (${c.municipalities.join(', ')})` : ''} nam deel aan de vorming{' '}
        <strong>{c.editionTitle}</strong>.
      </p>
      <p>
        Aanwezig op {c.status.attended} van de {c.status.held} gehouden sessies; de aanwezigheidsregel van
        deze editie vraagt minstens {c.status.requiredPercent} %.
      </p>
      <h2>Sessies</h2>
      <ul>
        {c.attended.map((s) => (
          <li key={`${s.topic}-${s.day}`}>
            {s.topic}: {formatWhen(s.day, s.start, s.end)}
          </li>
        ))}
      </ul>
      <p>Uitgereikt op {formatDay(c.issuedOn)}.</p>
    </Page>
  );
}

export function certificateHtml(c: CertificateContent): string {
  return renderDocument(CertificateDocument(c));
}

export async function printCertificate(browser: WarmBrowser, c: CertificateContent): Promise<Buffer> {
  const html = certificateHtml(c);
  return browser.withPage(async (page, version) => {
    page.setDefaultTimeout(30_000);
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page.pdf({
      format: 'A4',
      margin: { top: '25mm', right: '20mm', bottom: '25mm', left: '20mm' },
      printBackground: true,
      ...(pdfFeatures(version).tagged ? { tagged: true } : {}),
    });
  });
}
