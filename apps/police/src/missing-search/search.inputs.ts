import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
} from 'class-validator';
import { SEARCH_OUTCOMES, type SearchOutcome } from './search.rules';

export const SearchOutcomeValue = Object.fromEntries(SEARCH_OUTCOMES.map((v) => [v, v])) as Record<
  SearchOutcome,
  SearchOutcome
>;
registerEnumType(SearchOutcomeValue, {
  name: 'SearchOutcome',
  description: 'How a missing child’s search ended.',
});

const CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
const codeMessage = { each: true, message: 'each area is a 6-, 9- or 12-digit division code' };

@InputType()
export class StartMissingChildSearchInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field({ nullable: true, description: 'When the search started; now if not given.' })
  @IsOptional()
  @IsDate()
  startedAt?: Date;
  @Field() @IsDate() lastSeenAt: Date;
  @Field() @IsNotEmpty() @MaxLength(200) lastSeenPlace: string;
  @Field({ description: 'Age, looks, clothes: what the areas and units look for.' })
  @IsNotEmpty()
  @MaxLength(1000)
  description: string;
  @Field(() => [String], { description: 'Division codes of the areas told.' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(CODE, codeMessage)
  areas: string[];
  @Field(() => [String], { description: 'Units told: police stations, transport hubs, rescue stations.' })
  @IsArray()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  units: string[];
}

@InputType()
export class ReviewMissingChildSearchInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() at?: Date;
  @Field(() => [String], { nullable: true, description: 'Further areas told (division codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(CODE, codeMessage)
  areas?: string[];
  @Field(() => [String], { nullable: true, description: 'Further units told.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  units?: string[];
  @Field({ description: 'What was done since the last review.' }) @IsNotEmpty() @MaxLength(2000) note: string;
}

@InputType()
export class EndMissingChildSearchInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => SearchOutcomeValue) @IsIn(SEARCH_OUTCOMES) outcome: SearchOutcome;
  @Field({ nullable: true, description: 'When the child was found; now if not given.' })
  @IsOptional()
  @IsDate()
  foundAt?: Date;
  @Field() @IsNotEmpty() @MaxLength(200) foundPlace: string;
  @Field() @IsNotEmpty() @MaxLength(2000) notes: string;
}
