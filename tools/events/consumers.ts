import { eventCatalog, producerSchema, type EventContract, type Producer } from '@qz/contracts';
import { join } from 'node:path';
import 'reflect-metadata';

type Ctor = abstract new (...args: never[]) => unknown;
interface DynamicModuleLike {
  module: Ctor;
  imports?: unknown[];
  providers?: unknown[];
}

const isCtor = (x: unknown): x is Ctor => typeof x === 'function';
const metadataList = (key: string, target: Ctor): unknown[] =>
  (Reflect.getMetadata(key, target) as unknown[] | undefined) ?? [];

/** The providers of every module reachable from a root module (static and dynamic imports). */
function* providersOf(ref: unknown, seen = new Set<unknown>()): Generator<unknown> {
  if (ref && typeof ref === 'object' && 'forwardRef' in ref)
    ref = (ref as { forwardRef: () => unknown }).forwardRef();
  if (!ref || seen.has(ref)) return;
  seen.add(ref);
  if (isCtor(ref)) {
    yield* metadataList('providers', ref);
    for (const i of metadataList('imports', ref)) yield* providersOf(i, seen);
  } else if (typeof ref === 'object' && 'module' in ref) {
    const dynamic = ref as DynamicModuleLike;
    yield* dynamic.providers ?? [];
    yield* providersOf(dynamic.module, seen);
    for (const i of dynamic.imports ?? []) yield* providersOf(i, seen);
  }
}

/** Methods of a class and its ancestors (getters are not called: they may need an instance). */
function* methodsOf(cls: Ctor): Generator<unknown> {
  for (let proto = cls.prototype as object | null; proto && proto !== Object.prototype;) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
      if (name !== 'constructor' && typeof value === 'function') yield value;
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
}

const CONTRACTS: ReadonlySet<unknown> = new Set(eventCatalog);

/**
 * The event contracts a root module handles: the `@EventHandler` / `@EventBatchHandler` methods
 * of the providers of every module it imports, as the messaging runtime registers them at start
 * (libs/messaging/src/nest/messaging.runtime.ts), read without starting anything. Those decorators
 * put the contract itself on the method as its metadata (the tooling may not import the messaging
 * library, so it looks for a catalogued contract under any key).
 */
export function handledContracts(rootModule: unknown): EventContract<unknown>[] {
  const found = new Set<EventContract<unknown>>();
  for (const provider of providersOf(rootModule)) {
    const cls = isCtor(provider) ? provider : (provider as { useClass?: unknown } | null)?.useClass;
    if (!isCtor(cls)) continue;
    for (const method of methodsOf(cls)) {
      for (const key of Reflect.getMetadataKeys(method as object) as unknown[]) {
        const value = Reflect.getMetadata(key, method as object) as unknown;
        if (CONTRACTS.has(value)) found.add(value as EventContract<unknown>);
      }
    }
  }
  return [...found];
}

/**
 * Settings a service's module validates when it is loaded (its configuration module is built at
 * import); placeholders here, as nothing connects: only the module's metadata is read.
 */
const PLACEHOLDER_SETTINGS: Record<string, string> = {
  PORT: '1',
  MONGO_URL: 'mongodb://placeholder',
  MONGO_DB: 'placeholder',
  KAFKA_BROKERS: 'placeholder:9092',
  GATEWAY_PUBLIC_KEY_FILE: '/placeholder',
};

/** Loads a service's AppModule (apps/<service>/src/app.module) without starting it. */
function loadAppModule(service: Producer): unknown {
  const unset = Object.keys(PLACEHOLDER_SETTINGS).filter((k) => process.env[k] === undefined);
  for (const k of unset) process.env[k] = PLACEHOLDER_SETTINGS[k];
  try {
    // A path, not an import: tooling reads the services; no library depends on an app.
    return (
      require(join(__dirname, '..', '..', 'apps', service, 'src', 'app.module')) as { AppModule: unknown }
    ).AppModule;
  } finally {
    for (const k of unset) delete process.env[k];
  }
}

/** The topics each service consumes, sorted, discovered from its code (its handlers). */
export function serviceConsumers(): Record<Producer, string[]> {
  const result = {} as Record<Producer, string[]>;
  for (const service of producerSchema.options) {
    result[service] = handledContracts(loadAppModule(service))
      .map((c) => c.topic)
      .sort();
  }
  return result;
}
