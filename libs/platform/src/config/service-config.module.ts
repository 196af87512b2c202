import { ConfigModule } from '@nestjs/config';
import type { z } from 'zod';
import { validateWith } from './service-config';

/** Global, validated configuration from the process environment (no .env files in production). */
export const serviceConfigModule = (schema: z.ZodType) =>
  ConfigModule.forRoot({
    isGlobal: true,
    cache: true,
    ignoreEnvFile: true,
    validate: validateWith(schema) as (env: Record<string, unknown>) => Record<string, unknown>,
  });
