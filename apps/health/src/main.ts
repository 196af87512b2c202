import 'reflect-metadata';
import { runService } from '@qz/platform';

void runService('health', async () => (await import('./app.module')).AppModule);
