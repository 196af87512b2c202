import 'reflect-metadata';
import { runService } from '@qz/platform';
import { bodyLimits } from './http/body-limits';

// No Apollo telemetry or usage reporting leaves this machine.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

void runService('gateway', async () => (await import('./app.module')).AppModule, {
  bodyParser: false,
  configure: bodyLimits,
});
