import { regionCovers } from '@qz/identity';
import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Actor } from '@qz/contracts';
import { DomainError, isDomainError, type Clock } from '@qz/kernel';
import { CLOCK, inputValidationPipe } from '@qz/platform';
import type { Model } from 'mongoose';
import { PinoLogger } from 'nestjs-pino';
import { v7 as uuidv7 } from 'uuid';
import { ChildDocument } from '../children/child.schema';
import { RegisterChildInput } from '../children/register-child.input';
import { RegisterChildService } from '../children/register-child.service';
import type { RegionNode } from '../regions/region-tree';
import { RegionRepository } from '../regions/region.repository';
import {
  ImportJobRepository,
  type ImportCounts,
  type ImportJob,
  type ImportRowError,
} from './import-job.repository';
import { ImportedChildWriter, type PreparedChild } from './import-outbox';
import {
  COLUMN_OF_FIELD,
  IDENTITY_COLUMNS,
  columnsNotRead,
  missingColumns,
  parseRow,
  type LedgerRow,
} from './ledger-columns';
import { readLedger, type LedgerFormat } from './ledger-reader';
import { OUTSIDE_SCOPE, SeenChildren } from './duplicates';

/** Children written per insert (and events per outbox document of the batch). */
export const IMPORT_BATCH_SIZE = 1000;

export interface ImportSource {
  path: string;
  format: LedgerFormat;
  /** As the person named it (kept on the job). */
  fileName: string;
  /** The importing person's region: rows of children outside it are refused (OUT_OF_REGION). */
  scope?: string;
}

/** A row naming a region outside the importing person's own. */
const outsideScope = (code: string) =>
  new DomainError('OUT_OF_REGION', `regionCode ${code} lies outside the region you work in`, 'forbidden', {
    field: 'input.regionCode',
  });

const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** A registration error's field (`input.birthDate`) as the file's column, also in its message. */
function asRowError(row: number, error: DomainError): ImportRowError {
  const field = String(error.details.field ?? '').replace(/^input\./, '');
  return {
    row,
    field: COLUMN_OF_FIELD[field] ?? field,
    code: error.code,
    message: error.message.replace(/input\.(\w+)/g, (m, f: string) => COLUMN_OF_FIELD[f] ?? m),
  };
}

/**
 * Imports a county's ledger file: every row gets the checks of registerChild (the registration
 * service itself), duplicates of the ledger or of earlier rows are refused, valid rows are written
 * a batch at a time, and every refused row goes to the job's error report. The file is read as a
 * stream; memory grows only with the keys used to find duplicates (about 200 bytes a child).
 */
export type { ImportJob };

@Injectable()
export class ChildImportService implements BeforeApplicationShutdown {
  private current: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly registration: RegisterChildService,
    private readonly regions: RegionRepository,
    private readonly jobs: ImportJobRepository,
    private readonly writer: ImportedChildWriter,
    @InjectModel(ChildDocument.name) private readonly children: Model<ChildDocument>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('child-import');
  }

  /** Starts an import in the background and returns its job at once; one import at a time. */
  async start(source: ImportSource, actor: Actor): Promise<ImportJob> {
    const job = await this.begin(source, actor);
    this.current = this.run(job.id, source, actor).finally(() => (this.current = null));
    return job;
  }

  /** Runs an import to its end (the command line); `onProgress` after every batch. */
  async runToEnd(
    source: ImportSource,
    actor: Actor,
    onProgress?: (c: ImportCounts) => void,
  ): Promise<ImportJob> {
    const job = await this.begin(source, actor);
    this.current = this.run(job.id, source, actor, onProgress).finally(() => (this.current = null));
    await this.current;
    return (await this.jobs.find(job.id)) as ImportJob;
  }

  /** The process is stopping: the running import ends after its current batch, as FAILED. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.current;
  }

  /** Resolves when the running import (if any) has ended. */
  async idle(): Promise<void> {
    await this.current;
  }

  private async begin(source: ImportSource, actor: Actor): Promise<ImportJob> {
    if (this.current) {
      throw new DomainError(
        'IMPORT_ALREADY_RUNNING',
        'another import is running in this registry; start this one when it has finished',
        'conflict',
        { field: 'input.path' },
      );
    }
    return this.jobs.create({
      _id: uuidv7(),
      fileName: source.fileName,
      format: source.format,
      status: 'RUNNING',
      startedBy: actor.id,
      regionCode: source.scope ?? null,
      startedAt: this.clock.now(),
      finishedAt: null,
      rowsRead: 0,
      imported: 0,
      rejected: 0,
      duplicates: 0,
      failure: null,
      peakRssMiB: peakRssMiB(),
      columnsNotRead: [],
    });
  }

  private async run(
    jobId: string,
    source: ImportSource,
    actor: Actor,
    onProgress?: (c: ImportCounts) => void,
  ) {
    const started = Date.now();
    const counts: ImportCounts = { rowsRead: 0, imported: 0, rejected: 0, duplicates: 0, peakRssMiB: 0 };
    let errorsWritten = 0;
    let pendingErrors: ImportRowError[] = [];
    let batch: PreparedChild[] = [];
    let batchNo = 0;
    let batchStarted = Date.now();
    const reject = (e: ImportRowError) => {
      counts.rejected += 1;
      if (e.code.startsWith('DUPLICATE_')) counts.duplicates += 1;
      pendingErrors.push(e);
    };
    let flushing = false;
    const flush = async () => {
      flushing = true;
      const t0 = Date.now();
      const { duplicateRows } = await this.writer.write(`${jobId}:${++batchNo}`, batch);
      const t1 = Date.now();
      counts.imported += batch.length - duplicateRows.length;
      for (const row of duplicateRows) {
        reject({
          row,
          field: IDENTITY_COLUMNS.residentIdNumber,
          code: 'DUPLICATE_RESIDENT_ID',
          message: `a child with this ${IDENTITY_COLUMNS.residentIdNumber} was registered while the file was imported`,
        });
      }
      batch = [];
      const errors = pendingErrors.sort((a, b) => a.row - b.row);
      pendingErrors = [];
      await this.jobs.addErrors(jobId, errors, errorsWritten);
      errorsWritten += errors.length;
      counts.peakRssMiB = peakRssMiB();
      await this.jobs.progress(jobId, counts);
      this.logger.debug(
        { jobId, batchNo, prepareMs: t0 - batchStarted, ...this.writer.timings, reportMs: Date.now() - t1 },
        'import batch written',
      );
      batchStarted = Date.now();
      onProgress?.({ ...counts });
      flushing = false;
    };

    let failure: string | null = null;
    try {
      const seen = await this.ledger(source.scope);
      const regionLookups = new Map<string, Promise<RegionNode | null>>();
      const findRegion = (code: string) => {
        let known = regionLookups.get(code);
        if (!known) regionLookups.set(code, (known = this.regions.findByCode(code)));
        if (source.scope && !regionCovers(source.scope, code)) return Promise.reject(outsideScope(code));
        return known;
      };
      const reason = `批量导入 ${source.fileName}`.slice(0, 500);
      for await (const line of readLedger(source.path, source.format)) {
        if (line.headers) {
          const missing = missingColumns(line.headers);
          if (missing.length) {
            throw new DomainError('IMPORT_MISSING_COLUMN', `the file has no column ${missing.join(', ')}`);
          }
          const notRead = columnsNotRead(line.headers);
          if (notRead.length) await this.jobs.noteColumnsNotRead(jobId, notRead);
          continue;
        }
        if (this.stopping) {
          throw new DomainError(
            'IMPORT_INTERRUPTED',
            `the registry stopped after row ${line.row - 1}; import the file again`,
          );
        }
        counts.rowsRead += 1;
        const result = await this.prepareRow(line, actor, findRegion, reason);
        if ('errors' in result) {
          result.errors.forEach(reject);
        } else {
          const duplicate = seen.duplicateOf(line.row, result.prepared.child);
          if (duplicate) reject(duplicate);
          else {
            seen.add(line.row, result.prepared.child);
            batch.push(result.prepared);
          }
        }
        if (batch.length >= IMPORT_BATCH_SIZE || pendingErrors.length >= IMPORT_BATCH_SIZE) await flush();
      }
      await flush();
    } catch (error) {
      failure = isDomainError(error)
        ? error.message
        : `the file could not be read: ${(error as Error).message}`;
      this.logger.warn({ jobId, err: error }, 'import failed');
      // Rows read before a file error are valid and written; a failed write is not tried again.
      if (!flushing) await flush().catch(() => undefined);
    }
    await this.writer.removePublished().catch(() => undefined);
    counts.peakRssMiB = peakRssMiB();
    await this.jobs.finish(jobId, counts, failure, this.clock.now());
    this.logger.info(
      {
        jobId,
        file: source.fileName,
        ...counts,
        failure,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      'import finished',
    );
  }

  /** The registration checks of one row, and the child they give. */
  private async prepareRow(
    line: LedgerRow,
    actor: Actor,
    findRegion: (code: string) => Promise<RegionNode | null>,
    reason: string,
  ): Promise<{ prepared: PreparedChild } | { errors: ImportRowError[] }> {
    const parsed = parseRow(line.cells);
    if ('problems' in parsed) {
      return {
        errors: parsed.problems.map(({ field: _f, column, ...p }) => ({
          row: line.row,
          field: column,
          ...p,
        })),
      };
    }
    try {
      const input = (await inputValidationPipe.transform(parsed.parsed.input, {
        type: 'body',
        metatype: RegisterChildInput,
        data: 'input',
      })) as RegisterChildInput;
      const circumstances = parsed.parsed.circumstances
        ? { changes: parsed.parsed.circumstances, reason: `${reason} 第${line.row}行` }
        : undefined;
      const { child, events } = await this.registration.prepare(input, actor, {
        findRegion,
        circumstances,
      });
      return { prepared: { row: line.row, child, events } };
    } catch (error) {
      if (isDomainError(error)) return { errors: [asRowError(line.row, error)] };
      throw error;
    }
  }

  /** The ledger's ID numbers and people, read once (a streamed scan); those outside `scope` marked. */
  private async ledger(scope: string | undefined): Promise<SeenChildren> {
    const seen = new SeenChildren();
    const cursor = this.children.collection.find(
      {},
      {
        projection: { _id: 0, residentIdNumber: 1, familyName: 1, givenName: 1, birthDate: 1, regionCode: 1 },
      },
    );
    for await (const c of cursor)
      seen.add(!scope || regionCovers(scope, String(c['regionCode'])) ? 0 : OUTSIDE_SCOPE, c as never);
    return seen;
  }

  /** An import job and its progress. */
  find(id: string) {
    return this.jobs.find(id);
  }

  /** Lines of a job's error report, in row order, after `afterRow`. */
  errorsOf(jobId: string, first: number, afterRow: number) {
    return this.jobs.errorsOf(jobId, first, afterRow);
  }
}
