import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ParentalOrderResolver } from './order.resolver';
import { ParentalOrderService } from './order.service';

/** 四(二)3 责令: orders to parents and their follow-up (ParentalOrderService). */
@Module({ imports: [CasesModule], providers: [ParentalOrderService, ParentalOrderResolver] })
export class ParentalOrderModule {}
