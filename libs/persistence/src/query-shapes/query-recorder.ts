import { appendFileSync, readFileSync } from 'node:fs';
import type { Connection } from 'mongoose';
import { describeShape, shapesOfCommand, type QueryShape } from './query-shape';

/**
 * Test-only: names a file to which a service appends the shape of every query it sends to its
 * database (one JSON line per distinct shape). Unset in production, where nothing is monitored.
 */
export const QUERY_SHAPES_FILE_SETTING = 'QUERY_SHAPES_FILE';

export interface RecordedShape extends QueryShape {
  database: string;
}

interface CommandStarted {
  commandName: string;
  databaseName: string;
  command: Record<string, any>;
}

interface MonitoredClient {
  on(event: 'commandStarted', listener: (e: CommandStarted) => void): unknown;
}

/**
 * Why a recorder rather than a list of the repositories' queries: the shapes are taken from the
 * commands the driver actually sends (MongoDB command monitoring), so a query added anywhere — a
 * repository, a library's raw collection call, a batch loader — is seen without anyone
 * remembering to list it, and a list cannot drift from the code.
 *
 * Needs the client created with `monitorCommands: true` (PersistenceModule does that when the
 * setting is present). Each distinct shape is written once per process.
 */
export function recordQueryShapes(client: MonitoredClient, file: string): void {
  const seen = new Set<string>();
  client.on('commandStarted', (event) => {
    let shapes: QueryShape[];
    try {
      shapes = shapesOfCommand(event.commandName, event.command);
    } catch {
      return; // a command this reader does not understand is not a query shape
    }
    for (const shape of shapes) {
      const line = JSON.stringify({ database: event.databaseName, ...shape } satisfies RecordedShape);
      const key = `${event.databaseName} ${describeShape(shape)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      appendFileSync(file, `${line}\n`);
    }
  });
}

/** For MongooseModule's `onConnectionCreate`: records when a file is named, else does nothing. */
export function queryRecorderFor(file: string | undefined) {
  return (connection: Connection) => {
    if (!file) return;
    const client = connection.getClient() as unknown as MonitoredClient | undefined;
    if (client) recordQueryShapes(client, file);
  };
}

/** The shapes a recording holds (a missing file: none recorded yet). */
export function readRecordedShapes(file: string): RecordedShape[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedShape);
}
