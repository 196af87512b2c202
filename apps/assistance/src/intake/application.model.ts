import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { APPLICATION_DEPARTMENTS, APPLICATION_PART_KINDS } from '@qz/contracts';
import { WithDecision } from '../shared/decided.model';
import { asEnum } from '../shared/graphql-enums';

export const DepartmentValue = asEnum(APPLICATION_DEPARTMENTS);
registerEnumType(DepartmentValue, { name: 'ApplicationDepartment' });
export const PartKindValue = asEnum(APPLICATION_PART_KINDS);
registerEnumType(PartKindValue, { name: 'ApplicationPartKind' });
export const ApplicationStatusValue = asEnum([
  'RECEIVED',
  'RETURNED',
  'REVIEWED',
  'APPROVED',
  'REJECTED',
] as const);
registerEnumType(ApplicationStatusValue, { name: 'ApplicationStatus' });
export const PartStatusValue = asEnum(['WAITING', 'ROUTED', 'APPROVED', 'REJECTED'] as const);
registerEnumType(PartStatusValue, { name: 'ApplicationPartStatus' });
export const StepValue = asEnum(['TOWNSHIP_REVIEW', 'COUNTY_APPROVAL'] as const);
registerEnumType(StepValue, { name: 'IntakeStep' });

@ObjectType('IntakeStepRecord')
export class StepRecordModel {
  @Field({ description: 'Deadline (working days from the previous step).' })
  dueOn: string;

  @Field(() => String, { nullable: true })
  doneOn: string | null;

  @Field(() => String, { nullable: true })
  by: string | null;

  @Field(() => String, { nullable: true, description: 'PASSED / RETURNED, APPROVED / REJECTED' })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

/** A part's request and its status; who decided it and when follow. */
@ObjectType({ isAbstract: true })
class PartRequestModel {
  @Field()
  partId: string;

  @Field(() => PartKindValue)
  kind: string;

  @Field(() => DepartmentValue)
  department: string;

  @Field()
  request: string;

  @Field(() => PartStatusValue)
  status: string;
}

/**
 * An entity: the service that decides a HEALTH, DPF or EDUCATION part adds where the part stands in
 * its own records (`healthProgress`, `educationProgress`: the window's live status).
 */
@ObjectType('ApplicationPart')
@Directive('@key(fields: "id", resolvable: false)')
export class ApplicationPartModel extends WithDecision(PartRequestModel) {
  @Field(() => ID, { description: '<applicationId>:<partId>, the part’s id in the deciding service too.' })
  id: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The benefit granted when an assistance part was approved.',
  })
  benefitId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'What the deciding department granted, in fen, computed by its own rules and charged to its budget (health: medical and rehabilitation assistance, the premium subsidy of the year).',
  })
  amountFen?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The deciding department’s own record of an approved part: a health application (HealthApplication.id), a premium-subsidy decision, an education aid proposal (EducationAidProposal.id).',
  })
  departmentRecordId?: string | null;
}

@ObjectType('OverdueIntakeStep')
export class OverdueModel {
  @Field(() => StepValue)
  step: string;

  @Field()
  dueOn: string;

  @Field(() => Int)
  workingDaysLate: number;
}

@ObjectType('ApplicationChange')
export class ApplicationChangeModel {
  @Field()
  at: Date;

  @Field()
  action: string;

  @Field()
  by: string;

  @Field()
  note: string;
}

@ObjectType('Application', { description: '一门受理: one application, every part’s status in one place.' })
export class ApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field()
  regionCode: string;

  @Field()
  townshipCode: string;

  @Field()
  receivedAt: Date;

  @Field()
  receivedOn: string;

  @Field()
  applicantName: string;

  @Field()
  applicantRelation: string;

  @Field(() => ApplicationStatusValue)
  status: string;

  @Field(() => StepRecordModel)
  review: StepRecordModel;

  @Field(() => StepRecordModel, { nullable: true })
  approval: StepRecordModel | null;

  /** Resolved by ApplicationResolver.parts: each department sees only its own parts. */
  parts: ApplicationPartModel[];

  @Field(() => [ApplicationChangeModel])
  history: ApplicationChangeModel[];
}
