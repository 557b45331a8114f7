/**
 * `user add|list|disable|enable`: accounts from the command line. There is no default password: the
 * first administrator is made with `user add --role agii`, which prints a one-time link.
 */
import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import { isRole, type Role } from '../access/principal.js';
import { inviteSchema } from '../accounts/schema.js';
import type { Actor } from '../audit/repository.js';
import { loadGeography } from '../geo/index.js';
import { DEFAULT_DATA_DIR } from './options.js';
import { openCliWorkflow } from './workflow.js';

const cliActor = (): Actor => ({ id: null, label: `cli:${userInfo().username}` });

function parseRole(text: string, previous: Role[] = []): Role[] {
  if (!isRole(text)) throw new InvalidArgumentError('kies gemeente, agii of trainer');
  return [...previous, text];
}

const collect = (text: string, previous: string[] = []) => [
  ...previous,
  ...text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

async function withWorkflow<T>(
  dataDir: string,
  work: (wf: Awaited<ReturnType<typeof openCliWorkflow>>) => Promise<T>,
): Promise<T> {
  const wf = await openCliWorkflow(dataDir, loadGeography());
  try {
    return await work(wf);
  } finally {
    await wf.close();
  }
}

export function userCommand(program: Command): void {
  const user = program
    .command('user')
    .description('accounts: toevoegen (met een eenmalige link), oplijsten, uitschakelen');

  user
    .command('add')
    .description(
      'maak een account en toon de eenmalige link waarmee de persoon een wachtwoord kiest (7 dagen geldig)',
    )
    .requiredOption('--email <adres>', 'e-mailadres')
    .requiredOption('--role <rol>', 'gemeente, agii of trainer (herhaalbaar)', parseRole)
    .option(
      '--gemeente <nis...>',
      'NIS-code(s) van de gemeente(n), indeling 2025 (nodig voor de rol gemeente)',
      collect,
    )
    .option('--name <naam>', 'naam (standaard het deel vóór @)')
    .option('--mail', 'stuur de link ook per e-mail (via de uitgaande e-mail van de server)')
    .option('--data-dir <map>', 'map met de gegevens', DEFAULT_DATA_DIR)
    .action(
      async (opts: {
        email: string;
        role: Role[];
        gemeente?: string[];
        name?: string;
        mail?: boolean;
        dataDir: string;
      }) => {
        const parsed = inviteSchema.safeParse({
          email: opts.email,
          name: opts.name ?? opts.email.split('@')[0],
          roles: opts.role,
          municipalities: opts.gemeente ?? [],
        });
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'ongeldige invoer');
        await withWorkflow(opts.dataDir, async (wf) => {
          const { account, link } = await wf.accounts.invite(parsed.data, cliActor(), {
            mail: opts.mail === true,
          });
          process.stderr.write(
            `Account ${account.email} (${account.roles.join(', ')}) aangemaakt. Eenmalige link, 7 dagen geldig:\n`,
          );
          process.stdout.write(`${link}\n`);
        });
      },
    );

  user
    .command('list')
    .description('alle accounts')
    .option('--data-dir <map>', 'map met de gegevens', DEFAULT_DATA_DIR)
    .action(async (opts: { dataDir: string }) => {
      await withWorkflow(opts.dataDir, async (wf) => {
        for (const a of await wf.accounts.list())
          process.stdout.write(
            `${a.id}\t${a.email}\t${a.name}\t${a.status}\t${a.roles.join(',') || '-'}\t${a.municipalities.join(',') || '-'}\n`,
          );
      });
    });

  for (const [name, enabled, what] of [
    ['disable', false, 'schakel een account uit (sessies en links vervallen meteen)'],
    ['enable', true, 'schakel een account weer in'],
  ] as const) {
    user
      .command(name)
      .description(what)
      .argument('<email>', 'e-mailadres van het account')
      .option('--data-dir <map>', 'map met de gegevens', DEFAULT_DATA_DIR)
      .action(async (email: string, opts: { dataDir: string }) => {
        await withWorkflow(opts.dataDir, async (wf) => {
          const account = await wf.accounts.byEmail(email.trim().toLowerCase());
          if (!account) throw new Error(`geen account met e-mailadres ${email}`);
          const after = await wf.accounts.setEnabled(account.id, enabled, cliActor());
          process.stderr.write(
            `Account ${after.email} is nu ${after.status === 'disabled' ? 'uitgeschakeld' : 'ingeschakeld'}.\n`,
          );
        });
      });
  }
}
