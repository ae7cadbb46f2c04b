import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/fetch/host-limiter.ts';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('createHostLimiter', () => {
  it('runs at most N tasks per host and starts the waiting ones in arrival order', async () => {
    const limiter = createHostLimiter(2);
    const started: number[] = [];
    const gates = [0, 1, 2, 3, 4].map(() => deferred());
    const runs = gates.map((gate, i) =>
      limiter.run('feeds.example', async () => {
        started.push(i);
        await gate.promise;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.stats('feeds.example')).toEqual({ active: 2, waiting: 3 });
    gates[1]?.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const gate of gates) gate.resolve();
    await Promise.all(runs);
    expect(limiter.stats('feeds.example')).toEqual({ active: 0, waiting: 0 });
  });

  it('keeps hosts independent and compares them case-insensitively', async () => {
    const limiter = createHostLimiter(1);
    const gate = deferred();
    const a = limiter.run('A.example', () => gate.promise);
    let bRan = false;
    await limiter.run('b.example', async () => {
      bRan = true;
    });
    expect(bRan).toBe(true);
    expect(limiter.stats('a.example')).toEqual({ active: 1, waiting: 0 });
    gate.resolve();
    await a;
  });

  it('releases the slot when a task throws', async () => {
    const limiter = createHostLimiter(1);
    await expect(limiter.run('h', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limiter.stats('h')).toEqual({ active: 0, waiting: 0 });
    await expect(limiter.run('h', async () => 'next')).resolves.toBe('next');
  });

  it('drops a waiter whose signal aborts, without taking a slot', async () => {
    const limiter = createHostLimiter(1);
    const gate = deferred();
    const holder = limiter.run('h', () => gate.promise);
    const controller = new AbortController();
    const waiting = limiter.acquire('h', controller.signal);
    expect(limiter.stats('h').waiting).toBe(1);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.stats('h')).toEqual({ active: 1, waiting: 0 });
    gate.resolve();
    await holder;
    expect(limiter.stats('h')).toEqual({ active: 0, waiting: 0 });
  });

  it('treats a double release as one', async () => {
    const limiter = createHostLimiter(1);
    const release = await limiter.acquire('h');
    const next = limiter.acquire('h');
    release();
    release();
    const releaseNext = await next;
    expect(limiter.stats('h')).toEqual({ active: 1, waiting: 0 });
    releaseNext();
    expect(limiter.stats('h')).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses a limit below one', () => {
    expect(() => createHostLimiter(0)).toThrow(RangeError);
  });
});
