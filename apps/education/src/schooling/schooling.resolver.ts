import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { Viewer } from '@qz/platform';
import {
  RecordDutyNoticeInput,
  RecordHomeTeachingVisitInput,
  RecordPlacementInput,
} from './schooling.inputs';
import { OutOfSchoolChildrenPage, SchoolingRecordModel } from './schooling.model';
import { SchoolingService } from './schooling.service';

@Resolver()
export class SchoolingResolver {
  constructor(private readonly schooling: SchoolingService) {}

  @Query(() => OutOfSchoolChildrenPage, {
    description:
      'Children of compulsory-education age (6–15) living in a region (the asker’s if none) who are out of school: never enrolled (and not taught at home or at a distance), or with an open dropout case (四(二)6); in id order, 1–200 a page.',
  })
  async outOfSchoolChildren(
    @Viewer() viewer: Identity,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<OutOfSchoolChildrenPage> {
    const page = await this.schooling.outOfSchool(regionCode ?? viewer.regionCode, first, after);
    return {
      items: page.entries.map((e) => ({
        childId: e.child.id,
        familyName: e.child.familyName,
        givenName: e.child.givenName,
        birthDate: e.child.birthDate,
        regionCode: e.child.regionCode,
        reason: e.reason,
        dropoutCaseId: e.dropoutCaseId,
        dutyNotices: e.dutyNotices as never,
      })),
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor,
    };
  }

  @Query(() => SchoolingRecordModel, {
    description: 'A child’s duty-to-enrol notices, placement (if disabled) and home-teaching visits.',
  })
  schoolingRecord(@Args('childId', { type: () => ID }) childId: string) {
    return this.schooling.record(childId);
  }

  @Mutation(() => SchoolingRecordModel, {
    description:
      '四(二)6: the parents of a school-age child out of school were told of their duty to enrol it.',
  })
  recordEnrolmentDutyNotice(@Args('input') input: RecordDutyNoticeInput, @Viewer() viewer: Identity) {
    return this.schooling.recordDutyNotice(input, viewer);
  }

  @Mutation(() => SchoolingRecordModel, {
    description:
      '四(三)3: the bureau places a disabled child of school age: ordinary school, special school, teaching at home (送教上门) or distance education.',
  })
  recordDisabledChildPlacement(@Args('input') input: RecordPlacementInput, @Viewer() viewer: Identity) {
    return this.schooling.recordPlacement(input, viewer);
  }

  @Mutation(() => SchoolingRecordModel, {
    description: '四(三)3: a teacher’s visit to a child taught at home (送教上门).',
  })
  recordHomeTeachingVisit(@Args('input') input: RecordHomeTeachingVisitInput, @Viewer() viewer: Identity) {
    return this.schooling.recordHomeVisit(input, viewer);
  }
}
