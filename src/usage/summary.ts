/** The home page's public line about adoption (no municipality is named). */
import { formatCount } from '../domain/format.js';

export function usageSummaryLine(municipalities: number, of: number): string {
  if (municipalities === 0)
    return `In de laatste 12 maanden bekeek nog geen van de ${formatCount(of)} gemeenten zelf haar cijferrapport.`;
  if (municipalities === 1)
    return `1 van de ${formatCount(of)} gemeenten bekeek haar cijferrapport in de laatste 12 maanden.`;
  return `${formatCount(municipalities)} van de ${formatCount(of)} gemeenten bekeken hun cijferrapport in de laatste 12 maanden.`;
}
