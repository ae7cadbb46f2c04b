import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { errorMessage } from '../errors.ts';
import { claimJobs } from './claim-jobs.ts';
import { deferJob, extendLeases, failJob } from './settle-jobs.ts';
import { sweepExpiredLeases } from './sweep-leases.ts';
import { holdPresence, releaseJobsOfGoneWorkers, type Presence } from './worker-presence.ts';
import { JOBS_CHANNEL, type ClaimedJob } from './types.ts';

/**
 * What a handler throws to give its job back: it runs again at `retryAt` without spending an
 * attempt and without being recorded as an error (e.g. its publisher's connections are all busy).
 */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
    this.name = 'RetryLater';
  }
}

export type JobHandler = (job: ClaimedJob, ctx: { signal: AbortSignal; workerId: string }) => Promise<void>;

export interface RunnerOptions {
  db: Db;
  handlers: Record<string, JobHandler>;
  /** Concurrent slots (PULSE_WORKERS). */
  concurrency: number;
  /** Jobs claimed per statement, at most the free slots (default: the free slots). */
  batchSize?: number;
  leaseSeconds?: number;
  /** Poll interval when no NOTIFY arrives (and the backstop when it does). */
  pollIntervalMs?: number;
  sweepIntervalMs?: number;
  backoffBaseMs?: number;
  workerId?: string;
  logger?: Logger | undefined;
  /** Called after every settled job (metrics). */
  onSettled?: (kind: string, outcome: 'done' | 'retry' | 'dead', durationMs: number) => void;
}

export interface Runner {
  readonly workerId: string;
  start(): Promise<void>;
  /** Stops claiming, waits for the jobs in hand to finish and be settled, then resolves. */
  stop(): Promise<void>;
  /** Resolves when no job is runnable for this runner's kinds and none is in hand (used by `pulse poll`). */
  idle(): Promise<void>;
  readonly inFlight: number;
}

/**
 * A job runner with N concurrent slots. It claims with one SKIP LOCKED statement, wakes on
 * LISTEN/NOTIFY (both pg and PGlite deliver them) with a short poll as a backstop, marks finished
 * jobs done in its next claim statement, extends the leases of long jobs, and sweeps expired leases.
 */
export function createRunner(options: RunnerOptions): Runner {
  const { db, handlers, concurrency } = options;
  const kinds = Object.keys(handlers);
  const leaseSeconds = options.leaseSeconds ?? 300;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const sweepIntervalMs = options.sweepIntervalMs ?? 15_000;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const log = options.logger;
  const abort = new AbortController();

  let running = false;
  let loopDone: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let presence: Presence | null = null;
  const inHand = new Map<number, Promise<void>>();
  // Jobs whose handler succeeded, waiting to be marked done by the next claim statement.
  let finished: { id: number; kind: string; started: number }[] = [];
  let idleWaiters: (() => void)[] = [];
  let timers: NodeJS.Timeout[] = [];

  // A poke that arrives while no sleep is waiting (e.g. a NOTIFY during a claim that could not yet
  // see the new job) is kept, so the next sleep returns at once instead of waiting a whole poll.
  let poked = false;
  const poke = () => {
    const w = wake;
    wake = null;
    if (w) w();
    else poked = true;
  };

  const sleep = (ms: number) => {
    if (poked) {
      poked = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  };

  /**
   * Runs `settle` (recording a failure or a give-back) until it succeeds, keeping the job's slot:
   * when the database is unreachable (a restart), the job is recorded once it is back rather than
   * left to its lease (issue 13, fault 3: PostgreSQL restarted during a tick left the sources whose
   * polls were running unpolled for the whole lease, 300 s). Gives up when the runner stops or
   * the lease would have run out anyway; the lease rule takes over then.
   */
  const settleWithRetry = async <T>(job: ClaimedJob, settle: () => Promise<T>): Promise<T> => {
    const giveUpAt = Date.now() + leaseSeconds * 1000;
    for (let attempt = 0; ; attempt++) {
      try {
        return await settle();
      } catch (err) {
        const waitMs = Math.min(5_000, pollIntervalMs * 2 ** Math.min(attempt, 6));
        if (!running || Date.now() + waitMs > giveUpAt) throw err;
        if (attempt === 0) log?.warn({ job_id: job.id, err: errorMessage(err) }, 'queue: settling a job failed; trying again until the database answers');
        await new Promise((r) => setTimeout(r, waitMs));
      }
    }
  };

  const runJob = async (job: ClaimedJob): Promise<void> => {
    const handler = handlers[job.kind];
    const started = Date.now();
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job, { signal: abort.signal, workerId });
      finished.push({ id: job.id, kind: job.kind, started });
    } catch (err) {
      if (err instanceof RetryLater) {
        try {
          await settleWithRetry(job, () => deferJob(db.kysely, workerId, job.id, err.retryAt));
          options.onSettled?.(job.kind, 'retry', Date.now() - started);
          log?.debug({ job_id: job.id, kind: job.kind, run_at: err.retryAt.toISOString(), reason: err.message }, 'queue: job given back');
        } catch (settleErr) {
          log?.error({ job_id: job.id, err: errorMessage(settleErr) }, 'queue: giving a job back failed; the lease will expire');
        }
        return;
      }
      const message = errorMessage(err);
      try {
        const state = await settleWithRetry(job, () =>
          failJob(db.kysely, workerId, job.id, message, {
            backoffBaseMs: options.backoffBaseMs,
            retryAt: err instanceof RetryLater ? err.retryAt : null,
          }),
        );
        options.onSettled?.(job.kind, state === 'dead' ? 'dead' : 'retry', Date.now() - started);
        const level = state === 'dead' ? 'error' : 'warn';
        log?.[level]({ job_id: job.id, kind: job.kind, attempt: job.attempts, max_attempts: job.max_attempts, state, err: message }, 'queue: job failed');
      } catch (settleErr) {
        log?.error({ job_id: job.id, err: errorMessage(settleErr) }, 'queue: recording a failure failed; the lease will expire');
      }
    }
  };

  /** Marks `finished` jobs done and claims up to `limit` more, in one statement. */
  const settleAndClaim = async (limit: number): Promise<ClaimedJob[]> => {
    const settling = finished;
    finished = [];
    try {
      const jobs = await claimJobs(db.kysely, { workerId, limit, leaseSeconds, kinds, completeIds: settling.map((f) => f.id) });
      const now = Date.now();
      for (const f of settling) options.onSettled?.(f.kind, 'done', now - f.started);
      return jobs;
    } catch (err) {
      finished = settling.concat(finished);
      throw err;
    }
  };

  const loop = async () => {
    while (running) {
      const free = concurrency - inHand.size;
      if (free <= 0 && finished.length === 0) {
        await Promise.race([...inHand.values(), sleep(pollIntervalMs)]);
        continue;
      }
      const hadSettled = finished.length > 0;
      let jobs: ClaimedJob[] = [];
      poked = false; // this claim sees every job added before it; only later pokes count
      try {
        jobs = await settleAndClaim(Math.max(0, Math.min(free, options.batchSize ?? free)));
      } catch (err) {
        if (!running) break;
        log?.error({ err: errorMessage(err) }, 'queue: claim failed; retrying');
        await sleep(pollIntervalMs);
        continue;
      }
      for (const job of jobs) {
        const p = runJob(job).finally(() => {
          inHand.delete(job.id);
          poke();
        });
        inHand.set(job.id, p);
      }
      if (jobs.length === 0 && !hadSettled) {
        if (inHand.size === 0 && finished.length === 0) {
          const waiters = idleWaiters;
          idleWaiters = [];
          for (const w of waiters) w();
        }
        await sleep(pollIntervalMs);
      }
    }
  };

  return {
    workerId,
    get inFlight() {
      return inHand.size;
    },
    async start() {
      if (running) return;
      running = true;
      // On PostgreSQL, other workers can tell this one is alive; when it dies they free its jobs at
      // once (src/queue/worker-presence.ts). Taken before the first claim.
      if (db.backend === 'pg') presence = await holdPresence(db, workerId, log);
      try {
        unlisten = await db.listen(
          JOBS_CHANNEL,
          (kind) => {
            if (kind === '' || kinds.includes(kind)) poke();
          },
          {
            onLost: (err, retryInMs) => log?.warn({ err: errorMessage(err), retry_in_ms: retryInMs }, 'queue: LISTEN connection lost; polling until it is back'),
            onRestored: () => log?.info('queue: LISTEN restored'),
          },
        );
      } catch (err) {
        log?.warn({ err: errorMessage(err) }, 'queue: LISTEN unavailable; polling only');
      }
      const sweep = async () => {
        try {
          const freed = await sweepExpiredLeases(db.kysely);
          if (freed > 0) log?.warn({ freed }, 'queue: freed jobs whose lease expired');
          const orphaned = db.backend === 'pg' ? await releaseJobsOfGoneWorkers(db.kysely) : 0;
          if (orphaned > 0) log?.warn({ freed: orphaned }, 'queue: freed jobs of workers found gone');
          if (freed + orphaned > 0) poke();
        } catch (err) {
          log?.error({ err: errorMessage(err) }, 'queue: sweep failed');
        }
      };
      const heartbeat = async () => {
        try {
          await extendLeases(db.kysely, workerId, [...inHand.keys()], leaseSeconds);
        } catch (err) {
          log?.error({ err: errorMessage(err) }, 'queue: extending leases failed');
        }
      };
      timers = [setInterval(() => void sweep(), sweepIntervalMs), setInterval(() => void heartbeat(), (leaseSeconds * 1000) / 3)];
      for (const t of timers) t.unref();
      void sweep();
      loopDone = loop();
    },
    async stop() {
      if (!running) return;
      running = false;
      poke();
      for (const t of timers) clearInterval(t);
      await loopDone;
      await Promise.allSettled([...inHand.values()]);
      for (let attempt = 0; finished.length > 0 && attempt < 3; attempt++) {
        try {
          await settleAndClaim(0);
        } catch (err) {
          log?.error({ err: errorMessage(err), jobs: finished.length }, 'queue: completing jobs at stop failed; their leases will expire and they will run again');
        }
      }
      abort.abort();
      if (unlisten) await unlisten().catch(() => undefined);
      await presence?.stop().catch(() => undefined);
      presence = null;
      for (const w of idleWaiters.splice(0)) w();
    },
    idle() {
      if (!running) return Promise.resolve();
      poke();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
