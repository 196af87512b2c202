import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Visit, Visiting } from '../visits/visit.model';
import { Guardianship, LivingArrangement } from '../guardianship/guardianship.model';
import type { CarePlacementModel } from '../placement/placement.model';
import {
  CategoryOverrideModel,
  ChildCircumstances,
  ChildClassification,
  ClassificationChange,
} from '../classification/classification.model';

@ObjectType()
export class IdentityStep {
  @Field() at: Date;
  @Field({
    description: 'PROVISIONAL_RECORD, IDENTITY_CONFIRMED, MERGED_FROM, MERGED_INTO or RECORD_CHANGED',
  })
  event: string;
  @Field() details: string;
  @Field() by: string;
}

export enum SexValue {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(SexValue, { name: 'Sex' });

/** The child entity of the whole graph; other departments' subgraphs add their own fields to it. */
@ObjectType('Child')
@Directive('@key(fields: "id")')
export class ChildModel {
  @Field(() => ID)
  id: string;

  @Field()
  familyName: string;

  @Field()
  givenName: string;

  @Field(() => SexValue)
  sex: SexValue;

  @Field({ description: 'YYYY-MM-DD' })
  birthDate: string;

  @Field({
    description:
      'The resident ID number with every character hidden (a region and birth date would rebuild it from any part of the last four).',
  })
  maskedResidentIdNumber: string;

  /** The full number, or null while provisional: exposed only by ChildResolver.residentIdNumber. */
  residentIdNumber: string | null;

  @Field({
    description: 'A record without a confirmed identity number yet (its ID number shows as PROVISIONAL).',
  })
  provisional: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When this provisional record was merged: the child’s real record.',
  })
  mergedIntoChildId: string | null;

  @Field(() => [String], { description: 'Provisional records merged into this one.' })
  mergedFromChildIds: string[];

  @Field(() => [IdentityStep], { description: 'How the identity was established, oldest first.' })
  identityHistory: IdentityStep[];

  @Field({ description: 'Division code of the region the child lives in.' })
  regionCode: string;

  @Field()
  registeredAt: Date;

  /** Categories, history and overrides: field resolvers (ChildClassificationResolver), by reader. */
  classification: ChildClassification | null;

  classificationHistory: ClassificationChange[];

  @Field(() => ChildCircumstances, { description: 'The recorded facts the categories come from.' })
  circumstances: ChildCircumstances;

  classificationOverrides: CategoryOverrideModel[];

  @Field(() => Guardianship, { description: 'Entrusted guardianship agreements (四(一)3).' })
  guardianship: Guardianship;

  @Field(() => [Visit], { description: 'Home visits, oldest first (四(一)4).' })
  visits: Visit[];

  @Field(() => Visiting, { nullable: true, description: 'Risk level and when the next visit is due.' })
  visiting: Visiting | null;

  @Field(() => LivingArrangement, {
    nullable: true,
    description: 'Whether the child lives alone, as last recorded.',
  })
  livingArrangement: LivingArrangement | null;

  /** Placements (四(一)2): field resolvers (PlacementResolver), for the roles the policy names. */
  placements: CarePlacementModel[];
}
