/** Header, footer and print rules as text (no Chromium needed). */
import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate, headerTemplate } from '../../src/pdf/header-footer.js';
import { PAGE_MARGIN_MM } from '../../src/pdf/page-format.js';
import { PRINT_CSS, PRINT_RULES } from '../../src/pdf/print-css.js';
import { footerLine } from '../../src/pdf/print-report.js';

describe('running header and footer', () => {
  it('header: the area and the report name; markup in a name is escaped', () => {
    const header = headerTemplate('Sint-Genesius-Rode <b>&');
    expect(header).toContain('Sint-Genesius-Rode &lt;b&gt;&amp;');
    expect(header).toContain('Cijferrapport lokale diversiteit');
    expect(header).toMatch(/font-size:8pt/);
  });

  it('footer: release and date in Dutch, and Chromium’s page number fields', () => {
    const line = footerLine({ release: '2026-01-15', date: '2026-01-15' });
    expect(line).toBe('Datarelease 2026-01-15 · 15 januari 2026');
    const footer = footerTemplate(line);
    expect(footer).toContain(escapeHtml(line));
    expect(footer).toContain('pagina <span class="pageNumber"></span> van <span class="totalPages"></span>');
  });
});

describe('print rules', () => {
  it('A4 portrait with the same margins as the pdf options', () => {
    const { top, right, bottom, left } = PAGE_MARGIN_MM;
    expect(PRINT_RULES).toContain(`@page{size:A4 portrait;margin:${top}mm ${right}mm ${bottom}mm ${left}mm}`);
    expect(PRINT_CSS.startsWith('@media print{')).toBe(true);
  });

  it('cover, contents and chapters break pages; table headers repeat; screen parts are hidden', () => {
    expect(PRINT_RULES).toContain('.cover{');
    expect(PRINT_RULES).toMatch(/\.cover\{[^}]*break-after:page/);
    expect(PRINT_RULES).toMatch(/nav\.toc\{[^}]*break-after:page/);
    expect(PRINT_RULES).toMatch(/main>section,\.chapter\{break-before:page\}/);
    expect(PRINT_RULES).toContain('thead{display:table-header-group}');
    expect(PRINT_RULES).toMatch(/form,button[^{]*\{display:none!important\}/);
    expect(PRINT_RULES).toContain('"Liberation Sans"');
  });
});
