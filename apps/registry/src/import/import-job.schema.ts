import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ColumnNotice } from './ledger-columns';

export type ImportStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';

/** One import of a ledger file: what it read and did so far (updated after every batch). */
@Schema({ collection: 'child_imports', versionKey: false })
export class ImportJobDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  fileName: string;

  @Prop({ type: String, required: true })
  format: 'CSV' | 'XLSX';

  @Prop({ type: String, required: true })
  status: ImportStatus;

  @Prop({ required: true })
  startedBy: string;

  /** The region of the person who started it: only their subtree's rows are imported, and only they and those above see the job. */
  @Prop({ type: String, default: null })
  regionCode?: string | null;

  @Prop({ required: true })
  startedAt: Date;

  @Prop({ type: Date, default: null })
  finishedAt: Date | null;

  /** Data rows read (the header and blank rows not counted). */
  @Prop({ required: true, default: 0 })
  rowsRead: number;

  @Prop({ required: true, default: 0 })
  imported: number;

  /** Rows refused: invalid, or the same child as one in the ledger or earlier in the file. */
  @Prop({ required: true, default: 0 })
  rejected: number;

  @Prop({ required: true, default: 0 })
  duplicates: number;

  /** Why the whole import stopped (a missing column, an unreadable file). */
  @Prop({ type: String, default: null })
  failure: string | null;

  /** The importing process's peak resident memory so far, in MiB. */
  @Prop({ required: true, default: 0 })
  peakRssMiB: number;

  /** The file's columns the import does not read, each with why (told once the header is read). */
  @Prop({ type: [Object], default: [] })
  columnsNotRead: ColumnNotice[];
}
export const ImportJobSchema = SchemaFactory.createForClass(ImportJobDocument);

/** One line of an import's error report. */
@Schema({ collection: 'child_import_errors', versionKey: false })
export class ImportRowErrorDocument {
  /** `<jobId>:<row, zero-padded>:<n>`: sorts by row. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  jobId: string;

  @Prop({ required: true })
  row: number;

  /** The column at fault, as the file names it (e.g. 公民身份号码). */
  @Prop({ required: true })
  field: string;

  @Prop({ required: true })
  code: string;

  @Prop({ required: true })
  message: string;
}
export const ImportRowErrorSchema = SchemaFactory.createForClass(ImportRowErrorDocument);
ImportRowErrorSchema.index({ jobId: 1 });
