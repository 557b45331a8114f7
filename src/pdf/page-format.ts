/** The printed page: Belgian A4 portrait, with margins that leave room for the running header and footer. */

export const A4_MM = { width: 210, height: 297 } as const;

/** Margins in millimetres; the header template sits in the top margin, the footer in the bottom one. */
export const PAGE_MARGIN_MM = { top: 22, right: 16, bottom: 20, left: 16 } as const;

/** A4 in PDF points (1 pt = 1/72 inch), as a PDF reader reports it. */
export const A4_PT = { width: 595.28, height: 841.89 } as const;

export function mm(n: number): string {
  return `${n}mm`;
}

/** The `@page` rule matching the `page.pdf` options, so `preferCSSPageSize` gives the same page. */
export const PAGE_RULE = `@page{size:A4 portrait;margin:${mm(PAGE_MARGIN_MM.top)} ${mm(PAGE_MARGIN_MM.right)} ${mm(PAGE_MARGIN_MM.bottom)} ${mm(PAGE_MARGIN_MM.left)}}`;
