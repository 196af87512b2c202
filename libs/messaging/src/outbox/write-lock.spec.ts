import { withWriteLock } from './write-lock';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('write lock (FerretDB 1.x applies concurrent updates of one document without isolation)', () => {
  it('runs writes to one collection one at a time, in order, even when one fails', async () => {
    const log: string[] = [];
    const write =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const children = { collectionName: 'children', conn: { name: 'registry' } };
    const results = await Promise.allSettled([
      withWriteLock(children, write('a')),
      withWriteLock(children, write('b', true)),
      withWriteLock(children, write('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets writes to different collections overlap', async () => {
    const log: string[] = [];
    const write = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([
      withWriteLock({ collectionName: 'children', conn: { name: 'registry' } }, write('children')),
      withWriteLock({ collectionName: 'regions', conn: { name: 'registry' } }, write('regions')),
    ]);
    expect(log.slice(0, 2)).toEqual(['children start', 'regions start']);
  });
});
