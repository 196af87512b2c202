import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { SexValue } from './child.model';

/** Name, sex and household village, the same for a child with an ID number and one without. */
@InputType({ isAbstract: true })
abstract class NewChildInput {
  @Field({ description: 'For a child without papers: the name given by the welfare institution.' })
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

  @Field({ description: 'The village or community of the child’s household (12-digit division code).' })
  @MaxLength(12)
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6-, 9- or 12-digit division code' })
  regionCode: string;
}

@InputType()
export class RegisterChildInput extends NewChildInput {
  @Field({ description: 'YYYY-MM-DD' })
  @MaxLength(10)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be written YYYY-MM-DD' })
  birthDate: string;

  @Field({ description: '18-character resident ID number (GB 11643)' })
  @IsNotEmpty()
  @MaxLength(18)
  residentIdNumber: string;
}

@InputType({ description: 'A child without an identity number yet (abandoned infant, rescued child).' })
export class RegisterProvisionalChildInput extends NewChildInput {
  @Field({ description: 'YYYY-MM-DD, as estimated (e.g. by a doctor).' })
  @MaxLength(10)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'estimatedBirthDate must be written YYYY-MM-DD' })
  estimatedBirthDate: string;

  @Field({ description: 'How and where the child was found or came into care.' })
  @IsNotEmpty()
  @MaxLength(500)
  description: string;
}
