/**
 * The bulk download on the real 2021 release: built in the background on first request (503 with
 * Retry-After meanwhile), then one zip per release at a stable address, with README, metadata.json,
 * tidy CSV and Parquet, and the same figures as the API's values. Hidden counts keep their mark in both
 * files (a table with protected cells: the real open data has none).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressed, value } from '../../../src/domain/value.js';
import { loadCountries } from '../../../src/geo/countries/index.js';
import { loadCatalog } from '../../../src/indicators/catalog-load.js';
import { bulkCsv, writeParquet } from '../../../src/publish/bulk/bulk-zip.js';
import type { ReleaseStore } from '../../../src/release/release-store.js';
import { tidyRecords } from '../../../src/render/tidy/tidy-records.js';
import type { IndicatorTable } from '../../../src/report/indicator-table.js';
import { bulkResponse } from '../../../src/web/api/routes-bulk.js';
import { valuesResponse } from '../../../src/web/api/schemas.js';
import { buildServer } from '../../../src/web/server.js';
import { importRealRelease, tempDir } from '../../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let app: FastifyInstance;
let zip: JSZip;
let folder: string;
let zipBytes: Buffer;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  store = imported.store;
  app = buildServer({
    geo: imported.geo,
    catalog: loadCatalog(),
    countries: loadCountries(),
    releases: store,
  });
  const where = bulkResponse.parse((await app.inject('/api/v1/bulk')).json());
  const first = await app.inject(where.url);
  expect(first.statusCode).toBe(503);
  expect(first.headers['retry-after']).toBe('60');
  expect(first.json()).toMatchObject({ error: 'bulk_building', status: 503 });
  let res = first;
  for (let i = 0; i < 600 && res.statusCode === 503; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    res = await app.inject(where.url);
  }
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/zip');
  expect(res.headers['content-disposition']).toContain(where.file);
  zipBytes = res.rawPayload;
  zip = await JSZip.loadAsync(zipBytes);
  folder = `omgevingsanalyse-${where.release}`;
}, 300_000);
afterAll(async () => {
  await app.close();
  await store.close();
  tmp.cleanup();
});

const text = async (name: string) => (await zip.file(`${folder}/${name}`)?.async('string')) ?? '';

describe('the bulk zip', () => {
  it('holds a README, metadata.json, the tidy CSV and its Parquet', async () => {
    expect(Object.keys(zip.files).sort()).toEqual(
      ['README.md', 'metadata.json', 'waarden.csv', 'waarden.parquet'].map((f) => `${folder}/${f}`),
    );
    const readme = await text('README.md');
    expect(readme).toContain('## Tekens voor cijfers die niet getoond worden');
    expect(readme).toContain('`x`: verborgen');
    expect(readme).toMatch(/licentie /);
    for (const i of loadCatalog().indicators) expect(readme).toContain(`(\`${i.id}\`)`);
    const meta = JSON.parse(await text('metadata.json'));
    const rows = parse((await text('waarden.csv')).replace(/^\ufeff/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    expect(meta.rows).toBe(rows.length);
    expect(meta.columns.map((c: { name: string }) => c.name)).toEqual(Object.keys(rows[0] ?? {}));
  });

  it('has the same figures as the API, hidden counts hidden the same way', async () => {
    const rows = (
      parse((await text('waarden.csv')).replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[]
    ).filter((r) => r.indicator === 'niet_belgen' && r.indeling === '2025');
    const api = valuesResponse.parse(
      (await app.inject('/api/v1/indicatoren/niet_belgen/waarden?limit=10000')).json(),
    );
    expect(rows.length).toBe(api.total);
    const key = (nis: string, category: string, period: string) => `${nis}|${category}|${period}`;
    const fromApi = new Map(api.values.map((v) => [key(v.nis, v.category, v.period), v]));
    for (const r of rows) {
      const v = fromApi.get(key(r.nis as string, r.categorie as string, r.periode as string));
      expect(v, `${r.nis} ${r.categorie}`).toBeDefined();
      expect(r.aantal === '' ? null : Number(r.aantal)).toBe(
        v?.count.state === 'value' ? v.count.value : null,
      );
      expect(r.status === '').toBe(
        v?.count.state === 'value' && ['value', 'not_applicable'].includes(v.relative.state),
      );
    }
  });

  it('keeps a hidden count hidden in the CSV and the Parquet file, with its mark', async () => {
    const spec = loadCatalog().indicator('niet_belgen');
    if (!spec) throw new Error('no indicator niet_belgen');
    const table: IndicatorTable = {
      spec,
      division: '2025',
      period: '2021-01-01',
      periodLabel: 'toestand op 1 januari 2021',
      demo: true,
      provisional: false,
      rows: [
        {
          level: 'municipality',
          nis: '11002',
          name: 'Antwerpen',
          period: '2021-01-01',
          categoryKey: 'total',
          categoryLabel: 'totaal',
          count: value(12),
          relative: value(0.5),
        },
        {
          level: 'municipality',
          nis: '11004',
          name: 'Boechout',
          period: '2021-01-01',
          categoryKey: 'total',
          categoryLabel: 'totaal',
          count: suppressed(5, 'primary'),
          relative: suppressed(5, 'primary'),
        },
        {
          level: 'municipality',
          nis: '11005',
          name: 'Boom',
          period: '2021-01-01',
          categoryKey: 'total',
          categoryLabel: 'totaal',
          count: suppressed(5, 'secondary'),
          relative: suppressed(5, 'secondary'),
        },
      ],
    };
    const records = tidyRecords(table).map((r) => ({ indeling: '2025' as const, ...r }));
    const csv = parse(bulkCsv(records), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.aantal, r.status])).toEqual([
      ['12', ''],
      ['', 'aantal: <\u00a05; relatief: <\u00a05'],
      ['', 'aantal: x; relatief: x'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'oa-parquet-'));
    try {
      writeFileSync(join(dir, 'w.csv'), bulkCsv(records));
      await writeParquet(join(dir, 'w.csv'), join(dir, 'w.parquet'));
      const db = await DuckDBInstance.create(':memory:');
      const conn = await db.connect();
      const rows = (
        await conn.runAndReadAll(
          `SELECT nis, aantal, status FROM read_parquet('${join(dir, 'w.parquet')}') ORDER BY nis`,
        )
      ).getRows();
      conn.closeSync();
      db.closeSync();
      expect(rows).toEqual([
        ['11002', 12, null],
        ['11004', null, 'aantal: <\u00a05; relatief: <\u00a05'],
        ['11005', null, 'aantal: x; relatief: x'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the Parquet file the same rows as the CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-parquet-'));
    try {
      const path = join(dir, 'waarden.parquet');
      writeFileSync(path, (await zip.file(`${folder}/waarden.parquet`)?.async('nodebuffer')) as Buffer);
      const db = await DuckDBInstance.create(':memory:');
      const conn = await db.connect();
      const result = await conn.runAndReadAll(
        `SELECT count(*)::INTEGER, sum(aantal), count(DISTINCT nis), min(nis) FROM read_parquet('${path}')`,
      );
      const [count, sum, areas, firstNis] = result.getRows()[0] as [number, number, bigint, string];
      conn.closeSync();
      db.closeSync();
      const rows = parse((await text('waarden.csv')).replace(/^\ufeff/, ''), { columns: true }) as Record<
        string,
        string
      >[];
      expect(count).toBe(rows.length);
      expect(sum).toBeCloseTo(
        rows.reduce((s, r) => s + (r.aantal ? Number(r.aantal) : 0), 0),
        3,
      );
      expect(Number(areas)).toBe(new Set(rows.map((r) => r.nis)).size);
      expect(firstNis).toBe('02000'); // codes stay text, leading zero kept
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is built once and served again from disk with the same bytes; an unknown release is a problem', async () => {
    const where = bulkResponse.parse((await app.inject('/api/v1/bulk')).json());
    const again = await app.inject(where.url);
    expect(again.rawPayload.equals(zipBytes)).toBe(true);
    expect(again.headers['cache-control']).toContain('immutable');
    const unknown = await app.inject('/api/v1/bulk/20000101T000000Z-deadbeef/omgevingsanalyse.zip');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });
});
