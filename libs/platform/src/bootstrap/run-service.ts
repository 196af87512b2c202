import type { INestApplication, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { localDateInChina, workingCalendar, yearOf } from '@qz/kernel';
import { Logger } from 'nestjs-pino';
import { ConfigurationError } from '../config/service-config';
import { startTracing, stopTracing } from '../tracing/tracing';

/** What a service may change about how it starts. */
export interface ServiceOptions {
  /** false: the service installs its own body parsers in `configure` (e.g. with its own size limit). */
  bodyParser?: boolean;
  /** Runs after the application is created and before it listens. */
  configure?: (app: INestApplication, config: ConfigService) => void;
}

/** Creates the application from its root module and applies what every service shares. */
export async function createService(
  rootModule: Type<unknown>,
  options: ServiceOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(rootModule, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: options.bodyParser ?? true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

/**
 * Starts a service and listens on HOST:PORT. The root module is loaded lazily so that a bad
 * configuration (validated while the module loads) is reported as such, and the process exits 1.
 */
export async function runService(
  name: string,
  loadRootModule: () => Promise<Type<unknown>>,
  options: ServiceOptions = {},
): Promise<void> {
  try {
    startTracing(name);
    // Spans still buffered leave before the process does (Nest closes the app on the same signals).
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stopTracing());
    const app = await createService(await loadRootModule(), options);
    const config = app.get(ConfigService);
    options.configure?.(app, config);
    const host = config.getOrThrow<string>('HOST');
    const port = config.getOrThrow<number>('PORT');
    await app.listen(port, host);
    app.get(Logger).log(`${name} listening on http://${host}:${port}/graphql`, 'bootstrap');
    warnOfProvisionalYears(app.get(Logger), config.get<string>('WORKING_CALENDAR_FILE'));
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${name} cannot start: ${error.message}\n`);
    } else {
      process.stderr.write(
        `${name} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    process.exit(1);
  }
}

/**
 * Says at every start when this year's or next year's deadlines are counted without the State
 * Council's published schedule (statutory holidays only), so that someone adds it.
 */
function warnOfProvisionalYears(logger: Logger, file: string | undefined): void {
  const calendar = workingCalendar(file);
  const thisYear = yearOf(localDateInChina(new Date()));
  for (const year of [thisYear, thisYear + 1]) {
    if (!calendar.isProvisional(year)) continue;
    logger.warn(
      `the working-day calendar does not have the published holiday schedule of ${year}: its deadlines ` +
        `count the statutory holidays only; add ${year} to WORKING_CALENDAR_FILE (see docs/operations.md)`,
      'calendar',
    );
  }
}
