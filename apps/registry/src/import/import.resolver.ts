import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { ChildImportService } from './child-import.service';
import { ImportJobRepository, type ImportJob } from './import-job.repository';
import {
  ImportChildrenInput,
  ImportJobModel,
  ImportRowErrorModel,
  type ImportStatusValue,
} from './import-job.model';
import { IMPORT_SETTINGS, resolveImportPath, type ImportSettings } from './import-path';

export const errorReportPath = (id: string) => `/imports/${id}/errors.csv`;

const toModel = (job: ImportJob): ImportJobModel => ({
  ...job,
  status: job.status as ImportStatusValue,
  errorReportPath: errorReportPath(job.id),
});

@Resolver(() => ImportJobModel)
export class ImportResolver {
  constructor(
    private readonly imports: ChildImportService,
    private readonly jobs: ImportJobRepository,
    @Inject(IMPORT_SETTINGS) private readonly settings: ImportSettings,
  ) {}

  @Mutation(() => ImportJobModel, {
    description:
      'Starts importing a county’s ledger file (CSV or XLSX) from the registry’s import directory; returns at once. ' +
      'Follow it with childImport(id).',
  })
  async importChildren(@Args('input') input: ImportChildrenInput) {
    const { path, format } = await resolveImportPath(this.settings.dir, input.path);
    // The acting person comes from the verified gateway identity once authentication is in place.
    return toModel(
      await this.imports.start(
        { path, format, fileName: input.path },
        { kind: 'user', id: 'unauthenticated' },
      ),
    );
  }

  @Query(() => ImportJobModel, { nullable: true, description: 'An import and its progress.' })
  async childImport(@Args('id', { type: () => ID }) id: string) {
    const job = await this.jobs.find(id);
    return job ? toModel(job) : null;
  }

  @ResolveField(() => [ImportRowErrorModel], { description: 'Lines of the error report, in row order.' })
  errors(
    @Parent() job: ImportJobModel,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('afterRow', { type: () => Int, defaultValue: 0 }) afterRow: number,
  ) {
    return this.jobs.errorsOf(job.id, Math.min(Math.max(first, 0), 1000), afterRow);
  }
}
