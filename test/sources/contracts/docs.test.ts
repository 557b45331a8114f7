import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContractsMarkdown } from '../../../src/render/contracts-markdown.js';
import { loadContracts } from '../../../src/sources/contracts/load-contracts.js';

describe('docs/data-contracts.md', () => {
  it('is what the contracts say (regenerate with: npm run cli -- contracts --format md > docs/data-contracts.md)', () => {
    expect(readFileSync('docs/data-contracts.md', 'utf8')).toBe(
      renderContractsMarkdown(loadContracts().values()),
    );
  });
});
