import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { BaseRepository } from '@qz/persistence';
import type { Model } from 'mongoose';
import { SchoolErrors } from './school.errors';
import { SchoolDocument } from './school.schema';

@Injectable()
export class SchoolRepository extends BaseRepository<SchoolDocument> {
  constructor(@InjectModel(SchoolDocument.name) model: Model<SchoolDocument>) {
    super(model);
  }

  create(school: SchoolDocument) {
    return this.insertWithEvents(school, [], () => SchoolErrors.duplicate(school.name, school.regionCode));
  }

  inRegion(regionCode: string) {
    return this.findInRegion(regionCode);
  }
}
