import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './stack';

const run = promisify(execFile);

/**
 * Runs the project's stack script (deploy/local/stack.sh) with settings of a test's own — its own
 * instance folder and ports — so a test can start, stop or restore a component without disturbing
 * the shared stack. Returns what the script printed; throws with its output when it fails.
 */
export async function runStackScript(settings: Record<string, string>, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...settings };
  // derived from the ports by env.sh; the shared stack's values must not leak in
  delete env.KAFKA_BROKERS;
  delete env.MONGO_URL;
  try {
    const { stdout } = await run('bash', [join(repoRoot, 'deploy', 'local', 'stack.sh'), ...args], {
      env,
      timeout: 180_000,
    });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`stack.sh ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}
