import { rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { advertiseSocket, liveHolder, type LockHolder } from '../db/data-dir-lock.ts';
import type { Logger } from '../log.ts';
import { shareRuntime, type Runtime } from '../runtime.ts';

/**
 * PGlite opens its folder from one process only (SPEC "Runtime shape"). While `pulse start` (or
 * `serve`/`worker`) holds it, every other `pulse` command on that folder is run BY the holder, on
 * its open database, through a unix socket in the folder: the command line goes in, stdout and
 * stderr stream back, then the exit code. All access stays in one process behind the database's
 * one lock, so there is never a second writer.
 *
 * Wire format: one JSON line from the client {argv}; then JSON lines {fd: 1|2, data} and a last
 * {code}.
 */
export const SOCKET_NAME = 'pulse.sock';

type Main = (argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: Record<string, string | undefined>; cwd: string }) => Promise<number>;

function lineStream(socket: Socket, fd: 1 | 2): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      if (!socket.destroyed) socket.write(`${JSON.stringify({ fd, data: chunk.toString() })}\n`);
      done();
    },
  });
}

/** Serves other commands on `<dataDir>/pulse.sock` with `rt`; returns the function that stops serving. */
export async function serveForwarding(rt: Runtime, dataDir: string, main: Main, logger?: Logger): Promise<() => Promise<void>> {
  const socketPath = path.join(dataDir, SOCKET_NAME);
  rmSync(socketPath, { force: true });
  shareRuntime(rt);
  const server: Server = createServer((socket) => {
    let buffer = '';
    const onData = (d: Buffer) => {
      buffer += d.toString();
      const nl = buffer.indexOf('\n');
      if (nl < 0) return;
      socket.off('data', onData);
      let argv: string[];
      try {
        argv = (JSON.parse(buffer.slice(0, nl)) as { argv: string[] }).argv;
        if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new Error('bad request');
      } catch {
        socket.end(`${JSON.stringify({ fd: 2, data: 'pulse: bad forwarded command\n' })}\n${JSON.stringify({ code: 2 })}\n`);
        return;
      }
      logger?.info({ argv }, 'forward: running a command for another process');
      void main(argv, { stdout: lineStream(socket, 1), stderr: lineStream(socket, 2), env: process.env, cwd: process.cwd() })
        .catch(() => 1)
        .then((code) => socket.end(`${JSON.stringify({ code })}\n`));
    };
    socket.on('data', onData);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  advertiseSocket(dataDir, socketPath);
  return async () => {
    shareRuntime(null);
    advertiseSocket(dataDir, undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(socketPath, { force: true });
  };
}

/** Returns the live holder of `dataDir` that serves forwarded commands, or null. */
export function forwardingHolder(dataDir: string): LockHolder | null {
  const holder = liveHolder(dataDir);
  return holder?.socket ? holder : null;
}

/** Runs `argv` in the holder process, streaming its output to `io`; resolves to its exit code. */
export function forwardCommand(holder: LockHolder, argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(holder.socket!);
    let buffer = '';
    let code: number | null = null;
    socket.on('connect', () => socket.write(`${JSON.stringify({ argv })}\n`));
    socket.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const msg = JSON.parse(line) as { fd?: 1 | 2; data?: string; code?: number };
        if (msg.fd === 1) io.stdout.write(msg.data ?? '');
        else if (msg.fd === 2) io.stderr.write(msg.data ?? '');
        else if (typeof msg.code === 'number') code = msg.code;
      }
    });
    socket.on('error', reject);
    socket.on('close', () => (code === null ? reject(new Error(`the running pulse ${holder.command} (pid ${holder.pid}) closed the connection`)) : resolve(code)));
  });
}
