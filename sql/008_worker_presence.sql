-- Workers present on PostgreSQL (issue 13, fault 2; SPEC "Nothing stalls for good"). Each worker
-- holds a session advisory lock (class 1347898454, key hashtext(id)) on one connection for as long
-- as it lives, and registers its id here after taking that lock. When a worker is killed, the
-- server drops its connection and so its lock at once: another worker that finds a registered id
-- without its lock frees the jobs it held (jobs.locked_by) without waiting for their lease, then
-- forgets the id (src/queue/worker-presence.ts). Holders that never registered (older workers)
-- keep the lease rule. PGlite has one process per folder: the process that opens it frees every
-- running job instead, and does not use this table.
CREATE TABLE workers (
  id          text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  started_at  timestamptz NOT NULL DEFAULT now()
);
