/**
 * Mail through the durable job table to a real SMTP server (smtp-server in the test): delivered once; a
 * restart before sending still sends it, a restart after sending does not send it again; a refusing
 * server is retried.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { openWorkflow, type Workflow } from '../../src/workflow/open-workflow.js';
import { freshStoreConfig } from '../support/test-store.js';
import { isMunicipality2025, SYSTEM, TEST_PASSWORD_COST } from '../support/test-workflow.js';

interface Received {
  readonly to: string[];
  readonly data: string;
}
const received: Received[] = [];
let refuse = false;
let server: SMTPServer;
let port = 0;
let place: Awaited<ReturnType<typeof freshStoreConfig>>;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (d: Buffer) => {
        data += d.toString();
      });
      stream.on('end', () => {
        if (refuse) return callback(new Error('452 tijdelijk vol'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
  place = await freshStoreConfig();
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await place.cleanup();
});

/** One "process": the workflow on the shared store, as a web node would open it. */
async function node(): Promise<Workflow> {
  return openWorkflow({
    store: await openStore(place.config),
    settings: {
      publicUrl: 'http://oa.test',
      mailFrom: 'Cijfers <noreply@oa.test>',
      trustProxy: false,
      smtpUrl: `smtp://127.0.0.1:${port}`,
    },
    isMunicipality: isMunicipality2025,
    passwordCost: TEST_PASSWORD_COST,
  });
}

describe('mail over SMTP', () => {
  it('delivers an invitation with its link, once, with a stable Message-ID', async () => {
    const wf = await node();
    try {
      const { link } = await wf.accounts.invite(
        { email: 'an@gent.be', name: 'An', roles: ['gemeente'], municipalities: ['44021'] },
        SYSTEM,
        {
          mail: true,
        },
      );
      expect(await wf.jobs.runDue()).toBe(1);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['an@gent.be']);
      const body = (received[0]?.data ?? '').replace(/=\r?\n/g, '');
      expect(body).toContain('Subject: Uitnodiging: je account voor het Cijferrapport lokale diversiteit');
      expect(body).toMatch(/Message-ID: <[0-9a-f-]+@omgevingsanalyse\.invalid>/);
      expect(body.replace(/=3D/g, '=')).toContain(link);
      expect((await wf.mailer.list())[0]?.status).toBe('sent');
      expect(await wf.jobs.runDue()).toBe(0);
    } finally {
      await wf.close();
    }
  });

  it('sends a mail queued before a restart, and does not repeat one sent before it', async () => {
    const first = await node();
    await first.accounts.requestReset('an@gent.be'); // nothing: An has no password yet (invited)
    await first.accounts.invite(
      { email: 'els@gent.be', name: 'Els', roles: ['gemeente'], municipalities: ['44021'] },
      SYSTEM,
      { mail: true },
    );
    await first.close(); // "restart" before the job ran
    const second = await node();
    try {
      expect(await second.jobs.runDue()).toBe(1);
      expect(received.map((r) => r.to[0])).toEqual(['an@gent.be', 'els@gent.be']);
      // A job whose mail was already delivered (a crash between sending and finishing the job) sends nothing.
      await second.db.updateTable('job').set({ status: 'queued' }).execute();
      expect(await second.jobs.runDue()).toBe(2);
      expect(received).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it('keeps a refused mail queued and retries it later', async () => {
    const wf = await node();
    try {
      refuse = true;
      await wf.accounts.invite(
        { email: 'jo@gent.be', name: 'Jo', roles: ['gemeente'], municipalities: ['44021'] },
        SYSTEM,
        { mail: true },
      );
      await wf.jobs.runDue();
      const mail = (await wf.mailer.list())[0];
      expect(mail).toMatchObject({ recipient: 'jo@gent.be', status: 'queued' });
      expect(mail?.last_error).toContain('452');
      refuse = false;
      await wf.db.updateTable('job').set({ run_at: new Date() }).where('status', '=', 'queued').execute();
      expect(await wf.jobs.runDue()).toBe(1);
      expect(received.at(-1)?.to).toEqual(['jo@gent.be']);
    } finally {
      await wf.close();
    }
  });
});
