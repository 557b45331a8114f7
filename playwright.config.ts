/** Browser tests with Debian's Chromium (`apt-get install chromium`); the app is started on a free port. */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}: install it with "apt-get install chromium" (Debian) or set CHROMIUM_PATH.`,
  );
}
const port = Number(process.env.BROWSER_TEST_PORT ?? 3917);

export default defineConfig({
  testDir: 'test/browser',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: {
    command: `node --import tsx src/cli/main.ts serve --port ${port} --data-dir var-browser-test`,
    url: `http://127.0.0.1:${port}/health`,
    timeout: 600_000, // the first start imports the bundled data, demo included, and protects small numbers
    reuseExistingServer: false,
  },
});
