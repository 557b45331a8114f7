/** The command line as a user runs it (a real process), including exit codes. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_ZIP, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('oa-cli-');
});
afterAll(() => tmp.cleanup());

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('omgevingsanalyse CLI', () => {
  it('explains its commands', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const c of ['import', 'report', 'areas', 'serve']) expect(r.out).toContain(c);
    expect(cli('report', '--help').out).toContain('--division');
  });

  it('imports the real file, then refuses a malformed one with exit code 1 and keeps the release', () => {
    const dataDir = join(tmp.dir, 'var');
    const first = cli('import', REAL_ZIP, '--data-dir', dataDir);
    expect(first.code).toBe(0);
    expect(first.out).toContain('467027 rijen, 11521238 inwoners');
    const pointer = readFileSync(join(dataDir, 'active-release.json'), 'utf8');

    const bad = join(tmp.dir, 'TF_SOC_POP_STRUCT_2022.txt');
    writeFileSync(bad, 'CD_REFNIS|CD_SEX\r\n11001|M\r\n');
    const r = cli('import', bad, '--data-dir', dataDir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}, line 1`);
    expect(r.err).toContain('blijft actief en onveranderd');
    expect(readFileSync(join(dataDir, 'active-release.json'), 'utf8')).toBe(pointer);

    const again = cli('import', REAL_ZIP, '--data-dir', dataDir);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Niets te doen');
  });

  it('writes a report as JSON or HTML, by name or NIS code', () => {
    const dataDir = join(tmp.dir, 'var');
    const json = cli(
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
    const html = cli('report', 'Borsbeek', '--out', out, '--data-dir', dataDir);
    expect(html.code).toBe(0);
    expect(html.err).toContain('samengevoegd met Antwerpen');
    expect(readFileSync(out, 'utf8')).toContain('<h1>Antwerpen</h1>');
    expect(cli('report', 'Atlantis', '--data-dir', dataDir).code).toBe(1);
  });

  it('lists the areas of a division', () => {
    const r = cli('areas', '--division', '2019-2024');
    expect(r.code).toBe(0);
    expect(r.out).toContain('300 gebieden');
    expect(cli('areas', '--division', '2025', '--level', 'province', '--format', 'json').out).toContain(
      'Oost-Vlaanderen',
    );
    expect(cli('areas', '--division', '1830').code).not.toBe(0);
  });
});
