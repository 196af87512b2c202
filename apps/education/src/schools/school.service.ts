import { Injectable } from '@nestjs/common';
import type { GraphQLRequestContext } from '@qz/platform';
import type { SchoolDocument } from './school.schema';
import { SchoolRepository } from './school.repository';

/** Schools: what the graph reads and adds. */
@Injectable()
export class SchoolService {
  constructor(private readonly schools: SchoolRepository) {}

  create(school: SchoolDocument) {
    return this.schools.create(school);
  }

  findById(id: string) {
    return this.schools.findById(id);
  }

  /** Many schools in one store query (the graph's DataLoader batch). */
  findByIds(ids: readonly string[]) {
    return this.schools.findByIds(ids);
  }

  /** The school of a record on the graph, read with the request's others in one batch. */
  loadOf(record: { schoolId: string }, ctx: GraphQLRequestContext) {
    return ctx.loaders.get('education.school', (ids) => this.findByIds(ids)).load(record.schoolId);
  }

  /** The schools of a region and of every region below it. */
  inRegion(regionCode: string) {
    return this.schools.inRegion(regionCode);
  }
}
