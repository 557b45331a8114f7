/** The command line as a user runs it (a real process), including exit codes. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_ZIP, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('oa-cli-');
});
afterAll(() => tmp.cleanup());

/** Runs the CLI in a child process without blocking the test worker (long batches stay responsive). */
function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('omgevingsanalyse CLI', () => {
  it('explains its commands', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of ['import', 'report', 'areas', 'serve']) expect(r.out).toContain(c);
    expect((await cli('report', '--help')).out).toContain('--division');
  });

  it('imports the real file, then refuses a malformed one with exit code 1 and keeps the release', async () => {
    const dataDir = join(tmp.dir, 'var');
    const first = await cli('import', REAL_ZIP, '--data-dir', dataDir);
    expect(first.code).toBe(0);
    expect(first.out).toContain('467027 rijen, 11521238 inwoners');
    const pointer = readFileSync(join(dataDir, 'active-release.json'), 'utf8');

    const bad = join(tmp.dir, 'TF_SOC_POP_STRUCT_2022.txt');
    writeFileSync(bad, 'CD_REFNIS|CD_SEX\r\n11001|M\r\n');
    const r = await cli('import', bad, '--data-dir', dataDir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}, regel 1`);
    expect(r.err).toContain('blijft actief en onveranderd');
    expect(readFileSync(join(dataDir, 'active-release.json'), 'utf8')).toBe(pointer);

    const again = await cli('import', REAL_ZIP, '--data-dir', dataDir);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Niets te doen');
  });

  it('writes a report as JSON or HTML, by name or NIS code', async () => {
    const dataDir = join(tmp.dir, 'var');
    const json = await cli(
      'report',
      'herstappe',
      '--format',
      'json',
      '--division',
      '2019-2024',
      '--data-dir',
      dataDir,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).subject).toMatchObject({ nis: '73028', name: 'Herstappe' });
    const out = join(tmp.dir, 'borsbeek.html');
    const html = await cli('report', 'Borsbeek', '--out', out, '--data-dir', dataDir);
    expect(html.code).toBe(0);
    expect(html.err).toContain('samengevoegd met Antwerpen');
    expect(readFileSync(out, 'utf8')).toContain('<h1 class="cover-title">Antwerpen</h1>');
    expect(readFileSync(out, 'utf8')).toContain('Kernrapport lokale diversiteit');
    const full = join(tmp.dir, 'borsbeek-volledig.html');
    const whole = await cli('report', '73028', '--variant', 'volledig', '--out', full, '--data-dir', dataDir);
    expect(whole.code).toBe(0);
    expect(readFileSync(full, 'utf8')).toContain('Definities en bronnen');
    expect(readFileSync(full, 'utf8')).not.toContain('Kernrapport lokale diversiteit');
    expect((await cli('report', '73028', '--variant', 'kort', '--data-dir', dataDir)).code).not.toBe(0);
    expect((await cli('report', 'Atlantis', '--data-dir', dataDir)).code).toBe(1);
  });

  it('writes the reports of all municipalities of an arrondissement, with a summary', async () => {
    const dataDir = join(tmp.dir, 'var');
    const out = join(tmp.dir, 'batch');
    const r = await cli(
      'report',
      '--all',
      '--within',
      '73000',
      '--format',
      'html',
      '--out',
      out,
      '--data-dir',
      dataDir,
    );
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain('kernrapport-herstappe-73028-2021-indeling-2025.html');
    expect(r.err).toMatch(new RegExp(`${files.length} van ${files.length} rapporten geschreven`));
    expect(readFileSync(join(out, 'kernrapport-herstappe-73028-2021-indeling-2025.html'), 'utf8')).toContain(
      '<svg',
    );
    expect((await cli('report', '--all', '--data-dir', dataDir)).err).toContain('--out');
    expect((await cli('report', 'Gent', '--all', '--out', out, '--data-dir', dataDir)).code).toBe(1);
  });

  it('lists the areas of a division', async () => {
    const r = await cli('areas', '--division', '2019-2024');
    expect(r.code).toBe(0);
    expect(r.out).toContain('300 gebieden');
    expect(
      (await cli('areas', '--division', '2025', '--level', 'province', '--format', 'json')).out,
    ).toContain('Oost-Vlaanderen');
    expect((await cli('areas', '--division', '1830')).code).not.toBe(0);
  });
});
