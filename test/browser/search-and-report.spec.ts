/** A person with JavaScript switched off finds a municipality and reads its report. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('search "Gent" from the start page and read its report without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoek je gemeente');
  await page.getByLabel('Gemeente of NIS-code').fill('gent');
  await page.getByRole('button', { name: 'Zoek' }).last().click();
  await expect(page).toHaveURL(/\/gemeente\/44021/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gent');
  // The kernrapport first; a chapter of the full report one click further.
  await expect(page.getByRole('heading', { name: /Wat betekent dit voor het beleid\?/ })).toBeVisible();
  await page.locator('nav.chapter-nav').getByRole('link', { name: '3. Nationaliteit' }).click();
  await expect(page).toHaveURL(/hoofdstukken=nationaliteit/);
  await page.locator('#blok-niet_belgen summary', { hasText: 'Toon de cijfers' }).click();
  const table = page.locator('#blok-niet_belgen').getByRole('table', { name: /^Niet-Belgen/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Vlaams Gewest' })).toBeVisible();
  await expect(page.getByText('toestand op 1 januari 2021').first()).toBeVisible();
});

test('"borsbeek" leads to Antwerpen with the merger explained; switching division works', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Gemeente of NIS-code').fill('borsbeek');
  await page.getByRole('button', { name: 'Zoek' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antwerpen');
  await expect(page.getByText(/Borsbeek .*samengevoegd met Antwerpen/)).toBeVisible();
  await page.getByLabel('Gemeentelijke indeling').selectOption('2019-2024');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/indeling=2019-2024/);
  await page.locator('nav.chapter-nav').getByRole('link', { name: 'Volledig rapport', exact: true }).click();
  await page.locator('#blok-inwoners summary', { hasText: 'Toon de cijfers' }).click();
  const inwoners = page.getByRole('table', { name: /^Inwoners, toestand op/ });
  await expect(
    inwoners
      .getByRole('row', { name: /^inwoners/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('529.417');
});

test('an unknown municipality gets a friendly page with suggestions', async ({ page }) => {
  const response = await page.goto('/gemeente/Gennt');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Gent' }).first()).toBeVisible();
});
