import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const validator = join(root, 'deploy', 'k8s', 'validate', 'build.sh');

/** Renders and validates a kustomization with the Go validator (built on first use). */
function validate(dir: string): { status: number | null; output: string } {
  const run = spawnSync('bash', [validator, '-dir', dir], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the Kubernetes manifests (deploy/k8s) validated offline', () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'qz-k8s-'));
    cpSync(join(root, 'deploy', 'k8s', 'base'), join(copy, 'base'), { recursive: true });
    cpSync(join(root, 'deploy', 'k8s', 'overlays'), join(copy, 'overlays'), { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  const production = () => join(copy, 'overlays', 'production');
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(copy, 'base', file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before); // the edit took
    writeFileSync(path, after);
  };

  it('the production overlay renders and every object is valid', () => {
    const { status, output } = validate(join(root, 'deploy', 'k8s', 'overlays', 'production'));
    expect(output).toMatch(/k8s-validate: \d+ objects of .* are valid/);
    expect(status).toBe(0);
  });

  it.each([
    [
      'an unknown field in a Deployment (strict decoding into k8s.io/api)',
      'apps/registry.yaml',
      (t: string) => t.replace('  revisionHistoryLimit: 5', '  revisionHistoryLimit: 5\n  replica: 3'),
      /Deployment\/registry: .*unknown field "spec.replica"/,
    ],
    [
      'a malformed quantity',
      'apps/health.yaml',
      (t: string) => t.replace('memory: 384Mi', 'memory: 384 megabytes'),
      /Deployment\/health: .*quantit/i,
    ],
    [
      'a KafkaTopic whose partitions are not a number (Strimzi CRD schema)',
      'kafka/topics.yaml',
      (t: string) => t.replace('partitions: 6', 'partitions: six'),
      /KafkaTopic\/[a-z0-9.-]+: .*spec.partitions/,
    ],
    [
      'a field the KafkaUser schema does not know',
      'kafka/users.yaml',
      (t: string) => t.replace('type: scram-sha-512', 'type: scram-sha-512\n    mechanism: plain'),
      /KafkaUser\/[a-z0-9-]+: unknown field "spec.authentication.mechanism"/,
    ],
    [
      'an ACL operation outside the schema enum',
      'kafka/users.yaml',
      (t: string) => t.replace('- Write', '- Scribble'),
      /KafkaUser\/registry: .*operations\[0\]: Unsupported value: "Scribble"/,
    ],
    [
      'a service whose MongoDB URL drops w=majority',
      'apps/police.yaml',
      (t: string) => t.replace('&w=majority', ''),
      /Deployment\/police: .*w=majority/,
    ],
    [
      'a readiness probe on the wrong path',
      'apps/education.yaml',
      (t: string) => t.replace('path: /health/ready', 'path: /healthz'),
      /Deployment\/education: .*readiness probe must GET \/health\/ready/,
    ],
    [
      'a writable root filesystem',
      'apps/gateway.yaml',
      (t: string) => t.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'),
      /Deployment\/gateway: .*read-only/,
    ],
    [
      'a Deployment without its PodDisruptionBudget',
      'apps/assistance.yaml',
      (t: string) =>
        t.replace(
          /kind: PodDisruptionBudget[\s\S]*?---\n/,
          'kind: ConfigMap\nmetadata:\n  name: spare\n---\n',
        ),
      /Deployment\/assistance: no PodDisruptionBudget/,
    ],
  ])('fails on %s', (_what, file, change, problem) => {
    edit(file, change);
    const { status, output } = validate(production());
    expect(output).toMatch(problem);
    expect(status).toBe(1);
  });
});
