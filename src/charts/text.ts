/**
 * Text helpers for options: estimated widths for layout (the server has no fonts to measure), and
 * escaping, since ECharts reads `{…}` in label strings as templates and puts tooltip strings into
 * the page as HTML.
 */

/** Rough width of sans-serif text in px: narrow and wide glyphs apart, the rest average. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if ('iljtf.,:;!|\'" \u00a0()[]'.includes(ch)) em += 0.3;
    else if ('mwMW%@'.includes(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}

/** Greedy word wrap at `maxWidth` px; a word longer than the line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** A literal string for a label formatter: no template braces. */
export function labelText(text: string): string {
  return text.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'));
}

/** A literal string for an HTML tooltip formatter: HTML-escaped, no template braces. */
export function tooltipText(text: string): string {
  return labelText(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Text for XML (the SVG title and description). */
export function xmlText(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}
