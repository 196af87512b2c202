import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MissingSearchResolver } from './search.resolver';
import { MissingSearchService } from './search.service';

/** 四(二)3 儿童失踪快速查找机制 (MissingSearchService). */
@Module({ imports: [CasesModule], providers: [MissingSearchService, MissingSearchResolver] })
export class MissingSearchModule {}
