import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log.ts';
import { freeRunningJobs } from './sweep-leases.ts';
import type { Executor } from './types.ts';

/**
 * A killed worker's jobs are freed as soon as another process can tell its holder is gone, not
 * after the whole lease (issue 13, fault 2; SPEC "Nothing stalls for good"):
 * - PGlite: the process opening the data folder holds its lock, so it is the only process there;
 *   every job still running was held by a dead predecessor and is freed at open.
 * - PostgreSQL: each worker holds a session advisory lock while it lives and registers its id in
 *   `workers` (sql/008_worker_presence.sql); a registered id whose lock is gone is a dead worker.
 */

/** The advisory-lock class of presence locks (first key of pg_advisory_lock(int4, int4)); the second is hashtext(worker id). */
export const PRESENCE_LOCK_CLASS = 1_347_898_454;

/**
 * After a PostgreSQL restart every session lock is gone at once, live workers' included: their ids
 * are not taken for dead until this long after the server started, time for them to reconnect.
 */
export const RESTART_GRACE_SECONDS = 60;

/** Frees every running job (PGlite, at open: their holders died with the previous process); returns how many. */
export async function releaseAllRunningJobs(db: Executor): Promise<number> {
  return freeRunningJobs(db, sql<boolean>`true`, 'died with the process that held the data folder');
}

/** Frees the jobs of registered workers whose presence lock is gone and forgets them (PostgreSQL); returns how many jobs. */
export async function releaseJobsOfGoneWorkers(db: Executor): Promise<number> {
  // Two statements: the update must see the ids before the delete removes them. Both find the same
  // dead ids: a dead id never comes back (worker ids are unique per process start).
  const gone = sql`
    select w.id from workers w
    where pg_postmaster_start_time() < now() - make_interval(secs => ${RESTART_GRACE_SECONDS})
      and not exists (
        select 1 from pg_locks l
        where l.locktype = 'advisory' and l.granted and l.objsubid = 2
          and l.database = (select oid from pg_database where datname = current_database())
          and l.classid = ${PRESENCE_LOCK_CLASS}::bigint::oid
          and l.objid = ((hashtext(w.id)::bigint + 4294967296) % 4294967296)::oid)`;
  const freed = await freeRunningJobs(db, sql<boolean>`locked_by in (${gone})`, 'was found gone (its connection closed)');
  await sql`delete from workers where id in (${gone})`.execute(db);
  return freed;
}

export interface Presence {
  /** Lets go of the lock and the registration (after the worker settled its jobs). */
  stop(): Promise<void>;
}

/**
 * Holds `workerId`'s presence on PostgreSQL: its advisory lock on one pooled connection, taken
 * again after that connection is lost (database restart), and its row in `workers`. Resolves once
 * the first attempt succeeded or failed (a worker without presence still has the lease rule).
 */
export async function holdPresence(db: Db, workerId: string, logger?: Logger): Promise<Presence> {
  let stopping = false;
  let wakeStop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wakeStop = resolve));
  let firstAttempt: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (firstAttempt = resolve));

  let attempt = 0;
  const holdOnce = () =>
    db.kysely.connection().execute(async (conn) => {
      const locked = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${PRESENCE_LOCK_CLASS}, hashtext(${workerId})) as ok`.execute(conn);
      // Taken by another session: a live worker whose id hashes alike (one in 2^32). Try again later.
      if (!locked.rows[0]?.ok) throw new Error(`presence lock of ${workerId} is held by another session`);
      attempt = 0;
      await sql`insert into workers (id) values (${workerId}) on conflict (id) do nothing`.execute(conn);
      firstAttempt();
      // Keep the connection (and so the lock); check it now and then so a lost one is noticed.
      while (!stopping) {
        await Promise.race([stopped, new Promise((r) => setTimeout(r, 10_000).unref())]);
        if (stopping) break;
        await sql`select 1`.execute(conn);
      }
      await sql`delete from workers where id = ${workerId}`.execute(conn);
      await sql`select pg_advisory_unlock(${PRESENCE_LOCK_CLASS}, hashtext(${workerId}))`.execute(conn);
    });

  const done = (async () => {
    for (; !stopping; attempt++) {
      try {
        await holdOnce();
        return;
      } catch (err) {
        firstAttempt();
        if (stopping) return;
        const waitMs = Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
        logger?.warn({ worker_id: workerId, err: errorMessage(err), retry_in_ms: waitMs }, 'queue: worker presence lost; taking it again');
        await Promise.race([stopped, new Promise((r) => setTimeout(r, waitMs).unref())]);
      }
    }
  })();
  await ready;
  return {
    async stop() {
      stopping = true;
      wakeStop();
      await done;
    },
  };
}
