/** The two municipal divisions of Flanders the product supports. */
export const DIVISIONS = ['2019-2024', '2025'] as const;
export type Division = (typeof DIVISIONS)[number];

export const DEFAULT_DIVISION: Division = '2025';

export function isDivision(text: string): text is Division {
  return (DIVISIONS as readonly string[]).includes(text);
}

/** Area levels, from small to large. */
export const AREA_LEVELS = ['municipality', 'arrondissement', 'province', 'region'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** A division as users read it: 'gemeenten 2019–2024 (300)', 'gemeenten vanaf 2025 (285)'. */
export const DIVISION_LABEL: Readonly<Record<Division, string>> = {
  '2019-2024': 'gemeenten 2019–2024 (300)',
  '2025': 'gemeenten vanaf 2025 (285)',
};
