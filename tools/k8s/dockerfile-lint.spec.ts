import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lintDockerfile } from './dockerfile-lint';

const root = join(__dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

/** The container port each app's Deployment declares (deploy/k8s/base/apps/<app>.yaml). */
function deploymentPort(app: string): number {
  const docs = read('deploy', 'k8s', 'base', 'apps', `${app}.yaml`)
    .split(/^---$/m)
    .map((d) => parse(d) as { kind?: string; spec?: any });
  const deployment = docs.find((d) => d?.kind === 'Deployment');
  if (!deployment) throw new Error(`no Deployment in deploy/k8s/base/apps/${app}.yaml`);
  return deployment.spec.template.spec.containers[0].ports[0].containerPort as number;
}

// The console has no image of its own: the gateway's image builds and serves it.
const apps = readdirSync(join(root, 'apps')).filter(
  (a) => a !== 'console' && existsSync(join(root, 'apps', a, 'src', 'main.ts')),
);

const RECIPE = ['deploy', 'docker', 'app.Dockerfile'];
const built = (app: string, port: number) => ({ app, port, buildArgs: { APP: app, PORT: String(port) } });

describe('the image recipe (deploy/docker/app.Dockerfile), one for every app', () => {
  it('serves the gateway and the five services', () => {
    expect(apps.sort()).toEqual(['assistance', 'education', 'gateway', 'health', 'police', 'registry']);
    expect(existsSync(join(root, ...RECIPE))).toBe(true);
  });

  it.each(apps)('%s: multi-stage, Node 22 pinned, non-root, no dev dependencies, health check', (app) => {
    expect(lintDockerfile(read(...RECIPE), built(app, deploymentPort(app)))).toEqual([]);
  });

  it('built for one app, starts that app and checks its port', () => {
    const problems = lintDockerfile(read(...RECIPE), {
      ...built('police', 4004),
      app: 'registry',
      port: 4001,
    });
    expect(problems).toEqual([
      'the HEALTHCHECK does not ask :4001/health/live',
      'EXPOSE 4004, expected 4001',
      'CMD does not start dist/apps/registry/src/main.js',
    ]);
  });

  describe('the lint fails a Dockerfile that breaks a rule', () => {
    const good = read(...RECIPE);
    const lint = (text: string) => lintDockerfile(text, built('registry', 4001));
    it.each([
      ['another Node', good.replace(/node:22\.[\d.]+/, 'node:20.19.0'), /not Node 22/],
      ['an unpinned Node', good.replace(/node:22\.[\d.]+/, 'node:22'), /not Node 22 pinned/],
      ['no USER', good.replace(/^USER .*$/m, ''), /sets no USER/],
      ['USER root', good.replace(/^USER .*$/m, 'USER root'), /runs as root/],
      [
        'dev dependencies in the final stage',
        good.replace(/^EXPOSE/m, 'RUN npm ci\nEXPOSE'),
        /dev dependencies/,
      ],
      ['no HEALTHCHECK', good.replace(/^HEALTHCHECK[^\n]*\\\n[^\n]*\n/m, ''), /no HEALTHCHECK/],
      [
        'a command reading a variable that is not set at run time',
        good.replace(/ APP=\$\{APP\}/, ''),
        /reads \$APP, which the final stage's ENV does not set/,
      ],
      [
        'one stage',
        `FROM node:22.1.0\nUSER 1000\nCMD ["node", "dist/apps/registry/src/main.js"]\n`,
        /multi-stage/,
      ],
    ])('%s', (_what, text, problem) => {
      expect(lint(text).join('\n')).toMatch(problem);
    });
  });
});
