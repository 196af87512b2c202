import 'reflect-metadata';
import { runService } from '@qz/platform';

void runService('education', async () => (await import('./app.module')).AppModule);
