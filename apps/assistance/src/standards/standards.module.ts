import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StandardDocument, StandardSchema } from './standard.schema';
import { StandardsRepository } from './standards.repository';
import { StandardsResolver } from './standards.resolver';
import { standardsProblems, type Standard } from './standards.rules';
import { StandardsService } from './standards.service';

/** The programmes' standards; the shipped table (data/standards-qinzhou.json) is loaded at start. */
@Module({
  imports: [MongooseModule.forFeature([{ name: StandardDocument.name, schema: StandardSchema }])],
  providers: [StandardsRepository, StandardsService, StandardsResolver],
  exports: [StandardsService],
})
export class StandardsModule implements OnApplicationBootstrap {
  constructor(private readonly standards: StandardsRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = join(__dirname, '..', '..', 'data', 'standards-qinzhou.json');
    const rows = JSON.parse(readFileSync(file, 'utf8')) as Standard[];
    const problems = standardsProblems(rows);
    if (problems.length)
      throw new Error(`${file} is not a valid table of standards:\n${problems.join('\n')}`);
    await this.standards.upsertMany(rows, { onlyMissing: true });
  }
}
