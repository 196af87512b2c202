import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

export enum ImportStatusValue {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatusValue, { name: 'ChildImportStatus' });

@ObjectType('ChildImportRowError', { description: 'One line of an import’s error report.' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Row number as Excel shows it (the header is row 1).' })
  row: number;

  @Field({ description: 'The column at fault, as the file names it (e.g. 公民身份号码).' })
  field: string;

  @Field({
    description: 'Machine code, e.g. RESIDENT_ID_CHECK_DIGIT, UNKNOWN_REGION, DUPLICATE_RESIDENT_ID.',
  })
  code: string;

  @Field()
  message: string;
}

@ObjectType('ChildImportColumnNotice', { description: 'A column of the file that the import does not read.' })
export class ImportColumnNoticeModel {
  @Field({ description: 'The column as the file names it.' })
  column: string;

  @Field({ description: 'COLUMN_RECORDED_BY_DPF (disability: the DPF records it) or COLUMN_NOT_READ.' })
  code: string;

  @Field()
  message: string;
}

@ObjectType('ChildImport', { description: 'An import of a county’s ledger file and its progress.' })
export class ImportJobModel {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  format: string;

  @Field(() => ImportStatusValue)
  status: ImportStatusValue;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Data rows read so far.' })
  rowsRead: number;

  @Field(() => Int)
  imported: number;

  @Field(() => Int, { description: 'Rows refused (each has a line in the error report).' })
  rejected: number;

  @Field(() => Int, {
    description: 'Of the refused rows, those that repeat a child of the ledger or of the file.',
  })
  duplicates: number;

  @Field(() => String, { nullable: true, description: 'Why the import stopped before the end of the file.' })
  failure: string | null;

  @Field(() => Int, { description: 'Peak resident memory of the importing process, MiB.' })
  peakRssMiB: number;

  @Field(() => [ImportColumnNoticeModel], {
    description: 'The file’s columns the import does not read, each with why (nothing they say is recorded).',
  })
  columnsNotRead: ImportColumnNoticeModel[];

  @Field({ description: 'Path on the registry service of the error report as CSV (UTF-8, opens in Excel).' })
  errorReportPath: string;
}

@InputType()
export class ImportChildrenInput {
  @Field({ description: 'A .csv or .xlsx file, relative to the registry’s import directory.' })
  @IsNotEmpty()
  @MaxLength(1000)
  path: string;
}
