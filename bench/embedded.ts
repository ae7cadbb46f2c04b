/**
 * `npm run bench -- embedded [runs]`: the embedded default as a newcomer meets it. Spawns
 * `node bin/pulse.js start` as a real process on PGlite, (1) on a NEW data folder and (2) on the
 * folder the first run left, and reports for each the time until GET /healthz answers 200, the
 * peak RSS of the process tree (VmHWM of every process, and the highest sum of VmRSS sampled every
 * 20 ms) and the RSS once idle. Medians of `runs` (default 3). Peer: a bare `node -e` process
 * serving /healthz, in the same run. Targets (issue 13): new folder healthy < 3 s, peak < 300 MB;
 * idle on an existing folder < 250 MB. `tsx` as an argument adds the existing folder run from the
 * TypeScript sources (PULSE_TSX=1) beside the compiled dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './_free-port.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** How long the process sits idle before its RSS is read. */
const IDLE_MS = 3000;
const HEALTHY_TIMEOUT_MS = 60_000;

interface Sample {
  healthyMs: number;
  /** CPU seconds (user + system) the process tree spent until healthy: the figure a loaded machine does not inflate. */
  cpuMs: number;
  peakMb: number;
  idleMb: number;
}

export default async function run(args: string[]): Promise<void> {
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
  const bare: Sample[] = [];
  const fresh: Sample[] = [];
  const existing: Sample[] = [];
  // `tsx`: also the existing folder run from the TypeScript sources (PULSE_TSX=1), the loader's share.
  const viaTsx: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    bare.push(await measure([process.execPath, '-e', BARE_SERVER], {}));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pulse-bench-embedded-'));
    try {
      const env = { PULSE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
      fresh.push(await measure([process.execPath, path.join(root, 'bin/pulse.js'), 'start'], env));
      existing.push(await measure([process.execPath, path.join(root, 'bin/pulse.js'), 'start'], env));
      if (args.includes('tsx')) viaTsx.push(await measure([process.execPath, path.join(root, 'bin/pulse.js'), 'start'], { ...env, PULSE_TSX: '1' }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`embedded: \`pulse start\` on PGlite, spawned as a process, median of ${runs} runs (loader: ${process.env.PULSE_TSX === '1' ? 'tsx forced' : 'dist/ when built, else tsx'})`);
  console.log('\n| process | healthy ms | CPU ms until healthy | peak RSS MB (tree) | idle RSS MB (after 3 s) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, samples] of [['bare node http server (peer)', bare], ['pulse start, new folder', fresh], ['pulse start, existing folder', existing], ['pulse start, existing folder, through tsx', viaTsx]] as const) {
    if (samples.length === 0) continue;
    console.log(`| ${name} | ${median(samples.map((s) => s.healthyMs)).toFixed(0)} | ${median(samples.map((s) => s.cpuMs)).toFixed(0)} | ${median(samples.map((s) => s.peakMb)).toFixed(0)} | ${median(samples.map((s) => s.idleMb)).toFixed(0)} |`);
  }
  console.log('\ntargets: new folder healthy < 3000 ms and peak < 300 MB; existing folder idle < 250 MB');
}

const BARE_SERVER = "require('node:http').createServer((q,s)=>s.end('{\"status\":\"ok\"}')).listen(Number(process.env.PORT),'127.0.0.1')";

async function measure(argv: string[], env: Record<string, string>): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: root, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  let peakSum = 0;
  const peaks = new Map<number, number>();
  const sample = (): void => {
    let sum = 0;
    for (const pid of processTree(child.pid!)) {
      const status = readStatus(pid);
      if (status === null) continue;
      sum += status.rss;
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, status.hwm));
    }
    peakSum = Math.max(peakSum, sum);
  };
  const timer = setInterval(sample, 20);
  try {
    const healthyMs = await waitHealthy(`http://127.0.0.1:${port}/healthz`, child, started);
    const cpuMs = processTree(child.pid!).reduce((sum, pid) => sum + cpuTimeMs(pid), 0);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    sample();
    let idle = 0;
    for (const pid of processTree(child.pid!)) idle += readStatus(pid)?.rss ?? 0;
    const hwmSum = [...peaks.values()].reduce((a, b) => a + b, 0);
    return { healthyMs, cpuMs, peakMb: Math.max(peakSum, hwmSum) / 1024, idleMb: idle / 1024 };
  } finally {
    clearInterval(timer);
    await stop(child);
  }
}

async function waitHealthy(url: string, child: ChildProcess, started: number): Promise<number> {
  while (performance.now() - started < HEALTHY_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`bench embedded: process exited with ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`bench embedded: ${url} not healthy within ${HEALTHY_TIMEOUT_MS} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Returns `pid` and its descendants (from /proc/PID/task/TID/children). */
function processTree(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    out.push(p);
    try {
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        if (children !== '') queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return out;
}

/** Returns the user + system CPU time of `pid` in ms (/proc/PID/stat fields 14 and 15), 0 when it is gone. */
function cpuTimeMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3; utime is field 14, stime 15, in clock ticks (100/s on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Returns VmRSS and VmHWM of `pid` in kB, or null when it is gone. */
function readStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
