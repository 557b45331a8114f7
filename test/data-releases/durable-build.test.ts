/**
 * A build is a durable job: a node that dies while building loses its claim when the lease passes and
 * another node (or the restarted one) builds the upload from its files; a worker that crashes is tried
 * again later, and the page says so. Nothing is lost, nothing is built twice.
 */
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_JOB } from '../../src/data-releases/service.js';
import { claimJob } from '../../src/jobs/repository.js';
import { type DataReleaseApp, openDataReleaseApp } from '../support/data-release-app.js';
import { multipartBody } from '../support/multipart.js';
import { testClock } from '../support/test-workflow.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'data', 'samples', 'contracts', 'DEMO-migratie.csv');

let t: DataReleaseApp;
beforeAll(async () => {
  t = await openDataReleaseApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function uploadSample(): Promise<number> {
  const token = await t.admin.csrfFrom('/beheer/data');
  const { payload, contentType } = multipartBody([
    { name: 'DEMO-migratie.csv', content: readFileSync(SAMPLE) },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: `/beheer/data?_csrf=${encodeURIComponent(token)}`,
    headers: {
      cookie: [...t.admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': contentType,
    },
    payload,
  });
  expect(res.statusCode).toBe(303);
  return Number(String(res.headers.location).split('/').at(-1));
}

describe('a build survives the node that ran it', () => {
  it('is taken over after the lease of a node that died mid-build, and built once', async () => {
    const id = await uploadSample();
    const clock = testClock(new Date());
    // Node 1 claims the job and dies (its claim stays, with a lease of 60 s).
    const claimed = await claimJob(t.wf.db, [BUILD_JOB], clock.now(), 60_000);
    expect(claimed?.kind).toBe(BUILD_JOB);
    const restarted = t.builder({ now: clock.now, leaseMs: 60_000 });
    expect(await restarted.runner.runDue()).toBe(0); // the lease still holds
    clock.advance(61_000);
    expect(await restarted.runner.runDue()).toBe(1);
    const build = await restarted.build(id);
    expect(build?.status).toBe('built');
    expect(build?.attempts).toBe(2);
    expect(build?.releaseId).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    clock.advance(3600_000);
    expect(await restarted.runner.runDue()).toBe(0); // done is done
  }, 120_000);

  it('tries a crashed worker again later and says so on the page', async () => {
    const id = await uploadSample();
    const clock = testClock(new Date());
    const crashing = t.builder({
      now: clock.now,
      runWorker: async () => {
        throw new Error('de bouw stopte zonder resultaat (SIGKILL)');
      },
    });
    expect(await crashing.runner.runDue()).toBe(1);
    const page = await t.admin.get(`/beheer/data/bouw/${id}`);
    expect(page.body).toContain(
      'Vorige poging: Import mislukt (poging 1): de bouw stopte zonder resultaat (SIGKILL)',
    );
    expect((await crashing.build(id))?.status).toBe('running');
    const healthy = t.builder({ now: clock.now });
    expect(await healthy.runner.runDue()).toBe(0); // waits for the pause before the next attempt
    clock.advance(11_000);
    expect(await healthy.runner.runDue()).toBe(1);
    const build = await healthy.build(id);
    // The same files as the release built above, which is not active: a new release again.
    expect(build?.status).toBe('built');
    expect(build?.error).toBeNull();
  }, 120_000);
});

describe('leftovers of dead processes', () => {
  it('removes day-old uploads no build needs and staging of a killed import, keeps what a build still needs', async () => {
    const uploads = join(t.dataDir, 'uploads');
    const stale = join(uploads, 'stale-upload');
    const fresh = join(uploads, 'fresh-upload');
    const staging = join(t.dataDir, 'staging', '20260101T000000Z-deadbeef');
    for (const d of [stale, fresh, staging]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'x.csv'), 'x');
    }
    const old = new Date(Date.now() - 2 * 86_400_000);
    for (const d of [stale, staging]) utimesSync(d, old, old);
    // A queued build whose files are two days old too: they stay until it has run.
    const needed = join(uploads, 'needed-upload');
    mkdirSync(needed, { recursive: true });
    utimesSync(needed, old, old);
    await t.wf.db
      .insertInto('data_release_build')
      .values({ status: 'queued', upload_dir: needed, files: JSON.stringify([]), created_by: t.adminId })
      .execute();
    const removed = await t.builder().housekeeping();
    expect(removed.sort()).toEqual([staging, stale].sort());
    expect([stale, fresh, needed, staging].map((d) => existsSync(d))).toEqual([false, true, true, false]);
  });
});
