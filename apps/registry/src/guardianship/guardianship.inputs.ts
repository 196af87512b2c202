import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be written YYYY-MM-DD` });

@InputType()
export class AddEntrustmentAgreementInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field() @IsNotEmpty() @MaxLength(50) guardianName: string;
  @Field({ description: "The guardian's 18-character resident ID number." })
  @IsNotEmpty()
  @MaxLength(18)
  guardianResidentIdNumber: string;
  @Field({ description: 'e.g. 祖父, 祖母, 姑妈' }) @IsNotEmpty() @MaxLength(20) relationship: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'guardianPhone is a phone number' })
  guardianPhone?: string;
  @Field({ description: 'The village or residents’ committee that supervised the signing (四(一)3).' })
  @IsNotEmpty()
  @MaxLength(100)
  witnessedBy: string;
  @Field() @Matches(DATE, dateMessage('signedOn')) signedOn: string;
  @Field() @Matches(DATE, dateMessage('startDate')) startDate: string;
  @Field() @Matches(DATE, dateMessage('endDate')) endDate: string;
}

@InputType()
export class EndEntrustmentAgreementInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) agreementId: string;
  @Field({ description: 'The last day the agreement was in force.' })
  @Matches(DATE, dateMessage('endedOn'))
  endedOn: string;
  @Field() @IsNotEmpty() @MaxLength(500) reason: string;
}

@InputType()
export class RecordAgreementCheckInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) agreementId: string;
  @Field() @Matches(DATE, dateMessage('checkedOn')) checkedOn: string;
  @Field({ description: 'Whether the entrusted guardian was actually caring for the child.' })
  @IsBoolean()
  guardianPresent: boolean;
  @Field() @IsNotEmpty() @MaxLength(1000) notes: string;
}

@InputType()
export class RecordLivingArrangementInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field({ description: 'True: the child lives alone, out of any guardian’s care.' })
  @IsBoolean()
  livingAlone: boolean;
  @Field() @Matches(DATE, dateMessage('recordedOn')) recordedOn: string;
  @Field({ description: 'Who found it and how (a visit, the school, a neighbour).' })
  @IsNotEmpty()
  @MaxLength(500)
  source: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) address?: string;
}
