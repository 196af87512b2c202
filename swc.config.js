// One SWC configuration for the build (tools/build.mjs), jest (@swc/jest) and the schema tools.
// SWC keeps decorator metadata, which NestJS needs for injection and code-first GraphQL.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;

function swcOptions({ sourceMaps = true } = {}) {
  return {
    sourceMaps,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      baseUrl: root,
      paths: compilerOptions.paths,
    },
  };
}

/** Jest moduleNameMapper built from the same path aliases. */
function jestModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    mapper[`^${alias.replace(/[/.]/g, (c) => `\\${c}`)}$`] = path.join(root, target);
  }
  return mapper;
}

module.exports = { swcOptions, jestModuleNameMapper, root };
