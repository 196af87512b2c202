import { lintErrors } from './lint-imagined';

const cycles = {
  // accountability.ts imports the case repository, which imports the case schema.
  betweenFolders: {
    file: 'apps/police/src/cases/case.schema.ts',
    code: "import { AccountabilityService } from '../accountability/accountability';\nexport const x = AccountabilityService;\n",
  },
  // The index re-exports clock.ts, so clock.ts importing the index imports itself.
  throughAnIndex: {
    file: 'libs/kernel/src/time/clock.ts',
    code: "import { DomainError } from '../index';\nexport const x = DomainError;\n",
  },
  noWayBack: {
    file: 'apps/police/src/accountability/leak.ts',
    code: "import { CaseRepository } from '../cases/case.repository';\nexport const x = CaseRepository;\n",
  },
};

const importing = "import { waitFor } from '@qz/testing';\nexport const x = waitFor;\n";
const PRODUCTION = ['apps/education/src/students/leak.ts', 'libs/platform/src/leak.ts', 'tools/demo/leak.ts'];
const RELATIVE = {
  file: 'libs/messaging/src/leak.ts',
  code: "import { waitFor } from '../../testing/src/stack/stack';\nexport const x = waitFor;\n",
};
const TESTS = [
  'apps/education/src/students/student.service.spec.ts',
  'apps/education/test/leak.int-spec.ts',
  'apps/registry/test/leak.load-spec.ts',
  'apps/health/test/health-stack.ts',
  'bench/leak.bench.ts',
  'tools/auth/leak.spec.ts',
];

describe('import rules of the lint', () => {
  let cycleErrors: Record<keyof typeof cycles, string[]>;
  let testLibraryErrors: Map<string, string[]>;

  beforeAll(() => {
    // One ESLint run for all the imagined files: loading the config and the project graph is most of its time.
    const names = Object.keys(cycles) as (keyof typeof cycles)[];
    const found = lintErrors(
      'import-x/no-cycle',
      names.map((n) => cycles[n]),
    );
    cycleErrors = Object.fromEntries(names.map((n, i) => [n, found[i]])) as typeof cycleErrors;
    const files = [...PRODUCTION, ...TESTS].map((file) => ({ file, code: importing }));
    const restricted = lintErrors('no-restricted-imports', [...files, RELATIVE]);
    testLibraryErrors = new Map([...files, RELATIVE].map((f, i) => [f.file, restricted[i]]));
  }, 120_000);

  describe('no import cycles', () => {
    it('refuses a cycle between folders of a service (police cases ↔ accountability)', () => {
      expect(cycleErrors.betweenFolders).toEqual([expect.stringContaining('Dependency cycle')]);
    });

    it("refuses a cycle through a library's index", () => {
      expect(cycleErrors.throughAnIndex).toEqual([expect.stringContaining('Dependency cycle')]);
    });

    it('allows the same import without a way back', () => {
      expect(cycleErrors.noWayBack).toEqual([]);
    });
  });

  describe('the test library stays out of production code', () => {
    it.each(PRODUCTION)('refuses @qz/testing in %s', (file) => {
      expect(testLibraryErrors.get(file)).toEqual([expect.stringContaining('tests only')]);
    });

    it('refuses a relative import of libs/testing', () => {
      expect(testLibraryErrors.get(RELATIVE.file)).toEqual([expect.stringContaining('tests only')]);
    });

    it.each(TESTS)('allows it in test code: %s', (file) => {
      expect(testLibraryErrors.get(file)).toEqual([]);
    });
  });
});
