/**
 * `npm run auth:token -- <demo user id>` prints a bearer token for that demo user, signed with the
 * local issuer's key (`.stack/keys`, created if missing); `--list` lists the demo users. Only for
 * the local stack: a deployment's tokens come from its identity provider.
 */
import { DEMO_USERS } from './demo-users';
import { demoToken } from './demo-tokens';

async function main(args: string[]): Promise<void> {
  const id = args.find((a) => !a.startsWith('-'));
  if (!id || args.includes('--list') || args.includes('-l')) {
    const width = Math.max(...DEMO_USERS.map((u) => u.userId.length));
    process.stdout.write('demo users (npm run auth:token -- <id>):\n');
    for (const u of DEMO_USERS)
      process.stdout.write(`  ${u.userId.padEnd(width)}  ${u.role} ${u.regionCode}  ${u.name}: ${u.works}\n`);
    if (!id && !args.includes('--list') && !args.includes('-l')) process.exitCode = 2;
    return;
  }
  const hours = args.find((a) => a.startsWith('--hours='))?.slice('--hours='.length);
  process.stdout.write(`${await demoToken(id, hours ? `${Number(hours)}h` : '8h')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`auth:token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
