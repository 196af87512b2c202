import { LocalQueue } from './local-queue';

const tick = () => new Promise((r) => setImmediate(r));

describe('LocalQueue', () => {
  const refused = () => new Error('refused');

  it('lets writers of one key in one at a time, in arrival order; other keys do not wait', async () => {
    const queue = new LocalQueue();
    const order: string[] = [];
    const a1 = await queue.enter('a', 1000, refused);
    const a2 = queue.enter('a', 1000, refused).then((leave) => (order.push('a2'), leave));
    const b1 = await queue.enter('b', 1000, refused);
    order.push('b1');
    await tick();
    expect(order).toEqual(['b1']);
    a1();
    (await a2)();
    b1();
    expect(order).toEqual(['b1', 'a2']);
    await tick();
    expect(queue.size).toBe(0);
  });

  it('refuses a writer whose turn has not come in time, and the queue flows past it', async () => {
    const queue = new LocalQueue();
    const first = await queue.enter('a', 1000, refused);
    await expect(queue.enter('a', 20, refused)).rejects.toThrow('refused');
    const third = queue.enter('a', 1000, refused);
    expect(queue.tryEnter('a')).toBeNull();
    first();
    (await third)();
    await tick();
    expect(queue.tryEnter('a')).not.toBeNull();
  });
});
