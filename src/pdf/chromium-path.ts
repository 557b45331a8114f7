/** Where Debian's Chromium lives (`OA_CHROMIUM` overrides it), and a clear error when it is missing. */
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium in a container: no sandbox (no user namespaces), no GPU, no pings home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.OA_CHROMIUM?.trim();
  return fromEnv ? fromEnv : DEFAULT_CHROMIUM;
}

export function chromiumInstalled(path: string = chromiumPath()): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export class ChromiumMissingError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(
      `Chromium niet gevonden op ${path}: nodig om PDF's te maken. Installeer het met ` +
        `"apt-get update && apt-get install -y chromium" (Debian), of zet OA_CHROMIUM op het pad ` +
        `naar een Chromium-programma. / Chromium not found at ${path}: it is needed to make PDFs. ` +
        `Install it with "apt-get update && apt-get install -y chromium" (Debian), or set OA_CHROMIUM ` +
        `to the path of a Chromium executable.`,
    );
    this.name = 'ChromiumMissingError';
    this.path = path;
  }
}

/** The path of an executable Chromium, or a `ChromiumMissingError`. */
export function requireChromium(path: string = chromiumPath()): string {
  if (!chromiumInstalled(path)) throw new ChromiumMissingError(path);
  return path;
}
