-- Sign-in attempts per client address (SPEC "rate-limited login": 10 per 15 minutes, then 429).
-- Kept in the database, not in process memory, so N server processes share ONE limit (SPEC "every
-- coordination between processes goes through PostgreSQL"). One row per address: its window opens
-- at its first attempt; src/desk/login-limiter.ts counts an attempt with one INSERT … ON CONFLICT
-- DO UPDATE … RETURNING, atomic under concurrency. Rows whose window has passed are pruned by the
-- 'maintenance.prune' job (pruneLoginAttempts).
CREATE TABLE login_attempts (
  ip            text PRIMARY KEY CHECK (length(ip) BETWEEN 1 AND 200),
  window_start  timestamptz NOT NULL,
  attempts      integer NOT NULL CHECK (attempts > 0)
);
CREATE INDEX login_attempts_window_idx ON login_attempts (window_start);
