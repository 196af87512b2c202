import type { Connection } from 'mongoose';
import { coveredBy, type CoveragePolicy, type DeclaredIndex } from './query-coverage';
import { describeShape } from './query-shape';
import { readRecordedShapes } from './query-recorder';

export interface QueryIndexAudit {
  /** Each distinct shape recorded against the database, with the index that serves it. */
  covered: string[];
  /** Each shape no index serves, with the index the ESR rule would give. */
  uncovered: string[];
}

/**
 * Checks every query shape a service recorded (QUERY_SHAPES_FILE) against its database's indexes.
 *
 * The indexes are read from the store (`listIndexes`) after the service has run, not from the
 * mongoose schemas directly: they are what the service's schemas (`Schema.index`, created by
 * mongoose's autoIndex at start) and its few raw-collection `createIndex` calls produced, so an
 * index declared in a way that fails to be created counts as missing, and a collection without a
 * model (the import outbox, the consumer inbox) is judged by the indexes its code creates.
 * FerretDB lists what it was asked to create even though it never uses them; MongoDB would use them.
 */
export async function auditQueryIndexes(
  connection: Connection,
  shapesFile: string,
  policy: CoveragePolicy = {},
): Promise<QueryIndexAudit> {
  const database = connection.db?.databaseName ?? connection.name;
  const shapes = readRecordedShapes(shapesFile).filter((s) => s.database === database);
  const indexes = new Map<string, DeclaredIndex[]>();
  const indexesOf = async (collection: string) => {
    let found = indexes.get(collection);
    if (!found) {
      const listed = await connection
        .collection(collection)
        .indexes()
        .catch(() => []);
      found = listed.map((i) => ({ key: i.key, unique: Boolean(i.unique) || i.name === '_id_' }));
      indexes.set(collection, found);
    }
    return found;
  };
  const result: QueryIndexAudit = { covered: [], uncovered: [] };
  const seen = new Set<string>();
  for (const shape of shapes) {
    const text = describeShape(shape);
    if (seen.has(text)) continue;
    seen.add(text);
    const coverage = coveredBy(shape, await indexesOf(shape.collection), policy);
    if (coverage.covered) result.covered.push(`${text} <- ${coverage.by}`);
    else result.uncovered.push(coverage.why);
  }
  result.covered.sort();
  result.uncovered.sort();
  return result;
}
