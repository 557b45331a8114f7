/**
 * "in <place>" with the right article: in Gent, in de provincie Antwerpen, in het arrondissement
 * Leuven, in het Vlaams Gewest, in vergelijkbare gemeenten. Labels are `AreaRef.label`
 * (geo `displayName`: 'provincie Antwerpen', 'arrondissement Leuven', 'Vlaams Gewest', a municipality's name).
 */
import type { AreaLevel } from '../../domain/division.js';

/** An area of the report (`AreaRef` fits) or a group of municipalities (level `group`, as in `AreaRef`). */
export interface PlaceRef {
  readonly level: AreaLevel | 'group';
  /** For a group: a plural without article, 'vergelijkbare gemeenten'. */
  readonly label: string;
}

export const SIMILAR_MUNICIPALITIES: PlaceRef = { level: 'group', label: 'vergelijkbare gemeenten' };

/** 'Gent', 'de provincie Antwerpen', 'het Vlaams Gewest', 'vergelijkbare gemeenten'. */
export function placeName(place: PlaceRef): string {
  switch (place.level) {
    case 'municipality':
    case 'group':
      return place.label;
    case 'province':
      return `de ${place.label}`;
    case 'arrondissement':
    case 'region':
      return `het ${place.label}`;
  }
}

export function inPlace(place: PlaceRef): string {
  return `in ${placeName(place)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
