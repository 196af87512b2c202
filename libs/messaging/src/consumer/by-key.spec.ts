import { runByKey } from './by-key';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('runByKey', () => {
  it('keeps the order within a key and overlaps different keys up to the limit', async () => {
    const items = ['a1', 'b1', 'a2', 'c1', 'b2', 'a3', 'd1'];
    const done: string[] = [];
    let running = 0;
    let most = 0;
    await runByKey(
      items,
      (i) => i[0],
      2,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await tick();
        done.push(i);
        running--;
      },
    );
    expect(done.filter((i) => i.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(done.filter((i) => i.startsWith('b'))).toEqual(['b1', 'b2']);
    expect(done).toHaveLength(items.length);
    expect(most).toBe(2);
  });

  it('stops a failed key, lets started keys finish, starts no new key, then throws', async () => {
    const done: string[] = [];
    const run = runByKey(
      ['a1', 'b1', 'a2', 'b2', 'c1'],
      (i) => i[0],
      2,
      async (i) => {
        await tick();
        if (i === 'a1') throw new Error('boom');
        await tick();
        done.push(i);
      },
    );
    await expect(run).rejects.toThrow('boom');
    expect(done).toEqual(['b1']);
  });
});
