import { KeyedMutex } from './keyed-mutex';

describe('KeyedMutex: one task per key at a time', () => {
  it('runs tasks of one key one after another, and a failure does not block the next', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      mutex.run('child-1', task('a', true)),
      mutex.run('child-1', task('b')),
      mutex.run('child-2', task('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('a end')).toBeLessThan(log.indexOf('b start'));
    expect(log.indexOf('c start')).toBeLessThan(log.indexOf('a end')); // another key does not wait
  });
});
