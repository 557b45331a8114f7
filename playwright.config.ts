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
const dataDir = 'var-browser-test';

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
    // An administrator first (a fresh address each run; address and one-time link in files that
    // test/browser/admin.ts reads), then the server.
    command:
      `email=beheer-$(date +%s)@browser.test && mkdir -p ${dataDir} && echo $email > ${dataDir}/admin-email.txt && ` +
      `node --import tsx src/cli/main.ts user add --email $email --role agii --data-dir ${dataDir} > ${dataDir}/admin-link.txt && ` +
      `node --import tsx src/cli/main.ts serve --demo-first --port ${port} --data-dir ${dataDir}`,
    url: `http://127.0.0.1:${port}/health`,
    timeout: 600_000, // the first start imports the bundled data, demo included, and protects small numbers
    reuseExistingServer: false,
  },
});
