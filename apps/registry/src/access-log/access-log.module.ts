import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccessLogRepository } from './access-log.repository';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLogDocument, AccessLogSchema } from './access-log.schema';
import { AccessRecordedHandler } from './access-recorded.handler';
import { AccessLogService } from './access-log.service';

/** The append-only access log of every service (issue 8 §4), and its query for the auditor. */
@Module({
  imports: [MongooseModule.forFeature([{ name: AccessLogDocument.name, schema: AccessLogSchema }])],
  providers: [AccessLogRepository, AccessLogService, AccessRecordedHandler, AccessLogResolver],
})
export class AccessLogModule {}
