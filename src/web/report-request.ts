/** Turns `/gemeente/:nis?jaar=&indeling=` into a report request, or says precisely what is wrong. */
import { z } from 'zod';
import { isNisCode } from '../domain/brand.js';
import { DEFAULT_DIVISION, DIVISIONS, type Division } from '../domain/division.js';
import type { Area, Geography, SearchHit } from '../geo/index.js';

export const reportQuerySchema = z.object({
  jaar: z.coerce.number().int().min(1900).max(2200).optional(),
  indeling: z.enum(DIVISIONS).optional(),
  van: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  /** Chapters of the full report (`bevolking,herkomst` or `alle`); without it the page shows the kernrapport. */
  hoofdstukken: z
    .string()
    .max(400)
    .regex(/^[a-z0-9_,-]*$/)
    .optional(),
  /** Municipalities to compare with side by side: NIS codes or names (repeat the parameter for more). */
  vergelijk: z
    .union([z.string().max(100), z.array(z.string().max(100)).max(4)])
    .optional()
    .transform((v) =>
      v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => x.trim()).filter((x) => x !== ''),
    ),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export type ResolvedRequest =
  | {
      kind: 'ok';
      subject: Area;
      division: Division;
      year: number;
      compareWith: Area[];
      formerNote?: string;
      /** Comparison municipalities that were asked for but not found (said on the page). */
      unresolved: string[];
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'unknown_area'; asked: string; suggestions: SearchHit[] }
  | { kind: 'unknown_year'; year: number; years: readonly number[] };

export function reportPath(nis: string, division: Division, year?: number, prefix = '/gemeente'): string {
  return `${prefix}/${nis}?${year !== undefined ? `jaar=${year}&` : ''}indeling=${division}`;
}

export function resolveReportRequest(
  geo: Geography,
  years: readonly number[],
  nisParam: string,
  query: ReportQuery,
  pathPrefix = '/gemeente',
): ResolvedRequest {
  const division = query.indeling ?? DEFAULT_DIVISION;
  const subject = isNisCode(nisParam) ? geo.municipality(division, nisParam) : undefined;
  if (!subject) {
    const hits = geo.search(nisParam, division, 5);
    const exact = hits.filter((h) => h.kind !== 'fuzzy');
    if (exact.length === 1 && exact[0] && (exact[0].kind === 'former_nis' || exact[0].kind === 'name')) {
      const former = exact[0].kind === 'former_nis' ? `&van=${nisParam}` : '';
      return {
        kind: 'redirect',
        location: `${reportPath(exact[0].area.nis, division, query.jaar, pathPrefix)}${former}`,
      };
    }
    return { kind: 'unknown_area', asked: nisParam, suggestions: hits };
  }
  const year = query.jaar ?? Math.max(...years);
  if (!years.includes(year)) return { kind: 'unknown_year', year, years };
  const formerNote = query.van
    ? geo.search(query.van, division, 1).find((h) => h.area.nis === subject.nis)?.note
    : undefined;
  const compareWith: Area[] = [];
  const unresolved: string[] = [];
  for (const asked of query.vergelijk ?? []) {
    const area = isNisCode(asked) ? geo.municipality(division, asked) : undefined;
    // The same tolerance as the search: an exact match first, else the best near match of a typo.
    const hits = area ? [] : geo.search(asked, division, 2);
    const hit = area ?? (hits.find((h) => h.kind !== 'fuzzy') ?? hits[0])?.area;
    if (hit && hit.level === 'municipality' && hit.nis !== subject.nis) compareWith.push(hit);
    else if (!hit) unresolved.push(asked);
  }
  return {
    kind: 'ok',
    subject,
    division,
    year,
    compareWith,
    unresolved,
    ...(formerNote ? { formerNote } : {}),
  };
}

/** What makes two resolved requests give the same report and notes (a cache key within one release). */
export function requestKey(resolved: Extract<ResolvedRequest, { kind: 'ok' }>): string {
  return [
    resolved.subject.level,
    resolved.subject.nis,
    resolved.division,
    resolved.year,
    resolved.compareWith.map((a) => a.nis).join(','),
    resolved.formerNote ?? '',
    resolved.unresolved.join('\u0001'),
  ].join('|');
}
