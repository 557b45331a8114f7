/**
 * Consistency checks on the reference tables. Every figure per area depends on these tables,
 * so a broken table must stop the program loudly instead of silently misassigning municipalities.
 */
import type { NisCode } from '../domain/brand.js';
import { DIVISIONS, type Division } from '../domain/division.js';
import type { ReferenceTables } from './reference-files.js';

export const FLEMISH_REGION = '02000' as NisCode;

export const EXPECTED_MUNICIPALITIES: Readonly<Record<Division, number>> = { '2019-2024': 300, '2025': 285 };

/** Municipalities per province, [2019-2024, 2025]. */
export const EXPECTED_PER_PROVINCE: Readonly<Record<string, readonly [number, number]>> = {
  '10000': [69, 67],
  '20001': [65, 63],
  '30000': [64, 62],
  '40000': [60, 55],
  '70000': [42, 38],
};

const EXPECTED_ARRONDISSEMENTS = 22;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function duplicates(codes: readonly string[]): string[] {
  return [...countBy(codes, (c) => c)].filter(([, n]) => n > 1).map(([c]) => c);
}

/** Returns the problems found; empty when the tables are consistent. */
export function findInconsistencies(t: ReferenceTables): string[] {
  const problems: string[] = [];
  const provinces = new Map(t.provinces.map((p) => [p.nis, p]));
  const arrondissements = new Map(t.arrondissements.map((a) => [a.nis, a]));
  const regions = new Map(t.regions.map((r) => [r.nis, r]));

  if (t.regions.length !== 1 || !regions.has(FLEMISH_REGION)) {
    problems.push(
      `regions.csv: expected only region ${FLEMISH_REGION}, found ${[...regions.keys()].join(', ')}`,
    );
  }
  const provinceCodes = Object.keys(EXPECTED_PER_PROVINCE);
  if (
    t.provinces.length !== provinceCodes.length ||
    provinceCodes.some((c) => !provinces.has(c as NisCode))
  ) {
    problems.push(`provinces.csv: expected provinces ${provinceCodes.join(', ')}`);
  }
  if (t.arrondissements.length !== EXPECTED_ARRONDISSEMENTS) {
    problems.push(
      `arrondissements.csv: expected ${EXPECTED_ARRONDISSEMENTS} rows, found ${t.arrondissements.length}`,
    );
  }
  for (const p of t.provinces) {
    if (p.parent !== FLEMISH_REGION)
      problems.push(`province ${p.nis}: region ${p.parent} is not ${FLEMISH_REGION}`);
  }
  for (const a of t.arrondissements) {
    if (!a.parent || !provinces.has(a.parent))
      problems.push(`arrondissement ${a.nis}: unknown province ${a.parent}`);
  }

  DIVISIONS.forEach((division, d) => {
    const rows = t.municipalities[division];
    const label = `municipalities ${division}`;
    if (rows.length !== EXPECTED_MUNICIPALITIES[division]) {
      problems.push(`${label}: expected ${EXPECTED_MUNICIPALITIES[division]} rows, found ${rows.length}`);
    }
    const dup = duplicates(rows.map((m) => m.nis));
    if (dup.length > 0) problems.push(`${label}: duplicate codes ${dup.join(', ')}`);
    for (const m of rows) {
      const arr = arrondissements.get(m.arrondissement);
      if (!arr) problems.push(`${label}: ${m.nis} has unknown arrondissement ${m.arrondissement}`);
      else if (arr.parent !== m.province) {
        problems.push(
          `${label}: ${m.nis} province ${m.province} differs from its arrondissement's ${arr.parent}`,
        );
      }
      if (!provinces.has(m.province)) problems.push(`${label}: ${m.nis} has unknown province ${m.province}`);
      if (m.region !== FLEMISH_REGION) problems.push(`${label}: ${m.nis} has region ${m.region}`);
    }
    const perProvince = countBy(rows, (m) => m.province);
    for (const [code, expected] of Object.entries(EXPECTED_PER_PROVINCE)) {
      const found = perProvince.get(code) ?? 0;
      if (found !== expected[d])
        problems.push(`${label}: province ${code} has ${found}, expected ${expected[d]}`);
    }
    const perArrondissement = countBy(rows, (m) => m.arrondissement);
    for (const a of t.arrondissements) {
      const found = perArrondissement.get(a.nis) ?? 0;
      if (found !== a.counts[division]) {
        problems.push(
          `${label}: arrondissement ${a.nis} has ${found}, arrondissements.csv says ${a.counts[division]}`,
        );
      }
    }
    for (const p of t.provinces) {
      if (p.counts[division] !== (perProvince.get(p.nis) ?? 0)) {
        problems.push(`provinces.csv: ${p.nis} says ${p.counts[division]} for ${division}`);
      }
    }
    for (const r of t.regions) {
      if (r.counts[division] !== rows.length) {
        problems.push(
          `regions.csv: ${r.nis} says ${r.counts[division]} for ${division}, found ${rows.length}`,
        );
      }
    }
  });

  problems.push(...findCrosswalkProblems(t));
  return problems;
}

function findCrosswalkProblems(t: ReferenceTables): string[] {
  const problems: string[] = [];
  const old = new Map(t.municipalities['2019-2024'].map((m) => [m.nis, m]));
  const current = new Map(t.municipalities['2025'].map((m) => [m.nis, m]));
  const dup = duplicates(t.crosswalk.map((c) => c.nis2024));
  if (dup.length > 0) problems.push(`crosswalk: duplicate 2019-2024 codes ${dup.join(', ')}`);
  const predecessorCount = new Map<string, number>();
  for (const c of t.crosswalk) {
    const before = old.get(c.nis2024);
    const after = current.get(c.nis2025);
    if (!before) problems.push(`crosswalk: ${c.nis2024} is not a 2019-2024 municipality`);
    else if (before.province !== c.province2024) problems.push(`crosswalk: ${c.nis2024} province mismatch`);
    if (!after) problems.push(`crosswalk: ${c.nis2025} is not a 2025 municipality`);
    else if (after.province !== c.province2025) problems.push(`crosswalk: ${c.nis2025} province mismatch`);
    predecessorCount.set(c.nis2025, (predecessorCount.get(c.nis2025) ?? 0) + 1);
  }
  const mapped = new Set(t.crosswalk.map((c) => c.nis2024));
  for (const code of old.keys()) {
    if (!mapped.has(code)) problems.push(`crosswalk: ${code} has no 2025 successor`);
  }
  for (const code of current.keys()) {
    if (!predecessorCount.has(code)) problems.push(`crosswalk: 2025 municipality ${code} has no predecessor`);
  }
  const total = [...predecessorCount.values()].reduce((a, b) => a + b, 0);
  if (total !== EXPECTED_MUNICIPALITIES['2019-2024']) {
    problems.push(`crosswalk: predecessors of 2025 municipalities add up to ${total}, expected 300`);
  }
  return problems;
}

export function assertConsistent(t: ReferenceTables, referenceDir: string): void {
  const problems = findInconsistencies(t);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  throw new Error(`Inconsistent geography reference tables in ${referenceDir}:\n${shown.join('\n')}`);
}
