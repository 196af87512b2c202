/* Registers the demo children through the gateway: node -r @swc-node/register tools/demo/load-demo-data.ts <gateway url>
 * Safe to run again: children already in the ledger are reported and left as they are. */
import { residentIdCheckChar } from '@qz/kernel';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAssistanceDemo } from './assistance-demo';
import { DEMO_CHILDREN } from './demo-children';
import { loadPoliceDemo } from './police-demo';
import { loadRegistryDemo } from './registry-demo';
import { loadDemoCertificates, loadHealthDemo } from './health-demo';
import { loadEducationDemo } from './education-demo';
import { DEMO_ACTORS, GatewayClient } from './gateway-client';

const REGISTER = `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id familyName givenName } }`;
const CIRCUMSTANCES = `mutation ($input: UpdateChildCircumstancesInput!) {
  updateChildCircumstances(input: $input) { classification { categories { category } } }
}`;

function residentId(child: (typeof DEMO_CHILDREN)[number]['child'], n: number): string {
  const seq = String(n * 2 + (child.sex === 'MALE' ? 1 : 0)).padStart(3, '0');
  const first17 = `${child.regionCode.slice(0, 6)}${child.birthDate.replace(/-/g, '')}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** Ids of the demo children, kept beside the stack's data so later runs can print them. */
const ID_FILE = join(process.env.STACK_DIR ?? join(__dirname, '..', '..', '.stack'), 'demo-children.json');

async function main(url: string): Promise<void> {
  const gateway = new GatewayClient(url);
  const post = (_url: string, query: string, variables: object) =>
    gateway.post(DEMO_ACTORS.registry, query, variables);
  const known: Record<string, string> = existsSync(ID_FILE) ? JSON.parse(readFileSync(ID_FILE, 'utf8')) : {};
  const fresh = new Set<string>();
  for (const [n, { child, circumstances }] of DEMO_CHILDREN.entries()) {
    const input = { ...child, residentIdNumber: residentId(child, n + 1) };
    const body = await post(url, REGISTER, { input });
    const code = body.errors?.[0]?.extensions?.code;
    const name = `${child.familyName}${child.givenName}`;
    if (body.data?.registerChild) {
      known[name] = body.data.registerChild.id;
      fresh.add(name);
      const classified = await post(url, CIRCUMSTANCES, {
        input: { childId: known[name], ...circumstances },
      });
      if (classified.errors)
        throw new Error(`could not record ${name}'s circumstances: ${classified.errors[0].message}`);
      const categories = classified.data.updateChildCircumstances.classification.categories.map(
        (c: any) => c.category,
      );
      console.log(`  registered ${name} (${categories.join(', ')}): ${known[name]}`);
    } else if (code === 'CHILD_ALREADY_REGISTERED') {
      console.log(`  ${name} is already in the ledger${known[name] ? `: ${known[name]}` : ''}`);
    } else {
      throw new Error(
        `could not register ${child.familyName}${child.givenName}: ${body.errors?.[0]?.message}`,
      );
    }
  }
  writeFileSync(ID_FILE, JSON.stringify(known, null, 2));
  await loadDemoCertificates(gateway, known, fresh);
  await loadRegistryDemo(gateway, known, fresh);
  await loadAssistanceDemo(gateway, known);
  await loadHealthDemo(gateway, known);
  await loadEducationDemo(gateway, known);
  await loadPoliceDemo(gateway, known);
}

main(process.argv[2] ?? 'http://127.0.0.1:4000/graphql').catch((error: unknown) => {
  console.error(`demo data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
