/* Writes deploy/k8s/base/kafka/topics.yaml and users.yaml from the event contracts:
 *   node -r @swc-node/register tools/k8s/kafka-resources.cli.ts */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTopics, renderUsers } from './kafka-resources';

const dir = join(__dirname, '..', '..', 'deploy', 'k8s', 'base', 'kafka');
writeFileSync(join(dir, 'topics.yaml'), renderTopics());
writeFileSync(join(dir, 'users.yaml'), renderUsers());
process.stdout.write(`wrote ${dir}/topics.yaml and users.yaml\n`);
