/**
 * Print rules for a good PDF of the report page, to go into the site CSS under `@media print`
 * (`PRINT_RULES`), or appended as a whole after it (`PRINT_CSS`). They expect this page structure:
 *
 *   main > .cover              municipality, date, data release: a page of its own
 *   main > nav.toc             table of contents: a page of its own (its hidden heading is shown)
 *   main > section             one chapter per theme: starts on a new page
 *   .block                     a chart with its table: may break between its parts, never inside a
 *                              chart (figure) or a short table (tables of 25+ rows: between rows only)
 *   thead                      repeated on every page a long table runs over
 *
 * Navigation, forms and buttons are not printed; external link targets are printed after the link,
 * internal ones (`#…`, `/…`) are not. Sizes in pt for Belgian A4.
 */
import { PRINT_FONT_FAMILY } from './fonts.js';
import { PAGE_RULE } from './page-format.js';

const rules = [
  PAGE_RULE,
  // Page and type: a real installed font (embedded by Chromium), readable sizes, colours kept.
  `html,body{background:#fff}`,
  `body{font:10pt/1.4 ${PRINT_FONT_FAMILY};color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
  `h1{font-size:22pt}h2{font-size:15pt;margin:0 0 4pt;padding-top:0;border-top:0}h3{font-size:12pt}`,
  `h1,h2,h3,h4,caption{break-after:avoid}`,
  `p,li{orphans:3;widows:3}`,
  `.lead{font-size:11pt}.meta,.def{font-size:8.5pt}.note{font-size:9.5pt}`,
  `main{max-width:none;margin:0;padding:0}`,
  // Screen-only parts.
  `header.site,nav.main-nav,form,button,input,select,.controls,.skip{display:none!important}`,
  `footer.site{max-width:none;margin:12pt 0 0;padding:6pt 0 0;font-size:8pt;break-inside:avoid}`,
  // Cover: its own page.
  `.cover{display:flex;flex-direction:column;justify-content:center;min-height:200mm;break-after:page}`,
  `.cover h1{font-size:30pt;margin:0 0 8pt}.cover p{font-size:12pt;margin:2pt 0}`,
  // Table of contents: its own page, one column, with its heading.
  `nav.toc{display:block!important;break-after:page}`,
  `nav.toc ol{columns:auto;column-count:1;max-width:none;font-size:12pt;line-height:1.8}`,
  `nav.toc .visually-hidden{position:static;width:auto;height:auto;overflow:visible;clip:auto;white-space:normal}`,
  // Chapters start on a new page.
  `main>section,.chapter{break-before:page}`,
  `main>section.cover{break-before:auto}`,
  // A block may break between its parts (no half-empty pages), a chart never; a short table stays whole.
  `.block{break-inside:auto}figure,.figure,.table-wrap,li.key-figure{break-inside:avoid}`,
  `.block>h3,.block>.summary,.series-title{break-after:avoid}`,
  `figure.chart svg{max-height:88mm;width:auto;max-width:100%;display:block;margin:0 auto}`,
  `.demo-banner{display:none}`,
  // …except a table of 25 rows or more: kept whole it would leave its heading alone on a page, so it
  // breaks between rows (its header repeated) right after the text before it.
  `.table-wrap:has(tbody>tr:nth-child(25)){break-inside:auto}`,
  `.block>.def,figcaption{break-before:avoid}`,
  `.table-wrap{overflow:visible}`,
  `table{min-width:0;width:100%;font-size:9pt}`,
  `thead{display:table-header-group}tfoot{display:table-footer-group}`,
  `tr,th,td{break-inside:avoid}`,
  `svg{max-width:100%;height:auto}`,
  // Evolution tables sit in <details>: printed open, without the disclosure triangle.
  `details::details-content{content-visibility:visible;display:contents}`,
  `details>summary{list-style:none;font-weight:600}details>summary::-webkit-details-marker{display:none}`,
  // The printed kernrapport: a short cover with the contents, then its parts one after the other.
  `body.print .cover.kern{min-height:0;justify-content:flex-start;break-after:auto;margin-bottom:6pt}`,
  `nav.toc.kern{break-after:page}`,
  `.chapter.kern-part{break-before:auto;margin-top:10pt}`,
  `.kern-part .block{margin:6pt 0 10pt}.chapter.pointer{break-before:auto;break-inside:avoid}`,
  `.kern-part figure.chart svg{max-height:80mm}`,
  // Key figures: compact cards, three to a row.
  `ul.key-figures{grid-template-columns:1fr 1fr 1fr!important;gap:5pt}`,
  `li.key-figure{padding:3pt 4pt;font-size:7.5pt;line-height:1.25}li.key-figure p{margin:1.5pt 0}`,
  `#kerncijfers>.lead,#kern-kerncijfers>.lead{font-size:9.5pt;margin:2pt 0 4pt}`,
  `.key-title{font-size:9pt}.key-value{font-size:15pt;margin:1pt 0}.key-count{font-size:8pt}`,
  `table.key-compare{font-size:7pt}table.key-compare th,table.key-compare td{padding:0.5pt 2pt}`,
  `ul.changes{font-size:9pt;margin:4pt 0;break-inside:avoid}`,
  // Contents of the full report with the page of every chapter (filled in by a second pass).
  `nav.toc.paged li{display:flex;gap:6pt}nav.toc.paged a{flex:1;border-bottom:0.5pt dotted #999}`,
  `.toc-page{min-width:3em;text-align:right}`,
  `.series-title{font-weight:600;margin:4pt 0 2pt}`,
  // DEMODATA only where demo figures are: across each block with demo figures, not on every page.
  `.block.demo,li.key-figure.demo{position:relative}`,
  `.block.demo::after,li.key-figure.demo::after{content:"DEMODATA";position:absolute;top:35%;left:0;right:0;text-align:center;transform:rotate(-18deg);font-size:44pt;font-weight:700;letter-spacing:.1em;color:rgba(122,75,0,.16);pointer-events:none}`,
  `li.key-figure.demo::after{font-size:24pt}`,
  // Links: no colour; external targets printed after the link, internal ones not.
  `a{color:inherit;text-decoration:none}`,
  `a[href^="http"]::after{content:" (" attr(href) ")";font-size:8pt;color:#444;word-break:break-all}`,
  `nav.toc a::after{content:none}`,
];

/** The rules, to be placed inside the site's `@media print{…}`. */
export const PRINT_RULES = rules.join('\n');

/** The same rules as one `@media print` block, to be appended after the site CSS. */
export const PRINT_CSS = `@media print{\n${PRINT_RULES}\n}`;
