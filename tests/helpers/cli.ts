import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach } from 'vitest';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PULSE_BIN = path.join(REPO_ROOT, 'bin/pulse.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A `pulse` child process started by a test. */
export interface PulseProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  readonly exited: Promise<number | null>;
  /** Sends `signal` (default SIGTERM) and resolves with the exit code once it has exited. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

// Every child a test file starts, so that none outlives its test: a test that fails or times out
// must not leave a process holding a PGlite folder or a port for the next one (issue 13: a
// timed-out `pulse poll` kept its folder locked and failed the next test).
const children = new Set<PulseProcess>();

/** Kills every `pulse` child still running (SIGKILL) and waits for each to exit. Runs after each test of every file that imports this helper. */
export async function stopChildren(): Promise<void> {
  const left = [...children];
  await Promise.all(left.map((p) => (p.child.exitCode === null && p.child.signalCode === null ? p.kill('SIGKILL') : p.exited)));
}

afterEach(stopChildren);
afterAll(stopChildren);

/** Starts the real `pulse` executable with `args` (LOG_LEVEL=warn unless given) and returns it without waiting. */
export function startPulse(args: string[], env: Record<string, string | undefined> = {}, opts: { cwd?: string } = {}): PulseProcess {
  const child = spawn(process.execPath, [PULSE_BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (e) => {
      err += String(e);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  const handle: PulseProcess = {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  children.add(handle);
  void exited.then(() => children.delete(handle));
  return handle;
}

/**
 * Runs the real `pulse` executable in a child process and collects its output. `timeoutMs` is a
 * backstop for a hung child (default 300 s, for a heavily loaded machine); tests get a larger timeout.
 */
export async function runPulse(args: string[], env: Record<string, string | undefined> = {}, opts: { cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  const p = startPulse(args, env, opts);
  const timer = setTimeout(() => void p.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
  try {
    const code = await p.exited;
    return { code, stdout: p.stdout(), stderr: p.stderr() };
  } finally {
    clearTimeout(timer);
  }
}
