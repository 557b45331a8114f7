/** Every generated file follows its data contract exactly, checked with an own parser and with the importer. */
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NisCode } from '../../src/domain/brand.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { type ColumnRole, contractColumns } from '../../src/sources/contracts/contract-columns.js';
import type { Contract } from '../../src/sources/contracts/contract-schema.js';
import { loadContracts } from '../../src/sources/contracts/load-contracts.js';
import { readContractFile } from '../../src/sources/contracts/read-contract-file.js';
import { fileOf, type Generated, generateInTemp, readTable } from './demo-files.js';

const FROM = 2020;
const TO = 2022;
const QUARTERS_FROM = 2021;
const contracts = [...loadContracts().values()];
const geography = loadGeography();
const countries = loadCountries();
const municipalities2024 = new Set(geography.areas('2019-2024', 'municipality').map((a) => a.nis as string));

let generated: Generated;
beforeAll(async () => {
  generated = await generateInTemp({
    seed: 7,
    fromYear: FROM,
    toYear: TO,
    quarterFromYear: QUARTERS_FROM,
    division: '2019-2024',
  });
});
afterAll(() => generated?.cleanup());

/** The periods the options ask for, per period type. */
function expectedPeriods(contract: Contract): Set<string> {
  const years = (from: number) => Array.from({ length: TO - from + 1 }, (_, i) => from + i);
  switch (contract.period.type) {
    case 'date':
      return new Set(
        years(FROM).map((y) => `${y}-${contract.period.type === 'date' ? contract.period.day : ''}`),
      );
    case 'year':
      return new Set(years(FROM).map(String));
    case 'quarter':
      return new Set(years(QUARTERS_FROM).flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)));
    case 'school_year':
      return new Set(years(FROM).map((y) => `${y}-${y + 1}`));
  }
}

/** A checker per column: returns what is wrong with a cell, or undefined. */
function cellCheck(
  contract: Contract,
  role: ColumnRole,
): (value: string, row: readonly string[]) => string | undefined {
  const periods = expectedPeriods(contract);
  switch (role.kind) {
    case 'area':
      return (v) => (municipalities2024.has(v) ? undefined : `unknown municipality ${v}`);
    case 'period':
      return (v) => (periods.has(v) ? undefined : `unexpected period ${v}`);
    case 'dimension': {
      if (role.dimension.type === 'country') {
        return (v) => {
          const country = /^[A-Z]{3}$/.test(v) ? countries.byIso3(v) : undefined;
          return country && country.iso3 === v && !country.pseudo
            ? undefined
            : `not an ISO alpha-3 country: ${v}`;
        };
      }
      const codes = new Set(role.dimension.codes.map((c) => c.code));
      return (v) => (codes.has(v) ? undefined : `not a ${role.dimension.name} code: ${v}`);
    }
    case 'count':
      return (v) => (/^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? undefined : `bad count ${v}`);
    case 'provisional':
      // Quarters of the last generated year are provisional, earlier ones final.
      return (v, row) => {
        const expected = row[1]?.startsWith(`${TO}-`) ? 'ja' : 'nee';
        return v === expected ? undefined : `voorlopig ${v}, expected ${expected}`;
      };
  }
}

describe.each(contracts.map((c) => [c.id, c] as const))('DEMO file of %s', (id, contract) => {
  it('is named like the contract sample, with DEMO- in front', () => {
    const file = fileOf(generated.files, id);
    expect(basename(file.path)).toBe(`DEMO-${id.replace(/_/g, '-')}.csv`);
    expect(basename(file.path)).toBe(contract.sample);
  });

  it('has the contract columns in order, UTF-8 without BOM, LF line ends', () => {
    const table = readTable(fileOf(generated.files, id).path);
    expect(table.header).toEqual(contractColumns(contract).map((c) => c.name));
    expect(table.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(table.text).not.toContain('\r');
    expect(table.text).not.toContain('"');
  });

  it('has valid areas, periods, codes, countries, counts and provisional flags, and no duplicate keys', () => {
    const file = fileOf(generated.files, id);
    const { rows } = readTable(file.path);
    const checks = contractColumns(contract).map((column) => cellCheck(contract, column.role));
    const keyLength = 2 + contract.dimensions.length;
    const seenPeriods = new Set<string>();
    const keys = new Set<string>();
    // Problems are collected (a few listed) rather than asserted per cell: the files have many cells.
    const problems: string[] = [];
    rows.forEach((row, r) => {
      if (row.length !== checks.length) problems.push(`row ${r + 2}: ${row.length} fields`);
      checks.forEach((check, i) => {
        const problem = check(row[i] ?? '', row);
        if (problem) problems.push(`row ${r + 2} column ${i + 1}: ${problem}`);
      });
      seenPeriods.add(row[1] ?? '');
      const key = row.slice(0, keyLength).join('|');
      if (keys.has(key)) problems.push(`row ${r + 2}: duplicate key ${key}`);
      keys.add(key);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(rows.length).toBe(file.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect([...seenPeriods].sort()).toEqual([...expectedPeriods(contract)].sort());
  });

  it('is a complete delivery: every municipality in every period, a 0 row when there is nobody to count', () => {
    const { rows } = readTable(fileOf(generated.files, id).path);
    const delivered = new Map<string, Set<string>>();
    for (const row of rows) {
      const period = row[1] ?? '';
      const set = delivered.get(period) ?? new Set<string>();
      set.add(row[0] ?? '');
      delivered.set(period, set);
    }
    const missing = [...expectedPeriods(contract)].flatMap((period) =>
      [...municipalities2024]
        .filter((nis) => !delivered.get(period)?.has(nis))
        .map((nis) => `${period} ${nis}`),
    );
    expect(missing.slice(0, 10)).toEqual([]);
  });

  it('is accepted by the contract importer', async () => {
    const table = await readContractFile(fileOf(generated.files, id).path, contract, {
      isFlemishMunicipality: (nis: NisCode) =>
        geography.municipality('2019-2024', nis) !== undefined ||
        geography.municipality('2025', nis) !== undefined,
      resolveCountry: (code) => countries.resolve(code)?.iso3,
    });
    expect(table.rows.length).toBe(fileOf(generated.files, id).rows);
  });
});
