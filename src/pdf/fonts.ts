/**
 * The print font stack. Chromium embeds (subsets of) the fonts it uses, so they must be real installed
 * fonts: Liberation Sans comes with Debian's chromium package (fonts-liberation), DejaVu Sans with
 * fontconfig (fonts-dejavu-core) and covers what Liberation lacks (narrow no-break space U+202F).
 */
export const PRINT_FONT_FAMILY = '"Liberation Sans",Arial,"DejaVu Sans",sans-serif';
