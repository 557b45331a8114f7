/** Ranked municipality lookup over a prebuilt SearchIndex. */
import { compareAreas } from './areas.js';
import { editDistance, typoBudget } from './edit-distance.js';
import { compactKey, stripQualifier } from './normalize.js';
import type { CodeEntry, NameEntry, SearchIndex } from './search-index.js';
import type { SearchHit } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 10;

/** Tiers are far apart so that weights never reorder them: exact, then prefix, then word prefix, then typos. */
const SCORE = { code: 1000, name: 900, prefix: 600, innerPrefix: 400, codePrefix: 350, fuzzy: 200 } as const;
/** The other division's names rank below this division's own names of the same tier. */
const OTHER_DIVISION_PENALTY = 50;
const PER_TYPO = 40;
/** Every exact name or code hit scores at least this. */
const EXACT_FLOOR = SCORE.name - 100;

type Hits = Map<string, SearchHit>;

const isOtherDivision = (hit: SearchHit) => hit.kind === 'former_name' || hit.kind === 'former_nis';

function keep(hits: Hits, hit: SearchHit): void {
  const current = hits.get(hit.area.nis);
  if (!current || hit.score > current.score) hits.set(hit.area.nis, hit);
}

function codeHit(entry: CodeEntry, score: number): SearchHit {
  return {
    area: entry.area,
    matchedName: entry.code,
    kind: entry.former ? 'former_nis' : 'nis',
    ...(entry.note ? { note: entry.note } : {}),
    score: score - (entry.former ? OTHER_DIVISION_PENALTY : 0),
  };
}

function nameHit(entry: NameEntry, tier: number, fuzzy = false): SearchHit {
  return {
    area: entry.area,
    matchedName: entry.text,
    kind: fuzzy ? 'fuzzy' : entry.former ? 'former_name' : 'name',
    ...(entry.note ? { note: entry.note } : {}),
    score: tier + entry.weight - (entry.former ? OTHER_DIVISION_PENALTY : 0),
  };
}

function searchCodes(index: SearchIndex, digits: string, hits: Hits): void {
  for (const entry of index.codes) {
    if (entry.code === digits) keep(hits, codeHit(entry, SCORE.code));
    else if (digits.length >= 2 && entry.code.startsWith(digits))
      keep(hits, codeHit(entry, SCORE.codePrefix));
  }
}

/** Exact and prefix matches; returns whether any match was exact. */
function searchNames(index: SearchIndex, key: string, hits: Hits): boolean {
  let exact = false;
  for (const entry of index.names) {
    if (entry.key === key) {
      keep(hits, nameHit(entry, SCORE.name));
      exact = true;
    } else if (entry.key.startsWith(key)) {
      keep(hits, nameHit(entry, SCORE.prefix));
    } else if (key.length >= 3 && entry.innerKeys.some((k) => k.startsWith(key))) {
      keep(hits, nameHit(entry, SCORE.innerPrefix));
    }
  }
  return exact;
}

function searchFuzzy(index: SearchIndex, key: string, hits: Hits): void {
  const budget = typoBudget(key.length);
  if (budget === 0) return;
  for (const entry of index.names) {
    // Also compare with the start of longer names, so a half-typed name with a typo still matches.
    const whole = editDistance(key, entry.key, budget);
    const start =
      entry.key.length > key.length ? editDistance(key, entry.key.slice(0, key.length), budget) : whole;
    const distance = Math.min(whole, start + (start < whole ? 0.5 : 0));
    if (distance <= budget) keep(hits, nameHit(entry, SCORE.fuzzy - PER_TYPO * distance, true));
  }
}

export function searchIndex(index: SearchIndex, query: string, limit = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const max = Number.isNaN(limit) ? DEFAULT_SEARCH_LIMIT : Math.max(0, Math.floor(limit));
  const key = compactKey(query);
  if (key === '' || max === 0) return [];
  const hits: Hits = new Map();
  if (/^\d+$/.test(key)) {
    searchCodes(index, key, hits);
  } else {
    const exact = searchNames(index, key, hits);
    // A qualifier Statbel does not use ('Hove (Limburg)') still finds the name before it.
    const base = compactKey(stripQualifier(query));
    const anyExact = exact || (base !== key && base !== '' && searchNames(index, base, hits));
    // Next to an exact hit, partial matches on the other division's names are noise ('Melle' → Merelbeke).
    if (anyExact)
      for (const [nis, hit] of hits) if (isOtherDivision(hit) && hit.score < EXACT_FLOOR) hits.delete(nis);
    if (hits.size === 0) searchFuzzy(index, key, hits);
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || compareAreas(a.area, b.area)).slice(0, max);
}
