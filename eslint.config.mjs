import nx from '@nx/eslint-plugin';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const root = dirname(fileURLToPath(import.meta.url));

/** Test code: the only code that may use the test library (@qz/testing, libs/testing). */
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.load-spec.ts',
  '**/test/**',
  'bench/**',
  'libs/testing/**',
];

/**
 * Module boundaries: an app imports only libs; a lib never imports an app; every project imports
 * only what its type and scope allow. The lint fails on any other import.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  { ignores: ['**/dist', '**/node_modules', '.stack/**', '.nx/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            // By scope: a service's code serves that service; shared code serves everyone.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:registry', onlyDependOnLibsWithTags: ['scope:registry', 'scope:shared'] },
            { sourceTag: 'scope:education', onlyDependOnLibsWithTags: ['scope:education', 'scope:shared'] },
            { sourceTag: 'scope:health', onlyDependOnLibsWithTags: ['scope:health', 'scope:shared'] },
            { sourceTag: 'scope:police', onlyDependOnLibsWithTags: ['scope:police', 'scope:shared'] },
            { sourceTag: 'scope:assistance', onlyDependOnLibsWithTags: ['scope:assistance', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            // The staff console runs in a browser and talks to the graph only: no service's code.
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'] },
            // By type: layers point downwards only.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:platform',
                'type:data-access',
                'type:contracts',
                'type:util',
                'type:testing',
                'type:tooling',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'type:data-access',
                'type:contracts',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:testing'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Test helpers (stack, builders, an event collector that parses with the contracts) serve
            // every project's tests; they depend on utilities and contracts only.
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            // Benchmarks measure the libraries from outside, like a service would use them.
            {
              sourceTag: 'type:bench',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'type:data-access',
                'type:contracts',
                'type:util',
                'type:testing',
              ],
            },
            // Schema printing and composition: build-time tools used by apps' drift tests and tools/.
            {
              sourceTag: 'type:tooling',
              // Contracts: the deployment's Kafka topics and users are generated from them (tools/k8s).
              onlyDependOnLibsWithTags: ['type:tooling', 'type:testing', 'type:util', 'type:contracts'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    // No import cycles, within a project or across projects (resolved through tsconfig's @qz/* paths).
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json'],
          tsconfig: { configFile: join(root, 'tsconfig.base.json') },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The test library (stack helpers, builders, test identities) is for tests only.
    files: ['**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@qz/testing',
              message: 'The test library is for tests only (*.spec.ts, test/, bench/).',
            },
          ],
          patterns: [
            {
              group: [
                '@qz/testing/**',
                '**/libs/testing',
                '**/libs/testing/**',
                '**/testing/src',
                '**/testing/src/**',
              ],
              message: 'The test library is for tests only (*.spec.ts, test/, bench/).',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Resolvers call services, never repositories: every read and write of a feature goes through
    // its service (types a resolver needs are re-exported by the service).
    files: ['**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '\\.repository$',
              message: 'A resolver calls the feature’s service, never a repository.',
            },
          ],
        },
      ],
    },
  },
];
