import { DynamicModule, Module } from '@nestjs/common';
import { traceIds } from '../tracing/tracing';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs (pino); LOG_PRETTY=true for a person reading a terminal. */
@Module({})
export class LoggingModule {
  static forService(service: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => ({
            pinoHttp: {
              name: service,
              level: config.get<string>('LOG_LEVEL', 'info'),
              // Every line of an action names its trace (issue 18): the request's, or the event's.
              mixin: traceIds,
              transport: config.get<boolean>('LOG_PRETTY')
                ? { target: 'pino-pretty', options: { singleLine: true } }
                : undefined,
              // Request bodies and auth headers never reach the logs: they carry data about minors.
              redact: [
                'req.headers.authorization',
                'req.headers.cookie',
                // the gateway's signed assertion (IDENTITY_HEADER) and the stated purpose
                'req.headers["x-qz-identity"]',
                'req.headers["x-access-purpose"]',
              ],
              autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            },
          }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
