import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { officialRegionTree, regionAncestry, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK, Viewer } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { requireInRegion } from '../access/region-check';
import { CreateSchoolInput } from './create-school.input';
import { SchoolModel } from './school.model';
import { SchoolService } from './school.service';

@Resolver(() => SchoolModel)
export class SchoolResolver {
  constructor(
    private readonly directory: SchoolService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => SchoolModel, { description: 'Adds a school; one school of a name per region.' })
  createSchool(@Args('input') input: CreateSchoolInput, @Viewer() viewer: Identity) {
    const name = input.name.trim();
    officialRegionTree().requireKnownArea(input.regionCode, 'input.regionCode');
    return this.directory.create({
      _id: uuidv7(),
      name,
      regionCode: input.regionCode,
      regionPath: regionAncestry(input.regionCode),
      level: input.level,
      nameKey: `${input.regionCode}:${name}`,
      createdAt: this.clock.now(),
      createdBy: viewer.userId,
    });
  }

  @Query(() => SchoolModel, { nullable: true })
  async school(@Args('id', { type: () => ID }) id: string, @Viewer() viewer: Identity) {
    const school = await this.directory.findById(id);
    requireInRegion(viewer, school?.regionCode, `School ${id}`);
    return school;
  }

  @Query(() => [SchoolModel], { description: 'The schools of a region and of every region below it.' })
  schools(@Args('regionCode') regionCode: string) {
    return this.directory.inRegion(regionCode);
  }
}
