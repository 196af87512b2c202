import { AsyncLocalStorage } from 'node:async_hooks';
import type { Connection } from 'mongoose';

/**
 * Store commands counted for one unit of work (a GraphQL request): every command the driver
 * starts while the unit runs, and the documents its writes carry. Off unless the setting
 * `STORE_COMMAND_LOG` names a file (tests that prove a read costs the same number of commands
 * whatever its page size); production never sets it.
 */
export interface StoreCommandTally {
  /** Commands started (find, insert, update, getMore, ...). */
  commands: number;
  /** Documents sent by insert, update and delete commands. */
  written: number;
  /** Commands by `<command> <collection>`, e.g. `find child_replicas`. */
  byCommand: Record<string, number>;
}

export const STORE_COMMAND_LOG = 'STORE_COMMAND_LOG';

const current = new AsyncLocalStorage<StoreCommandTally>();

/** Runs `work` with a tally of its own: every command started within it (its promises included). */
export function countStoreCommands<T>(work: () => T): { tally: StoreCommandTally; result: T } {
  const tally: StoreCommandTally = { commands: 0, written: 0, byCommand: {} };
  return { tally, result: current.run(tally, work) };
}

interface StartedCommand {
  commandName: string;
  command: Record<string, unknown>;
}

const WRITE_LISTS: Record<string, string> = { insert: 'documents', update: 'updates', delete: 'deletes' };

/** Counts the connection's commands into the tally of the unit of work that started them. */
export function watchStoreCommands(connection: Connection): Connection {
  connection.getClient().on('commandStarted', (event: StartedCommand) => {
    const tally = current.getStore();
    if (!tally) return;
    tally.commands += 1;
    const collection = event.command[event.commandName];
    const key = `${event.commandName} ${typeof collection === 'string' ? collection : ''}`.trim();
    tally.byCommand[key] = (tally.byCommand[key] ?? 0) + 1;
    const list = WRITE_LISTS[event.commandName];
    const docs = list ? event.command[list] : undefined;
    if (Array.isArray(docs)) tally.written += docs.length;
  });
  return connection;
}
