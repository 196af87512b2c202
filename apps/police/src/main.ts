import 'reflect-metadata';
import { runService } from '@qz/platform';

void runService('police', async () => (await import('./app.module')).AppModule);
