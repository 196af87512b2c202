import 'reflect-metadata';
import { runService, traceRequest } from '@qz/platform';
import { bodyLimits } from './http/body-limits';
import { serveConsole } from './http/console';
import { demoSignIn } from './http/demo-sign-in';

// No Apollo telemetry or usage reporting leaves this machine.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

void runService('gateway', async () => (await import('./app.module')).AppModule, {
  bodyParser: false,
  configure: (app, config) => {
    // First: every request's span, active for what follows (the body parser's callbacks included).
    app.use(traceRequest);
    bodyLimits(app, config);
    demoSignIn(app, config);
    serveConsole(app, config);
  },
});
