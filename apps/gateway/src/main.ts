import 'reflect-metadata';
import { runService } from '@qz/platform';

// No Apollo telemetry or usage reporting leaves this machine.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

void runService('gateway', async () => (await import('./app.module')).AppModule);
