/**
 * A 390 px phone screen (iPhone 12–15): nothing wider than the screen, tables that scroll with their
 * caption in view, readable charts, a DEMODATA mark on one line; and on the whole page every in-page
 * link and every aria reference points at something that exists.
 */
import { expect, type Page, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });
test.setTimeout(240_000);

async function pageWidth(page: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > client + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scroll: document.documentElement.scrollWidth, client, wide };
  });
}

/** Fragment links without a target, aria-labelledby/-describedby/for ids that do not exist or hold spaces. */
async function brokenReferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute('href')?.slice(1) ?? '');
      if (id && !document.getElementById(id)) broken.push(`link ${a.textContent?.trim()} → #${id}`);
    }
    for (const attr of ['aria-labelledby', 'aria-describedby', 'for', 'list'])
      for (const e of document.querySelectorAll(`[${attr}]`)) {
        const ids = (e.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
        for (const id of ids)
          if (!document.getElementById(id)) broken.push(`${attr}="${e.getAttribute(attr)}"`);
      }
    return broken;
  });
}

/** The full report of Gent; a first request during the warm-up of a loaded machine may fail once. */
async function openFullReport(page: Page): Promise<void> {
  const url = '/gemeente/44021?jaar=2021&indeling=2025&hoofdstukken=alle';
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.goto(url, { timeout: 200_000 });
    if ((await page.locator('h1').first().textContent())?.trim() === 'Gent') return;
    await page.waitForTimeout(10_000);
  }
  await expect(page.locator('h1').first()).toHaveText('Gent');
}

test('the home page fits a 390 px screen and has a favicon', async ({ page }) => {
  await page.goto('/');
  expect(await pageWidth(page)).toEqual({ scroll: 390, client: 390, wide: [] });
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  expect(await brokenReferences(page)).toEqual([]);
});

test('the full report of Gent at 390 px: fits, tables scroll with their caption, references resolve', async ({
  page,
}) => {
  await openFullReport(page);
  expect(await pageWidth(page)).toEqual({ scroll: 390, client: 390, wide: [] });
  expect(await brokenReferences(page)).toEqual([]);
  // "Hoe gekozen?" leads to the method of the similar municipalities.
  const how = page.getByRole('link', { name: 'Hoe gekozen?' });
  await expect(how).toHaveAttribute('href', '#blok-methode-vergelijkbare-gemeenten');
  // The DEMODATA mark stays on one line.
  const mark = page.locator('.demo-mark').first();
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  expect(box?.height ?? 99).toBeLessThan(24);
  // A wide table scrolls inside its frame and its caption stays in view.
  const block = page.locator('#blok-niet_belgen');
  await block.locator('summary', { hasText: 'Toon de cijfers' }).click();
  const wrap = block.locator('.table-wrap').first();
  const caption = wrap.locator('caption').first();
  await wrap.evaluate((e) => {
    e.scrollLeft = e.scrollWidth;
  });
  expect(await wrap.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  const c = await caption.boundingBox();
  expect(c && c.x >= 0 && c.x < 390).toBe(true);
  // Charts are scaled to the screen: no image wider than it.
  const widest = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll('figure.chart img')].map((i) => i.getBoundingClientRect().width),
    ),
  );
  expect(widest).toBeLessThanOrEqual(390);
  // A phone gets the narrow layout of a chart, drawn at (nearly) its own size: its text is not shrunk.
  const chart = block.locator('figure.chart img');
  await chart.scrollIntoViewIfNeeded();
  await expect
    .poll(() => chart.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0))
    .toBe(true);
  const drawn = await chart.evaluate((i: HTMLImageElement) => ({
    src: i.currentSrc,
    scale: i.getBoundingClientRect().width / i.naturalWidth,
  }));
  expect(drawn.src).toContain('niet_belgen-smal.svg');
  expect(drawn.scale).toBeGreaterThan(0.95);
});

test('embed code next to "Insluiten", suggestions and typo tolerance in the comparison field', async ({
  page,
  baseURL,
}) => {
  await openFullReport(page);
  const code = page.locator('#blok-niet_belgen details.embed-code');
  await code.locator('summary').click();
  const text = await code.locator('textarea').inputValue();
  expect(text).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/gemeente/44021/niet_belgen\\?`));
  const frame = await page.request.get(text.match(/src="([^"]+)"/)?.[1] ?? '');
  expect(frame.status()).toBe(200);
  await expect(page.locator('#vergelijk-gemeenten option')).toHaveCount(284);
  await page.getByLabel('Vergelijk met gemeente').fill('Antwrpen');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/vergelijk=11002/);
  await expect(page.getByText('Vergeleken met Antwerpen')).toBeVisible();
});
