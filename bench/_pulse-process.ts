// A `pulse` command run by a bench as an operator runs it: `node bin/pulse.js …` (dist/ when
// current, bin/dist-current.js), in a process of its own, its output appended to a log file.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface PulseProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with the first stdout line matching `pattern` (rejects if the process exits first or after `timeoutMs`). */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code, or the signal's name when it was killed. */
  readonly exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

/** Starts `pulse args…` with `env` added to this process's environment, logging to `logFile`. */
export function startPulseProcess(args: string[], env: Record<string, string>, logFile: string): PulseProcess {
  const child = spawn(process.execPath, [path.join(root, 'bin/pulse.js'), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`--- pulse ${args.join(' ')} (pid ${child.pid}) at ${new Date().toISOString()}\n`);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    log.write(d);
  });
  child.stderr!.on('data', (d: Buffer) => log.write(d));
  const exited = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  void exited.then((how) => log.end(`--- pid ${child.pid} exited: ${how}\n`));
  return {
    child,
    pid: child.pid!,
    exited,
    line(pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`pulse ${args.join(' ')}: no line matching ${pattern} after ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          const m = pattern.exec(out);
          if (m) finish(null, m);
        };
        const onExit = (how: number | string) => finish(new Error(`pulse ${args.join(' ')} exited (${how}) before printing ${pattern}; see ${logFile}`));
        const finish = (err: Error | null, m?: RegExpExecArray) => {
          clearTimeout(timer);
          child.stdout!.off('data', check);
          if (err) reject(err);
          else resolve(m!);
        };
        child.stdout!.on('data', check);
        void exited.then(onExit);
        check();
      });
    },
    kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs `pulse args…` to its end; rejects unless it exits 0. */
export async function runPulseCommand(args: string[], env: Record<string, string>, logFile: string): Promise<void> {
  const p = startPulseProcess(args, env, logFile);
  const how = await p.exited;
  if (how !== 0) throw new Error(`pulse ${args.join(' ')} exited with ${how}; see ${logFile}`);
}
