/** Name and version of this software, recorded in every manifest and report. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

export const SOFTWARE = { name: pkg.name, version: pkg.version } as const;
