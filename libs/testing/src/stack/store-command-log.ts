import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniqueName, WaitAborted, waitFor } from './stack';

/** One GraphQL request's store commands, as the service counted them (see @qz/persistence). */
export interface CountedRequest {
  operation: string | null;
  commands: number;
  written: number;
  byCommand: Record<string, number>;
}

/**
 * The store commands a service process runs per GraphQL request, counted by the MongoDB driver's
 * command monitoring inside the service: pass `env` to the ServiceProcess, then `measure` a
 * request. Send one request at a time to the service (each finished request adds one line).
 */
export class StoreCommandLog {
  readonly file = join(tmpdir(), `${uniqueName('store-commands')}.jsonl`);

  get env(): Record<string, string> {
    return { STORE_COMMAND_LOG: this.file };
  }

  private lines(): CountedRequest[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as CountedRequest);
  }

  /** Runs one request and returns its result with the commands the service counted for it. */
  async measure<T>(request: () => Promise<T>): Promise<{ result: T; counted: CountedRequest }> {
    const before = this.lines().length;
    const result = await request();
    const counted = await waitFor(
      'the service to log the request’s store commands',
      () => {
        const after = this.lines();
        if (after.length > before + 1) throw new WaitAborted('more than one request was counted');
        return after[before];
      },
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    return { result, counted };
  }

  /**
   * The same request for the first child alone and for every child of `ids` (after a warm-up
   * with the first child, which pays any first use of a collection).
   */
  async measurePages<T>(ids: readonly string[], request: (ids: string[]) => Promise<T>) {
    await this.measure(() => request(ids.slice(0, 1)));
    const one = await this.measure(() => request(ids.slice(0, 1)));
    const all = await this.measure(() => request([...ids]));
    return { one, all };
  }

  remove(): void {
    rmSync(this.file, { force: true });
  }
}

/** Federation's entity query for children, as the gateway sends it to a department's subgraph. */
export const childEntitiesQuery = (selection: string) =>
  `query ChildEntities($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id ${selection} } } }`;

export const childRepresentations = (ids: readonly string[]) =>
  ids.map((id) => ({ __typename: 'Child', id }));
