import { ensureProjectGraph, lintErrors } from './lint-imagined';

/** Lints one imagined file and returns the module-boundary errors. */
const boundaryErrors = async (file: string, code: string): Promise<string[]> =>
  lintErrors('@nx/enforce-module-boundaries', [{ file, code }])[0];

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
