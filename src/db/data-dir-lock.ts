import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PulseError } from '../errors.ts';

/**
 * PGlite opens its folder from one process only (SPEC "Runtime shape"). The holder writes
 * `pulse.lock` (pid, command, start time) with O_EXCL; another process finding a live holder
 * stops with a message naming it; a lock whose process is gone is stale and taken over.
 */
export interface LockHolder {
  pid: number;
  command: string;
  started_at: string;
  /** The unix socket on which the holder runs other commands for them (src/cli/forward.ts), when it serves one. */
  socket?: string | undefined;
}

const LOCK_FILE = 'pulse.lock';

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isFresh(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, command: String(parsed.command ?? 'pulse'), started_at: String(parsed.started_at ?? '?'), socket: typeof parsed.socket === 'string' ? parsed.socket : undefined };
  } catch {
    return null;
  }
}

/** Takes the folder's lock for this process and returns its release function; throws `database_locked` naming a live holder. */
export function lockDataDir(dir: string, command: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, command, started_at: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const holder = readHolder(file);
        if (holder?.pid === process.pid) {
          try {
            unlinkSync(file);
          } catch {
            /* already gone */
          }
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(file);
      if (!holder && isFresh(file)) {
        // Another process created the file an instant ago and has not written its pid yet: it is
        // alive, not stale (taking it over here would let two processes open the folder).
        throw new PulseError('database_locked', `database: ${dir} is being opened by another pulse process; try again in a moment`);
      }
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new PulseError(
          'database_locked',
          `database: ${dir} is in use by \`pulse ${holder.command}\` (pid ${holder.pid}, since ${holder.started_at}); ` +
            'stop it first, or run Pulse on PostgreSQL (DATABASE_URL) to share one database between processes',
          { details: holder },
        );
      }
      // Stale (holder gone, or unreadable half-written file): take it over.
      try {
        unlinkSync(file);
      } catch {
        /* another process took it over first; retry */
      }
    }
  }
  throw new PulseError('database_locked', `database: could not take the lock ${file}`);
}

/** Returns the live process holding `dir`'s lock, or null when none (or a stale one). */
export function liveHolder(dir: string): LockHolder | null {
  const holder = readHolder(path.join(dir, LOCK_FILE));
  return holder && holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
}

/** Records in this process's lock file the socket on which it serves other commands. */
export function advertiseSocket(dir: string, socket: string | undefined): void {
  const file = path.join(dir, LOCK_FILE);
  const holder = readHolder(file);
  if (holder?.pid !== process.pid) return;
  writeFileSync(file, JSON.stringify({ ...holder, socket }));
}
