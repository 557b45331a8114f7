import type { Area } from './types.js';

/** Dutch label with the level word, so the province, arrondissement and city of Antwerpen stay distinct. */
export function displayName(area: Area): string {
  switch (area.level) {
    case 'province':
      return `provincie ${area.name}`;
    case 'arrondissement':
      return `arrondissement ${area.name}`;
    case 'region':
    case 'municipality':
      return area.name;
  }
}
