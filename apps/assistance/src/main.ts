import 'reflect-metadata';
import { runService } from '@qz/platform';

void runService('assistance', async () => (await import('./app.module')).AppModule);
