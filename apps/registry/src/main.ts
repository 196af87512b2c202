import 'reflect-metadata';
import { runService } from '@qz/platform';

void runService('registry', async () => (await import('./app.module')).AppModule);
