/** The twelve contracts load; broken contract files are refused with file, line and YAML path. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/domain/input-error.js';
import { DEFAULT_CONTRACTS_DIR, loadContracts } from '../../../src/sources/contracts/load-contracts.js';
import { useTempDir } from '../temp-dir.js';

const temp = useTempDir('load-contracts');
const migratie = readFileSync(join(DEFAULT_CONTRACTS_DIR, 'migratie.yaml'), 'utf8');
const herkomst = readFileSync(join(DEFAULT_CONTRACTS_DIR, 'herkomst.yaml'), 'utf8');

let dirs = 0;
function dirWith(files: Record<string, string>): string {
  const dir = temp(`case-${++dirs}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function loadError(files: Record<string, string>): InputError {
  const dir = dirWith(files);
  try {
    loadContracts(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const lineOf = (text: string, fragment: string): number =>
  text.slice(0, text.indexOf(fragment)).split('\n').length;

describe('loadContracts', () => {
  it('loads the twelve contracts of the catalog by id', () => {
    const contracts = loadContracts();
    expect([...contracts.keys()].sort()).toEqual(
      [
        'herkomst',
        'inburgering',
        'kansarmoede',
        'leefloon',
        'migratie',
        'nationaliteit',
        'nieuwkomers',
        'nt2',
        'sociale_huur',
        'thuistaal',
        'werk_herkomst',
        'werkzoekenden',
      ].sort(),
    );
    expect(contracts.get('sociale_huur')?.period).toEqual({ type: 'date', column: 'datum', day: '12-31' });
  });

  it('refuses an id used twice, in the second file', () => {
    const error = loadError({ 'a.yaml': migratie, 'b.yaml': migratie });
    expect(error.location).toEqual({
      file: join(temp(`case-${dirs}`), 'b.yaml'),
      line: 2,
      column: 5,
      field: 'id',
    });
    expect(error.expected).toMatch(/a\.yaml heeft het ook/);
  });

  it('refuses an alias that repeats a code, ignoring case', () => {
    const text = herkomst.replace('aliases: [V]', 'aliases: [V, m]');
    const error = loadError({ 'herkomst.yaml': text });
    expect(error.location).toMatchObject({
      line: lineOf(text, '[V, m]'),
      field: 'dimensions.2.codes.1.aliases.1',
    });
    expect(error.found).toBe('m');
  });

  it('refuses two columns with the same name, and the reserved opmerking', () => {
    const same = migratie.replace('countColumn: aantal', 'countColumn: jaar');
    const error = loadError({ 'migratie.yaml': same });
    expect(error.location).toMatchObject({
      line: lineOf(same, 'countColumn'),
      column: 14,
      field: 'countColumn',
    });
    expect(error.expected).toMatch(/period\.column heeft dezelfde naam/);

    const note = migratie.replace('name: beweging', 'name: opmerking');
    expect(loadError({ 'migratie.yaml': note }).location).toMatchObject({ field: 'dimensions.0.name' });
  });

  it('points at schema violations and unknown keys', () => {
    const zero = migratie.replace('disclosureThreshold: 5', 'disclosureThreshold: 0');
    const error = loadError({ 'migratie.yaml': zero });
    expect(error.location).toMatchObject({
      line: lineOf(zero, 'disclosureThreshold'),
      field: 'disclosureThreshold',
    });
    expect(error.found).toBe('0');

    const extra = `${migratie}colour: red\n`;
    const unknown = loadError({ 'migratie.yaml': extra });
    expect(unknown.location).toMatchObject({ line: lineOf(extra, 'colour'), column: 1, field: 'colour' });
    expect(unknown.expected).toMatch(/^alleen de sleutels van het contractschema/);
  });

  it('refuses YAML that does not parse', () => {
    const error = loadError({ 'migratie.yaml': 'id: [unclosed\n' });
    expect(error.expected).toBe('geldige YAML');
    expect(error.location.line).toBeGreaterThanOrEqual(1);
  });
});
