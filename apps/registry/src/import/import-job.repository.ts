import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ImportJobDocument, ImportRowErrorDocument } from './import-job.schema';
import type { ColumnNotice } from './ledger-columns';

export type ImportJob = Omit<ImportJobDocument, '_id'> & { id: string };
export type ImportRowError = Pick<ImportRowErrorDocument, 'row' | 'field' | 'code' | 'message'>;
export type ImportCounts = Pick<
  ImportJob,
  'rowsRead' | 'imported' | 'rejected' | 'duplicates' | 'peakRssMiB'
>;

const toJob = ({ _id, ...rest }: ImportJobDocument): ImportJob => ({ id: _id, ...rest });

/** Import jobs and their error reports. Only the process running a job writes it. */
@Injectable()
export class ImportJobRepository {
  constructor(
    @InjectModel(ImportJobDocument.name) private readonly jobs: Model<ImportJobDocument>,
    @InjectModel(ImportRowErrorDocument.name) private readonly errors: Model<ImportRowErrorDocument>,
  ) {}

  async create(job: ImportJobDocument): Promise<ImportJob> {
    await this.jobs.collection.insertOne(job as never);
    return toJob(job);
  }

  async find(id: string): Promise<ImportJob | null> {
    const doc = await this.jobs.collection.findOne({ _id: id } as never);
    return doc ? toJob(doc as unknown as ImportJobDocument) : null;
  }

  async progress(id: string, counts: ImportCounts): Promise<void> {
    await this.jobs.collection.updateOne({ _id: id } as never, { $set: counts });
  }

  /** The file's columns that are not read (from its header). */
  async noteColumnsNotRead(id: string, columnsNotRead: ColumnNotice[]): Promise<void> {
    await this.jobs.collection.updateOne({ _id: id } as never, { $set: { columnsNotRead } });
  }

  async finish(id: string, counts: ImportCounts, failure: string | null, at: Date): Promise<void> {
    await this.jobs.collection.updateOne({ _id: id } as never, {
      $set: { ...counts, status: failure ? 'FAILED' : 'COMPLETED', failure, finishedAt: at },
    });
  }

  async addErrors(jobId: string, errors: ImportRowError[], first: number): Promise<void> {
    if (!errors.length) return;
    await this.errors.collection.insertMany(
      errors.map((e, i) => ({
        _id: `${jobId}:${String(e.row).padStart(9, '0')}:${first + i}`,
        jobId,
        ...e,
      })) as never[],
      { ordered: true },
    );
  }

  /** The report's lines in row order, `limit` at most, after row `afterRow`. */
  async errorsOf(jobId: string, limit: number, afterRow = 0): Promise<ImportRowError[]> {
    const docs = await this.errors.collection
      .find({ jobId, row: { $gt: afterRow } } as never, { projection: { _id: 0, jobId: 0 } })
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    return docs as unknown as ImportRowError[];
  }

  /** Every line of the report, in row order, as a stream. */
  streamErrors(jobId: string): AsyncIterable<ImportRowError> {
    return this.errors.collection
      .find({ jobId } as never, { projection: { _id: 0, jobId: 0 } })
      .sort({ _id: 1 }) as unknown as AsyncIterable<ImportRowError>;
  }
}
