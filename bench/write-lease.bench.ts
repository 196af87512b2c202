/* What the per-document write lease costs a single update, against the local stack.
 *   npm run stack -- up
 *   node -r @swc-node/register bench/write-lease.bench.ts [updates=300] [documents=1000]
 * Updates one document of a collection of `documents` one after another, `updates` times, without
 * the lease and with it (alternating rounds, to share the machine's noise), and prints one JSON
 * line: the median and p90 milliseconds of an update in each mode. With the lease, an update is
 * one insert of the lease before it, and the lease's delete after it (off the caller's path). */
import { configureWriteLeases, settleWriteLeases, withDocumentLease } from '@qz/messaging';
import { connectTestDatabase, dropTestDatabase, uniqueName } from '@qz/testing';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];

async function main(updates: number, documents: number) {
  const connection = await connectTestDatabase(uniqueName('bench_lease'));
  const docs = connection.collection('records');
  try {
    await docs.insertMany(Array.from({ length: documents }, (_, i) => ({ _id: `r${i}` as never, n: 0 })));
    const times = { without: [] as number[], with: [] as number[] };
    const update = () => docs.updateOne({ _id: 'r0' as never }, { $inc: { n: 1 } });
    for (let i = 0; i < updates; i++) {
      for (const mode of i % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        configureWriteLeases({ enabled: mode === 'with' });
        const started = performance.now();
        await withDocumentLease(docs, 'r0', update);
        times[mode].push(performance.now() - started);
        // The next update starts after this one's release, as the next request usually does.
        await settleWriteLeases();
      }
    }
    const stats = (xs: number[]) => ({
      medianMs: +quantile(xs, 0.5).toFixed(2),
      p90Ms: +quantile(xs, 0.9).toFixed(2),
    });
    const n = (await docs.findOne({ _id: 'r0' as never }))?.n;
    console.log(
      JSON.stringify({
        updates,
        documents,
        applied: n,
        without: stats(times.without),
        with: stats(times.with),
      }),
    );
  } finally {
    await dropTestDatabase(connection);
  }
}

void main(Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 1000));
