import { ensureProjectGraph, lintErrors } from './lint-imagined';

/** Lints one imagined file and returns the errors of `rule` (the module-boundary rule by default). */
const boundaryErrors = async (
  file: string,
  code: string,
  rule = '@nx/enforce-module-boundaries',
): Promise<string[]> => lintErrors(rule, [{ file, code }])[0];

describe('module boundaries are enforced by the lint', () => {
  beforeAll(ensureProjectGraph);

  it('refuses an app importing another app', async () => {
    const errors = await boundaryErrors(
      'apps/education/src/leak.ts',
      "import { AppModule } from '../../registry/src/app.module';\nexport const x = AppModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses a library importing an app', async () => {
    const errors = await boundaryErrors(
      'libs/messaging/src/leak.ts',
      "import { AppModule } from '../../../apps/registry/src/app.module';\nexport const x = AppModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses a lower layer importing a higher one (kernel importing contracts)', async () => {
    const errors = await boundaryErrors(
      'libs/kernel/src/leak.ts',
      "import { ChildRegisteredV1 } from '@qz/contracts';\nexport const x = ChildRegisteredV1;\n",
    );
    expect(errors).toEqual([expect.stringContaining('type:util')]);
  });

  it('allows an app importing the libraries its layer may use', async () => {
    const errors = await boundaryErrors(
      'apps/education/src/fine.ts',
      "import { ChildRegisteredV1 } from '@qz/contracts';\nexport const x = ChildRegisteredV1;\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('resolvers call services, never repositories (the lint)', () => {
  const repositoryImport = (from: string) =>
    `import { CaseRepository } from '${from}';\nexport const x = CaseRepository;\n`;

  it('refuses a resolver importing a repository, of its feature or another', async () => {
    for (const from of ['./case.repository', '../cases/case.repository']) {
      const errors = await boundaryErrors(
        'apps/police/src/cases/leak.resolver.ts',
        repositoryImport(from),
        'no-restricted-imports',
      );
      expect(errors).toEqual([expect.stringContaining('never a repository')]);
    }
  });

  it('refuses a type imported from a repository too (the service re-exports it)', async () => {
    const errors = await boundaryErrors(
      'apps/police/src/cases/leak.resolver.ts',
      "import type { ProtectionCase } from './case.repository';\nexport type X = ProtectionCase;\n",
      'no-restricted-imports',
    );
    expect(errors).toHaveLength(1);
  });

  it('allows a service importing a repository, and a resolver importing a service', async () => {
    const service = await boundaryErrors(
      'apps/police/src/cases/fine.service.ts',
      repositoryImport('./case.repository'),
      'no-restricted-imports',
    );
    const resolver = await boundaryErrors(
      'apps/police/src/cases/fine.resolver.ts',
      "import { CaseService } from './case.service';\nexport const x = CaseService;\n",
      'no-restricted-imports',
    );
    expect([...service, ...resolver]).toEqual([]);
  });
});
