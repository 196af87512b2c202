import { printSubgraphSchema } from '@apollo/subgraph';
import type { Type } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { createConnection } from 'mongoose';

/** Settings a service needs to load its module; nothing is connected while printing. */
const PRINT_ENV = {
  PORT: '1',
  MONGO_URL: 'mongodb://127.0.0.1:1/?retryWrites=false',
  MONGO_DB: 'schema-print',
  KAFKA_BROKERS: '127.0.0.1:1',
  LOG_LEVEL: 'silent',
  GATEWAY_PUBLIC_KEY_FILE: '/dev/null',
};

/**
 * Prints a subgraph's SDL with its federation directives (`@key`, `@link`), from the code alone:
 * the module is instantiated with an unconnected database handle, and only the GraphQL module is
 * started, so no store or broker is needed.
 */
export async function printSubgraphSdl(loadRootModule: () => Promise<Type<unknown>>): Promise<string> {
  for (const [k, v] of Object.entries(PRINT_ENV)) process.env[k] ??= v;
  const moduleRef = await Test.createTestingModule({ imports: [await loadRootModule()] })
    .overrideProvider(getConnectionToken())
    .useValue(createConnection())
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  try {
    await app.get(GraphQLModule, { strict: false }).onModuleInit();
    return `${printSubgraphSchema(app.get(GraphQLSchemaHost).schema).trim()}\n`;
  } finally {
    await app.close();
  }
}
