/** Issue 13 §1: plausibility before a Statbel file may become a release; its summary on every import. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { loadGeography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import { dataDirLayout } from '../../src/release/layout.js';
import { REAL_ZIP, tempDir } from '../support/real-release.js';
import { extractRealText } from '../support/real-text.js';

const geo = loadGeography();
let tmp: ReturnType<typeof tempDir>;
let lines: string[];

beforeAll(async () => {
  tmp = tempDir();
  lines = readFileSync(await extractRealText(tmp.dir, 'real.txt'), 'utf8').split('\r\n');
});
afterAll(() => tmp.cleanup());

describe('plausibility of a Statbel file', () => {
  it('refuses the truncated file: cut at a line end, every municipality present, Viroinval without non-Belgians', async () => {
    // The real file cut before line 466428, Viroinval's (93090, the last municipality) first ETR row: 99,87 %.
    const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2021.txt');
    writeFileSync(path, `${lines.slice(0, 466427).join('\r\n')}\r\n`);
    const dataDir = join(tmp.dir, 'var-truncated');
    const err = await importFiles({ dataDir, files: [path], geo }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      `${path}: verwacht rijen voor beide geslachten (M, F) en beide nationaliteitsgroepen (BEL, ETR) in elke ` +
        'gemeente, gevonden "geen met ETR voor 93090 Viroinval (bestand afgebroken?)"',
    );
    expect(existsSync(dataDirLayout(dataDir).activePointer)).toBe(false);
    expect(existsSync(dataDirLayout(dataDir).releases)).toBe(false);
  });

  it('refuses counts whose total overflows the release counts, naming the file', async () => {
    const edited = [...lines];
    for (const i of [1, 2]) {
      const cut = (edited[i] as string).lastIndexOf('|');
      edited[i] = `${(edited[i] as string).slice(0, cut + 1)}2000000000`;
    }
    const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2021.txt');
    writeFileSync(path, edited.join('\r\n'));
    const err = await importFiles({ dataDir: join(tmp.dir, 'var-big'), files: [path], geo }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).expected).toBe('aantallen die samen hoogstens 2.147.483.647 inwoners zijn');
  });

  it('prints the plausibility summary on every import', async () => {
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(m) };
    await importFiles({ dataDir: join(tmp.dir, 'var-ok'), files: [REAL_ZIP], geo, logger });
    expect(said).toContain(
      'Plausibiliteit 2021: 581 gemeenten, elk met mannen en vrouwen, Belgen en niet-Belgen; ' +
        '11.521.238 inwoners, waarvan 6.653.062 in de 300 Vlaamse gemeenten.',
    );
  });

  it('says "already imported" only for the same content under the same name, not for a renamed copy', async () => {
    const dataDir = join(tmp.dir, 'var-ok');
    const again = await importFiles({ dataDir, files: [REAL_ZIP], geo });
    expect(again.status).toBe('unchanged');
    const copy = join(tmp.dir, 'TF_SOC_POP_STRUCT_2021_copy.zip');
    copyFileSync(REAL_ZIP, copy);
    const renamed = await importFiles({ dataDir, files: [copy], geo });
    expect(renamed.status).toBe('created');
    expect(renamed.manifest.sources.map((s) => s.fileName)).toEqual(['TF_SOC_POP_STRUCT_2021_copy.zip']);
  });

  it('refuses a year whose municipality moved beyond the bound against the previous year, unless accepted', async () => {
    const dataDir = join(tmp.dir, 'var-ok');
    // 2022: the real 2021 rows with Gent's (44021) counts halved — a derived test file, not real figures.
    const derived = lines.map((line, i) => {
      if (i === 0 || !line.startsWith('44021|')) return line;
      const cut = line.lastIndexOf('|');
      return `${line.slice(0, cut + 1)}${Math.floor(Number(line.slice(cut + 1)) / 2)}`;
    });
    const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2022.txt');
    writeFileSync(path, derived.join('\r\n'));
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(m) };
    const err = await importFiles({ dataDir, files: [path], geo, logger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(
      /of --accept-change voor een echte verandering, gevonden "1 gebied\(en\) erbuiten, bv\. Gent −/,
    );
    expect(said.find((m) => m.startsWith('Vergelijking met 2021'))).toMatch(
      /^Vergelijking met 2021: Vlaams Gewest −[\d,]+\u00a0% \(6\.653\.062 → [\d.]+\); 1 gebied\(en\) buiten de grens .*: Gent −50,1\u00a0% \(263\.703 → 131\.531\)$/,
    );
    const accepted = await importFiles({ dataDir, files: [path], geo, logger, acceptChange: true });
    expect(accepted.status).toBe('created');
    expect(accepted.manifest.years).toEqual([2021, 2022]);
  });
});
