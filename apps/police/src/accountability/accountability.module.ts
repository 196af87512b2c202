import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AccountabilityResolver } from './accountability';

@Module({ imports: [CasesModule], providers: [AccountabilityResolver] })
export class AccountabilityModule {}
