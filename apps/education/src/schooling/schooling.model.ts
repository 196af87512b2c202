import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NoticeMethodValue, OutOfSchoolReasonValue, PlacementTypeValue } from './schooling.inputs';
import type { NoticeMethod, OutOfSchoolReason, PlacementType } from './schooling.rules';

@ObjectType({ description: 'The parents were told of their duty to enrol the child (四(二)6).' })
export class EnrolmentDutyNoticeModel {
  @Field() notifiedOn: string;
  @Field() notifiedPerson: string;
  @Field(() => NoticeMethodValue) method: NoticeMethod;
  @Field() by: string;
  @Field() notes: string;
}

@ObjectType({ description: 'How the bureau placed a disabled child of school age (四(三)3).' })
export class DisabledChildPlacementModel {
  @Field(() => PlacementTypeValue) type: PlacementType;
  @Field() decidedOn: string;
  @Field() decidedBy: string;
  @Field() reason: string;
}

@ObjectType({ description: 'A teacher’s visit to a child taught at home (送教上门).' })
export class HomeTeachingVisitModel {
  @Field() visitedOn: string;
  @Field() teacher: string;
  @Field(() => Int) minutes: number;
  @Field() content: string;
}

@ObjectType({
  description:
    'A school-age child’s schooling outside a school roll: duty notices, placement, home teaching.',
})
export class SchoolingRecordModel {
  @Field(() => ID) childId: string;
  @Field() regionCode: string;
  @Field(() => [EnrolmentDutyNoticeModel]) dutyNotices: EnrolmentDutyNoticeModel[];
  @Field(() => DisabledChildPlacementModel, { nullable: true }) placement: DisabledChildPlacementModel | null;
  @Field(() => [DisabledChildPlacementModel]) placementHistory: DisabledChildPlacementModel[];
  @Field(() => [HomeTeachingVisitModel]) homeVisits: HomeTeachingVisitModel[];
}

@ObjectType({ description: 'A child of compulsory-education age out of school (四(二)6).' })
export class OutOfSchoolChildModel {
  @Field(() => ID) childId: string;
  @Field() familyName: string;
  @Field() givenName: string;
  @Field() birthDate: string;
  @Field({ description: 'Where the child lives (village code).' }) regionCode: string;
  @Field(() => OutOfSchoolReasonValue)
  reason: OutOfSchoolReason;
  @Field(() => ID, { nullable: true }) dropoutCaseId: string | null;
  @Field(() => [EnrolmentDutyNoticeModel]) dutyNotices: EnrolmentDutyNoticeModel[];
}

@ObjectType()
export class OutOfSchoolChildrenPage {
  @Field(() => [OutOfSchoolChildModel]) items: OutOfSchoolChildModel[];
  @Field({ description: 'More children of the region remain to be looked at (a page may be short).' })
  hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor to pass as `after` for the next page.' })
  endCursor: string | null;
}
