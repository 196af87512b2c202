import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { actorOf, outOfRegion, Viewer } from '@qz/platform';
import type { Identity } from '@qz/identity';
import { regionCovers } from '@qz/identity';
import { ChildImportService, type ImportJob } from './child-import.service';
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
  // Jobs stored before the column notices existed have none.
  columnsNotRead: job.columnsNotRead ?? [],
});

@Resolver(() => ImportJobModel)
export class ImportResolver {
  constructor(
    private readonly imports: ChildImportService,
    @Inject(IMPORT_SETTINGS) private readonly settings: ImportSettings,
  ) {}

  @Mutation(() => ImportJobModel, {
    description:
      'Starts importing a county’s ledger file (CSV or XLSX) from the registry’s import directory; returns at once. ' +
      'Follow it with childImport(id).',
  })
  async importChildren(@Args('input') input: ImportChildrenInput, @Viewer() viewer: Identity) {
    const { path, format } = await resolveImportPath(this.settings.dir, input.path);
    // Rows of children outside the importing officer's region are refused, row by row.
    return toModel(
      await this.imports.start(
        { path, format, fileName: input.path, scope: viewer.regionCode },
        actorOf(viewer),
      ),
    );
  }

  @Query(() => ImportJobModel, { nullable: true, description: 'An import and its progress.' })
  async childImport(@Args('id', { type: () => ID }) id: string, @Viewer() viewer: Identity) {
    const job = await this.imports.find(id);
    if (job?.regionCode && !regionCovers(viewer.regionCode, job.regionCode))
      throw outOfRegion(`Import ${id}`);
    return job ? toModel(job) : null;
  }

  @ResolveField(() => [ImportRowErrorModel], { description: 'Lines of the error report, in row order.' })
  errors(
    @Parent() job: ImportJobModel,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('afterRow', { type: () => Int, defaultValue: 0 }) afterRow: number,
  ) {
    return this.imports.errorsOf(job.id, Math.min(Math.max(first, 0), 1000), afterRow);
  }
}
