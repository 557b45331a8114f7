/**
 * The inburgering dashboard in a real browser (issue 10 acceptance): filter to province Antwerpen, the
 * quarters of 2021 and doelgroep verplicht; the URL reproduces the view in a new page; a click on the
 * map opens that municipality's dashboard (which links to its report); the CSV download equals the
 * table; axe-core finds nothing serious; the page fits a 390 px screen.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

test.setTimeout(240_000);

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

/** The table's body as text, cell by cell. */
async function tableText(page: Page): Promise<string[][]> {
  return page
    .locator('#dashboard-tabel tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
}

/** The dashboard page; a first request while the server warms up on a loaded machine may be slow. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 200_000 });
  await expect(page.locator('h1')).toContainText('Dashboard instroom en inburgering');
}

test('filter, permalink, map click, CSV equals the table, axe-core clean', async ({ page, context }) => {
  await open(page, '/dashboard/inburgering');
  await page.getByLabel('Gebied').selectOption({ label: 'provincie Antwerpen' });
  await page.getByLabel('Per', { exact: true }).selectOption('kwartaal');
  await page.getByLabel('Van', { exact: true }).selectOption('2021');
  await page.getByLabel('Tot en met').selectOption('2021');
  await page.getByLabel('Doelgroep inburgering', { exact: true }).selectOption('verplicht');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/gebied=provincie-10000/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    periode: 'kwartaal',
    van: '2021',
    tot: '2021',
    gebied: 'provincie-10000',
    doelgroep: 'verplicht',
  });
  const rows = await tableText(page);
  expect(rows.map((r) => r[0])).toEqual(['K1 2021', 'K2 2021', 'K3 2021', 'K4 2021']);
  await expect(page.locator('#dashboard-chart-island')).toHaveAttribute('data-ready', 'true');
  expect(await axe(page)).toEqual([]);

  // The URL is the whole state: a new page shows the same view.
  const other = await context.newPage();
  await open(other, url.pathname + url.search);
  expect(await tableText(other)).toEqual(rows);
  await expect(other.getByLabel('Doelgroep inburgering', { exact: true })).toHaveValue('verplicht');
  await other.close();

  // The CSV download holds exactly the table, then the selection, source and demo mark.
  const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
  const csv = await page.request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);
  const [header, ...records] = parse((await csv.text()).replace(/^\ufeff/, '')) as string[][];
  const width = (header?.length ?? 0) - 3;
  expect(records.map((r) => r.slice(0, width))).toEqual(rows);
  expect(records[0]?.[width + 2]).toContain('DEMODATA');

  // The map: a click on Mechelen opens Mechelen's dashboard, which links to its report.
  await page.getByRole('link', { name: 'Kaart' }).click();
  await expect(page.locator('#dashboard-chart-island')).toHaveAttribute('data-ready', 'true');
  expect(await axe(page)).toEqual([]);
  const mapRows = await tableText(page);
  const mapCsv = await page.request.get(
    (await page.getByRole('link', { name: 'CSV' }).getAttribute('href')) ?? '',
  );
  const [mapHeader, ...mapRecords] = parse((await mapCsv.text()).replace(/^\ufeff/, '')) as string[][];
  expect(mapRecords.map((r) => r.slice(0, (mapHeader?.length ?? 0) - 3))).toEqual(mapRows);
  await page.locator('#dashboard-chart-island').scrollIntoViewIfNeeded();
  const point = await page.evaluate(() => {
    const spec = JSON.parse(document.getElementById('dashboard-chart')?.textContent ?? '{}');
    const box = document.querySelector('#dashboard-chart-island > div') as HTMLElement;
    const echarts = (window as unknown as { echarts: { getInstanceByDom(e: HTMLElement): any } }).echarts;
    const chart = echarts.getInstanceByDom(box);
    const name = spec.option.series[0].map as string;
    const feature = spec.maps[name].features.find((f: any) => f.properties.name === '12025');
    const ring = feature.geometry.coordinates[0][0] as [number, number][];
    const centre = ring.reduce((a, p) => [a[0] + p[0] / ring.length, a[1] + p[1] / ring.length], [0, 0]);
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, centre) as [number, number];
    const rect = box.getBoundingClientRect();
    const k = rect.width / spec.width;
    return { x: rect.left + x * k, y: rect.top + y * k };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/gebied=gemeente-12025/, { timeout: 60_000 });
  await expect(page.locator('p.lead')).toContainText('Mechelen');
  await page.getByRole('link', { name: 'Cijferrapport van Mechelen' }).click();
  await expect(page).toHaveURL(/\/gemeente\/12025/);
});

test('the dashboard fits a 390 px screen, chart and form included', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const view of ['trend', 'kaart', 'rangschikking']) {
    await open(page, `/dashboard/inburgering?gebied=provincie-10000&weergave=${view}`);
    await expect(page.locator('#dashboard-chart-island')).toHaveAttribute('data-ready', 'true');
    const width = await page.evaluate(() => {
      const client = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > client + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      return { scroll: document.documentElement.scrollWidth, client, wide };
    });
    expect(width).toEqual({ scroll: 390, client: 390, wide: [] });
  }
});
