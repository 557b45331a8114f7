/**
 * The report as a user meets it: search, open, switch year and division, add a municipality to
 * compare, download the PDF and the Excel file and read them back; no serious accessibility problems.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

test.setTimeout(120_000);

async function pdfText(
  file: string,
): Promise<{ pages: number; text: string; width: number; height: number }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += `${content.items.map((it) => ('str' in it ? it.str : '')).join(' ')}\n`;
  }
  const first = await doc.getPage(1);
  const [, , width, height] = first.view as [number, number, number, number];
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text, width, height };
}

test('search Gent, switch division and year, and add Antwerpen as comparison', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Gemeente of NIS-code').fill('Gent');
  await page.getByRole('button', { name: 'Zoek' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gent');
  const years = await page.getByLabel('Jaar', { exact: true }).locator('option').allTextContents();
  await page.getByLabel('Jaar', { exact: true }).selectOption(years[0] as string);
  await page.getByLabel('Gemeentelijke indeling').selectOption('2019-2024');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(new RegExp(`jaar=${years[0]}.*indeling=2019-2024`));
  await expect(page.locator('p.meta', { hasText: `Cijfers voor ${years[0]},` })).toBeVisible();
  // Back to the latest year (the Statbel figures are of 2021), now with Antwerpen next to Gent.
  await page.getByLabel('Jaar', { exact: true }).selectOption(years.at(-1) as string);
  await page.getByLabel('Vergelijk met gemeente').fill('Antwerpen');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/vergelijk=11002/);
  await expect(page.getByText('Vergeleken met Antwerpen')).toBeVisible();
  await page.locator('nav.chapter-nav').getByRole('link', { name: 'Volledig rapport', exact: true }).click();
  await expect(page).toHaveURL(/vergelijk=11002.*hoofdstukken=alle/);
  const details = page.locator('#blok-niet_belgen details.figures');
  await details.locator('summary').click();
  const table = details.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Antwerpen' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'vergelijkbare gemeenten' })).toBeVisible();
  await expect(page.locator('#blok-niet_belgen img')).toHaveAttribute('alt', /Niet-Belgen/);
});

test('downloads the PDF and the Excel file of a report, with the figures inside', async ({ page }) => {
  const report = '/gemeente/11002?jaar=2021&indeling=2019-2024';
  await page.goto(report);
  const download = page.waitForEvent('download', { timeout: 110_000 });
  await page.getByRole('link', { name: 'volledig rapport als PDF' }).click();
  // The full PDF takes seconds: the browser says it is being made, then the download begins by itself.
  await expect(page.getByRole('heading', { level: 1, name: 'De PDF wordt gemaakt' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('status')).toContainText(
    'De PDF van het cijferrapport van Antwerpen wordt nu gemaakt',
  );
  const pdfDownload = await download;
  expect(pdfDownload.suggestedFilename()).toMatch(
    /cijferrapport-antwerpen-11002-2021-indeling-2019-2024\.pdf$/,
  );
  const pdf = await pdfText(await pdfDownload.path());
  expect(Math.round(pdf.width)).toBe(595);
  expect(Math.round(pdf.height)).toBe(842);
  expect(pdf.pages).toBeGreaterThan(10);
  expect(pdf.pages).toBeLessThan(200);
  expect(pdf.text).toContain('Antwerpen');
  expect(pdf.text).toContain('529.417');
  expect(pdf.text).toMatch(/pagina 1 van \d+/);

  await page.goto(report);
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excel' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsxDownload.path());
  const names = book.worksheets.map((w) => w.name);
  expect(names).toContain('Gegevens');
  expect(names).toContain('Definities en bronnen');
  const data = book.getWorksheet('Gegevens');
  let found = false;
  data?.eachRow((row) => {
    if (row.values && (row.values as unknown[]).includes(529_417)) found = true;
  });
  expect(found).toBe(true);
});

test('the report page has no serious or critical accessibility violations (axe-core)', async ({ page }) => {
  await page.goto('/gemeente/44021?jaar=2021');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('pages and embeds run under the CSP with nonces: styled, and no violation reported', async ({
  page,
}) => {
  const violations: string[] = [];
  let at = '';
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${at}: ${m.text()}`);
  });
  for (const url of [
    '/',
    '/gemeente/44021',
    '/gemeente/44021?hoofdstukken=alle',
    '/embed/gemeente/44021/bevolkingspiramide',
    '/indicator/niet_belgen',
    '/api/docs/',
  ]) {
    at = url;
    await page.goto(url);
    // The inline stylesheet applied (it carries the nonce): the body font is the site's, not the default.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    if (!url.startsWith('/api/')) expect(font, url).not.toMatch(/^"?Times/);
  }
  expect(violations).toEqual([]);
});
