/**
 * Checks the image recipe of an app for what issue 18 asks of the images (they cannot be built
 * here): multi-stage, every stage on Node 22 pinned to an exact version, an unprivileged USER in
 * the final stage, no package installation with dev dependencies there, a HEALTHCHECK on
 * /health/live, and the command that starts the app. One recipe serves every app
 * (deploy/docker/app.Dockerfile): it is checked as built with `--build-arg APP=<app> --build-arg
 * PORT=<port>`, and what its command and health check read at run time must be set by ENV.
 */
export interface DockerfileExpectation {
  app: string;
  port: number;
  /** The `--build-arg`s the image is built with. */
  buildArgs?: Record<string, string>;
}

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions, with continuation lines joined and comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

const NODE_22_PINNED = /^node:22\.\d+\.\d+(-[a-z0-9.-]+)?(@sha256:[0-9a-f]{64})?$/;

const VARIABLE = /\$\{?(\w+)\}?/g;

/** The instructions with the build args put in (`$NAME`, `${NAME}`), as the built image has them. */
function withBuildArgs(instructions: Instruction[], buildArgs: Record<string, string>): Instruction[] {
  return instructions.map((i) =>
    i.keyword === 'ARG' || i.keyword === 'FROM'
      ? i
      : { ...i, args: i.args.replace(VARIABLE, (all, name: string) => buildArgs[name] ?? all) },
  );
}

/** Run-time variables that the final stage's CMD and HEALTHCHECK read and its ENV does not set. */
function unsetAtRunTime(final: Instruction[]): string[] {
  const set = new Set(
    final.filter((i) => i.keyword === 'ENV').flatMap((i) => [...i.args.matchAll(/(\w+)=/g)].map((m) => m[1])),
  );
  const used = final
    .filter((i) => i.keyword === 'CMD' || i.keyword === 'HEALTHCHECK')
    .flatMap((i) => [...i.args.matchAll(VARIABLE)].map((m) => m[1]));
  return [...new Set(used)].filter((name) => !set.has(name));
}

export function lintDockerfile(text: string, expect: DockerfileExpectation): string[] {
  const problems: string[] = [];
  const parsed = parseDockerfile(text);
  const args = new Map<string, string>();
  for (const i of parsed) {
    if (i.keyword !== 'ARG') continue;
    const [name, value] = i.args.split('=');
    if (value !== undefined) args.set(name, value);
  }
  const finalFrom = parsed.map((i) => i.keyword).lastIndexOf('FROM');
  for (const name of unsetAtRunTime(parsed.slice(finalFrom)))
    problems.push(`CMD or HEALTHCHECK reads $${name}, which the final stage's ENV does not set`);
  const instructions = withBuildArgs(parsed, expect.buildArgs ?? {});
  const resolve = (image: string) => image.replace(/^\$\{?(\w+)\}?$/, (_, n: string) => args.get(n) ?? '');

  const stages: Instruction[][] = [];
  for (const i of instructions) {
    if (i.keyword === 'FROM') stages.push([]);
    if (stages.length) stages[stages.length - 1].push(i);
  }
  if (stages.length < 2) problems.push('not a multi-stage build (one FROM)');
  for (const [n, stage] of stages.entries()) {
    const image = stage[0].args.split(/\s+/)[0];
    const stageNames = stages.slice(0, n).map((s) => s[0].args.split(/\s+AS\s+/i)[1]);
    if (stageNames.includes(image)) continue;
    if (!NODE_22_PINNED.test(resolve(image))) {
      problems.push(
        `stage ${n + 1}: base image ${resolve(image) || image} is not Node 22 pinned to a version`,
      );
    }
  }
  const final = stages[stages.length - 1] ?? [];
  const users = final.filter((i) => i.keyword === 'USER').map((i) => i.args.split(':')[0]);
  const user = users[users.length - 1];
  if (!user) problems.push('the final stage sets no USER (it would run as root)');
  else if (user === 'root' || user === '0') problems.push(`the final stage runs as ${user}`);
  for (const i of final.filter((x) => x.keyword === 'RUN')) {
    const installs = /\b(npm\s+(ci|install|i)|yarn(\s+install)?|pnpm\s+(i|install))\b/.test(i.args);
    if (installs && !/--omit=dev|--production\b/.test(i.args)) {
      problems.push(`the final stage installs packages with dev dependencies: RUN ${i.args}`);
    } else if (installs) {
      problems.push(`the final stage installs packages; copy them from a stage instead: RUN ${i.args}`);
    }
  }
  for (const i of final.filter((x) => x.keyword === 'COPY' && !/--from=/.test(x.args))) {
    problems.push(`the final stage copies from the build context, not from a stage: COPY ${i.args}`);
  }
  const health = final.find((i) => i.keyword === 'HEALTHCHECK');
  if (!health) problems.push('no HEALTHCHECK in the final stage');
  else if (!health.args.includes(`:${expect.port}/health/live`)) {
    problems.push(`the HEALTHCHECK does not ask :${expect.port}/health/live`);
  }
  const expose = final.find((i) => i.keyword === 'EXPOSE');
  if (expose?.args !== String(expect.port))
    problems.push(`EXPOSE ${expose?.args ?? '(none)'}, expected ${expect.port}`);
  const cmd = final.filter((i) => i.keyword === 'CMD').pop();
  if (!cmd?.args.includes(`dist/apps/${expect.app}/src/main.js`)) {
    problems.push(`CMD does not start dist/apps/${expect.app}/src/main.js`);
  }
  return problems;
}
