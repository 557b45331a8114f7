/**
 * Sign-in throughput with the production argon2id cost (DEFAULT_PASSWORD_COST), next to a plain page request
 * (GET /aanmelden: session check, CSRF token, render) on the same server in the same run.
 */
import { DEFAULT_PASSWORD_COST } from '../src/accounts/passwords.js';
import { openStore } from '../src/store/open-store.js';
import { openWorkflow } from '../src/workflow/open-workflow.js';
import { appOn } from '../test/support/test-app.js';
import { freshStoreConfig } from '../test/support/test-store.js';
import { isMunicipality2025 } from '../test/support/test-workflow.js';
import { WebClient } from '../test/support/web-client.js';
import { median, row } from './measure.js';

async function timeMany(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function benchSignIn(iterations: number): Promise<string[]> {
  const place = await freshStoreConfig();
  const wf = await openWorkflow({
    store: await openStore(place.config),
    settings: { publicUrl: 'http://oa.test', mailFrom: 'x@oa.test', trustProxy: false },
    isMunicipality: isMunicipality2025,
    passwordCost: DEFAULT_PASSWORD_COST,
    lockoutRules: { maxFailures: 1e9, windowMs: 60_000, lockMs: 60_000 },
  });
  const node = appOn(wf);
  try {
    const password = 'een wachtwoord voor de meting';
    const { account, link } = await wf.accounts.invite(
      { email: 'bench@oa.test', name: 'Bench', roles: ['agii'], municipalities: [] },
      { id: null, label: 'bench' },
      { mail: false },
    );
    await wf.accounts.setPassword(new URL(link).searchParams.get('token') as string, password);
    const web = new WebClient(node.app);
    const token = await web.csrfFrom('/aanmelden');
    const cookie = [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const page = await timeMany(iterations, () =>
      node.app.inject({ url: '/aanmelden', headers: { cookie } }),
    );
    const signIn = await timeMany(iterations, (i) =>
      node.app.inject({
        method: 'POST',
        url: '/aanmelden',
        remoteAddress: `10.0.${Math.floor(i / 200)}.${i % 200}`, // past the per-client rate limit
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ email: account.email, password, _csrf: token }).toString(),
      }),
    );
    const perSecond = 1000 / signIn;
    return [
      row(
        `sign-in (argon2id ${(DEFAULT_PASSWORD_COST.memoryCost / 1024) | 0} MiB, t=${DEFAULT_PASSWORD_COST.timeCost})`,
        `${signIn.toFixed(1)} ms`,
        `${page.toFixed(2)} ms`,
        signIn / page,
        'cost by design',
      ),
      row(
        'sign-in throughput, one process',
        `${perSecond.toFixed(1)} /s`,
        `${(1000 / page).toFixed(0)} /s`,
        1000 / page / perSecond,
        'page/sign-in',
      ),
    ];
  } finally {
    await node.close();
    await wf.close();
    await place.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const line of await benchSignIn(Number(process.argv[2] ?? 20))) console.log(line);
