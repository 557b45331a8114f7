/**
 * Chromium's running header and footer. They are separate little documents without the page's CSS,
 * so they carry their own font and size; `pageNumber` and `totalPages` are filled in by Chromium.
 */
import { PRINT_FONT_FAMILY } from './fonts.js';
import { mm, PAGE_MARGIN_MM } from './page-format.js';

export const REPORT_NAME = 'Cijferrapport lokale diversiteit';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function band(left: string, right: string, edge: 'top' | 'bottom'): string {
  const rule = edge === 'top' ? 'border-bottom' : 'border-top';
  const outer = [
    `font-family:${PRINT_FONT_FAMILY.replaceAll('"', "'")}`,
    'font-size:8pt',
    'color:#444',
    'width:100%',
    `padding:0 ${mm(PAGE_MARGIN_MM.right)} 0 ${mm(PAGE_MARGIN_MM.left)}`,
    '-webkit-print-color-adjust:exact',
  ].join(';');
  const inner = `display:flex;justify-content:space-between;gap:8mm;${rule}:0.5pt solid #999;padding:1.5mm 0`;
  return `<div style="${outer}"><div style="${inner}"><span>${left}</span><span>${right}</span></div></div>`;
}

/** `Gent` left, `Cijferrapport lokale diversiteit` (or another name of the document) right. */
export function headerTemplate(area: string, name: string = REPORT_NAME): string {
  return band(`<strong>${escapeHtml(area)}</strong>`, escapeHtml(name), 'top');
}

/** `Datarelease 2026-01-15 · 15 januari 2026` left, `pagina 3 van 12` right. */
export function footerTemplate(releaseLine: string): string {
  return band(
    escapeHtml(releaseLine),
    'pagina <span class="pageNumber"></span> van <span class="totalPages"></span>',
    'bottom',
  );
}
