/** One ledger import through the registry's GraphQL import (the path a county's file takes). */
import { join } from 'node:path';
import { progress } from './cli';
import { writeLedger } from './ledger-file';
import { gql } from './system';

const START = `mutation ($input: ImportChildrenInput!) { importChildren(input: $input) { id } }`;
const JOB = `query ($id: ID!) { childImport(id: $id) {
  status rowsRead imported rejected duplicates failure peakRssMiB startedAt finishedAt errors(first: 3) { row code } } }`;

export interface ImportOutcome {
  rows: number;
  imported: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMiB: number;
  errorSamples: { row: number; code: string }[];
  /** Progress reads the gateway gave up on while the import ran (the registry too busy to answer). */
  progressUnanswered: number;
}

/**
 * Writes children [from, from + rows) into `importDir` (the registry's IMPORT_DIR), starts the
 * import at `url` and follows it to its end (bounded by `timeoutS`).
 */
export async function importChildren(
  url: string,
  headers: Record<string, string>,
  importDir: string,
  from: number,
  rows: number,
  timeoutS: number,
): Promise<ImportOutcome> {
  const file = `ledger-${from}-${rows}.csv`;
  await writeLedger(join(importDir, file), from, rows);
  const t = performance.now();
  const { importChildren: started } = await gql(url, headers, START, { input: { path: file } });
  let job: any = { status: 'PENDING', rowsRead: 0, imported: 0 };
  let unanswered = 0;
  for (;;) {
    // A progress read the gateway gives up on (the registry busy importing) is not the import
    // failing: count it and ask again, within the same bound.
    try {
      job = (await gql(url, headers, JOB, { id: started.id })).childImport;
    } catch (error) {
      if (!String(error).includes('SUBGRAPH_UNAVAILABLE')) throw error;
      unanswered += 1;
      progress(`import: progress not answered (${unanswered} so far); asking again`);
    }
    if (job.status !== 'RUNNING' && job.status !== 'PENDING' && job.status !== 'QUEUED') break;
    if (performance.now() - t > timeoutS * 1000)
      throw new Error(`import ${started.id} still ${job.status} after ${timeoutS} s`);
    progress(`import: ${job.rowsRead} rows read, ${job.imported} imported`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  const seconds = (performance.now() - t) / 1000;
  if (job.status !== 'COMPLETED')
    throw new Error(`import ${started.id} ended ${job.status}: ${job.failure ?? ''}`);
  return {
    rows,
    imported: job.imported,
    rejected: job.rejected,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(job.imported / seconds),
    peakRssMiB: job.peakRssMiB,
    errorSamples: job.errors,
    progressUnanswered: unanswered,
  };
}
