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

@InputType({ description: 'A child without an identity number yet (abandoned infant, rescued child).' })
export class RegisterProvisionalChildInput {
  @Field({ description: 'The name the child is known by (e.g. given by the welfare institution).' })
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

  @Field({ description: 'YYYY-MM-DD, as estimated (e.g. by a doctor).' })
  @MaxLength(10)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'estimatedBirthDate must be written YYYY-MM-DD' })
  estimatedBirthDate: string;

  @Field({ description: 'Village or community where the child is (12 digits).' })
  @MaxLength(12)
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6-, 9- or 12-digit division code' })
  regionCode: string;

  @Field({ description: 'How and where the child was found or came into care.' })
  @IsNotEmpty()
  @MaxLength(500)
  description: string;
}
