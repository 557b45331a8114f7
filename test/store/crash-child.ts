/**
 * Child process of crash.test.ts: opens the store given as JSON in argv[2] and starts a multi-step write,
 * then tells the parent it is half-way ("mid") and waits to be killed.
 * Mode `service`: the real invitation (one transaction). Mode `no-transaction`: the same steps one by one,
 * the way a careless implementation would write them (shows that the test sees a partial record).
 */
import { insertAccount, replaceAccess } from '../../src/accounts/repository.js';
import type { StoreConfig } from '../../src/store/open-store.js';
import { openStore } from '../../src/store/open-store.js';
import { openWorkflow } from '../../src/workflow/open-workflow.js';
import { isMunicipality2025, SYSTEM, TEST_PASSWORD_COST } from '../support/test-workflow.js';

const config = JSON.parse(process.argv[2] as string) as StoreConfig;
const mode = process.argv[3];
const send = (message: string) => process.send?.(message);
const hang = () => new Promise<never>(() => {});

const store = await openStore(config);
if (mode === 'no-transaction') {
  const id = await insertAccount(store.db, { email: 'half@gent.be', name: 'Half', status: 'invited' });
  await replaceAccess(store.db, id, ['gemeente'], ['44021']);
  send('mid');
  await hang();
}
const wf = await openWorkflow({
  store,
  settings: { publicUrl: 'http://oa.test', mailFrom: 'x@test.invalid', trustProxy: false },
  isMunicipality: isMunicipality2025,
  passwordCost: TEST_PASSWORD_COST,
});
const queue = wf.mailer.queue.bind(wf.mailer);
// After the account, its roles, its municipality, its link and its mail are written — before the audit entry and COMMIT.
wf.mailer.queue = async (mail, db) => {
  const id = await queue(mail, db);
  send('mid');
  await hang();
  return id;
};
await wf.accounts.invite(
  { email: 'half@gent.be', name: 'Half', roles: ['gemeente'], municipalities: ['44021'] },
  SYSTEM,
  { mail: true },
);
