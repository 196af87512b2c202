import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BudgetRepository } from './budget.repository';
import { BudgetResolver } from './budget.resolver';
import { BudgetDocument, BudgetSchema } from './budget.schema';
import { BudgetService } from './budget.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: BudgetDocument.name, schema: BudgetSchema }])],
  providers: [BudgetRepository, BudgetService, BudgetResolver],
  exports: [BudgetService, BudgetRepository],
})
export class BudgetsModule {}
