import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { SexValue } from './child.model';

@InputType()
export class RegisterChildInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(50)
  familyName: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(50)
  givenName: string;

  @Field(() => SexValue)
  @IsEnum(SexValue)
  sex: SexValue;

  @Field({ description: 'YYYY-MM-DD' })
  @MaxLength(10)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be written YYYY-MM-DD' })
  birthDate: string;

  @Field({ description: '18-character resident ID number (GB 11643)' })
  @IsNotEmpty()
  @MaxLength(18)
  residentIdNumber: string;

  @Field({ description: 'Division code of the region the child lives in' })
  @MaxLength(12)
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6-, 9- or 12-digit division code' })
  regionCode: string;
}
