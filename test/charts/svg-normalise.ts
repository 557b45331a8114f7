/**
 * Golden SVGs: numbers inside attributes rounded to 2 decimals (text content untouched: `6.000` is
 * a Dutch thousand), one element per line as rendered, one final newline.
 */
export function normaliseSvg(svg: string): string {
  const round = (value: string) =>
    value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
  return svg
    .replace(/(\s[\w:-]+=")([^"]*)"/g, (_all, name: string, value: string) => `${name}${round(value)}"`)
    .replace(/\r\n/g, '\n')
    .trimEnd()
    .concat('\n');
}
