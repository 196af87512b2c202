import type { Type } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SchoolModel } from './school.model';

/**
 * The fields of a record of one child at one school (an enrolment, a dropout case): the child's id,
 * the school's id and the school itself, which `SchoolService.loadOf` reads for the record's
 * resolver. A mixin over `Base`, whose fields come first in the type, the record's own after.
 */
export function AtSchool<B extends Type<object>>(Base: B, childId: { description?: string } = {}) {
  @ObjectType({ isAbstract: true })
  class AtSchoolModel extends Base {
    @Field(() => ID, childId)
    childId: string;

    @Field(() => ID)
    schoolId: string;

    @Field(() => SchoolModel, { nullable: true })
    school?: SchoolModel | null;
  }
  return AtSchoolModel;
}
