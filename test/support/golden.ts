/**
 * Golden-file comparison: the expected output lives in test/golden/. On a mismatch the actual
 * output is written next to it as `<name>-changed.<ext>` for review; a missing golden file is only
 * created outside CI (CI=true never creates one silently).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');

export function expectGolden(name: string, output: string): void {
  // CSP nonce slots are random per process (src/render/html/csp-nonce.ts): the same text in every golden.
  const actual = output.replace(/oa-(script|style)-nonce-[0-9a-f]{24}/g, 'oa-$1-nonce');
  const file = join(GOLDEN_DIR, name);
  const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
  if (!existsSync(file)) {
    if (process.env.CI === 'true') throw new Error(`golden file ${name} is missing (not created in CI)`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name} changed: review ${changed} and move it over the golden file if right`).toBe(
    expected,
  );
}

/** Removes what differs between runs (build times, release ids), and puts one tag per line. */
export function normaliseHtml(html: string): string {
  return html
    .replace(/\d{8}T\d{6}Z-[0-9a-f]{8}/g, '<release-id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<timestamp>')
    .replace(/></g, '>\n<');
}
