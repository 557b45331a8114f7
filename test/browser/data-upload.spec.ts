/**
 * /beheer/data in a real browser (issue 9 acceptance): an administrator uploads a malformed contract file;
 * the page shows the file, line and column with the CLI's message, and nothing changes — the same release
 * stays active and no release is added. The administrator comes from `user add` (playwright.config.ts).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInAsAdministrator } from './admin.js';

const BAD = 'nis,jaar,beweging,aantal\n44021,2023,intern_in,3089\n44021,2023,intern_uit,veel\n';
async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

test('an upload of a malformed contract file shows the line and column and changes nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAsAdministrator(page);
  await page.goto('/beheer/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const activeBefore = await page.locator('h2:has-text("Actieve release") + p a').textContent();
  expect(activeBefore).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{8}$/);
  const releasesBefore = await page.locator('caption', { hasText: 'releases, nieuwste eerst' }).textContent();

  await page.getByLabel('Bestanden').setInputFiles({
    name: 'migratie-fout.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BAD),
  });
  await page.getByRole('button', { name: 'Opladen en controleren' }).click();
  await page.waitForURL(/\/beheer\/data\/bouw\/\d+/);
  // The page refreshes itself while the build runs; the validation takes a few seconds.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Fout in de invoer: migratie-fout.csv, regel 3, kolom 4 (aantal)', {
    timeout: 90_000,
  });
  await expect(alert).toContainText('verwacht een geheel getal ≥ 0');
  await expect(page.getByRole('row', { name: /Regel 3/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Kolom 4 \(aantal\)/ })).toBeVisible();
  await expect(page.getByText(`de release ${activeBefore} blijft actief en onveranderd`)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.goto('/beheer/data');
  await expect(page.locator('h2:has-text("Actieve release") + p a')).toHaveText(activeBefore as string);
  await expect(page.locator('caption', { hasText: 'releases, nieuwste eerst' })).toHaveText(
    releasesBefore as string,
  );
  await expect(page.getByRole('row', { name: /migratie-fout\.csv/ })).toContainText(
    'geweigerd: fout in de invoer',
  );
  const health = await (await page.request.get('/health')).json();
  expect(health.release).toBe(activeBefore);
});
