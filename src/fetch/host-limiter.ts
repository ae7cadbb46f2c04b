/**
 * At most N fetches in flight per host; the rest wait in arrival order (SPEC "Ingestion rules":
 * a per-host concurrency limit). In-process only: it keeps one worker polite; across workers the
 * queue spreads hosts over time.
 */

export interface HostLimiter {
  /** Waits for a slot on `host` and returns its release function (idempotent). Rejects with the signal's reason if aborted while waiting. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  /** Takes a free slot on `host` at once and returns its release function, or null when every slot is taken (nobody is queued). */
  tryAcquire(host: string): (() => void) | null;
  /** Runs `task` holding a slot on `host`; the slot is released however the task ends. */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Returns the number of fetches running and waiting on `host` (for tests and metrics). */
  stats(host: string): { active: number; waiting: number };
}

interface Waiter {
  readonly grant: () => void;
}

interface HostState {
  active: number;
  readonly queue: Waiter[];
}

/** Returns a limiter allowing `perHost` concurrent holders per host key (case-insensitive). */
export function createHostLimiter(perHost: number): HostLimiter {
  if (!Number.isInteger(perHost) || perHost < 1) throw new RangeError(`perHostConcurrency must be a positive integer, got ${perHost}`);
  const hosts = new Map<string, HostState>();

  function releaser(key: string, state: HostState): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.queue.shift();
      if (next) {
        next.grant(); // the slot passes straight to the next waiter; `active` is unchanged
        return;
      }
      state.active--;
      if (state.active === 0) hosts.delete(key); // idle hosts leave no trace
    };
  }

  function acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    const key = host.toLowerCase();
    if (signal?.aborted) return Promise.reject(signal.reason);
    let state = hosts.get(key);
    if (!state) {
      state = { active: 0, queue: [] };
      hosts.set(key, state);
    }
    const s = state;
    if (s.active < perHost) {
      s.active++;
      return Promise.resolve(releaser(key, s));
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const i = s.queue.indexOf(waiter);
        if (i !== -1) s.queue.splice(i, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(releaser(key, s));
        },
      };
      s.queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function tryAcquire(host: string): (() => void) | null {
    const key = host.toLowerCase();
    const state = hosts.get(key) ?? { active: 0, queue: [] };
    if (state.active >= perHost) return null;
    hosts.set(key, state);
    state.active++;
    return releaser(key, state);
  }

  return {
    acquire,
    tryAcquire,
    async run(host, task, signal) {
      const release = await acquire(host, signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    stats(host) {
      const state = hosts.get(host.toLowerCase());
      return { active: state?.active ?? 0, waiting: state?.queue.length ?? 0 };
    },
  };
}

/**
 * Thrown by a fetch asked not to wait (`hostBusy: 'throw'`) when its host's slots are all taken: a
 * queue job gives its worker slot back and runs again shortly, so one hanging publisher never holds
 * every worker slot (issue 13, fault 6; SPEC "Nothing stalls for good").
 */
export class HostBusyError extends Error {
  constructor(readonly host: string) {
    super(`fetch: every connection to ${host} is busy`);
    this.name = 'HostBusyError';
  }
}
