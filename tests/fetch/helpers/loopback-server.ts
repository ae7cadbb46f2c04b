/**
 * A loopback HTTP server for fetcher tests: ephemeral port, a route table, and counters of the
 * connections and requests that reached it (the SSRF tests assert these stay at zero).
 * It listens on `::` (dual stack) when the machine has IPv6, so a refused http://[::1]:port/
 * would have been answered had the guard let it through.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, server: LoopbackServer) => void | Promise<void>;

export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** Raw header pairs as received, to check bytes (values are latin1 strings). */
  readonly rawHeaders: string[];
}

export interface LoopbackServer {
  readonly port: number;
  readonly dualStack: boolean;
  /** http://127.0.0.1:port + path */
  url(path?: string): string;
  readonly requests: SeenRequest[];
  connections: number;
  close(): Promise<void>;
}

/** Starts a server answering with the first route whose path matches (exact, or a prefix ending in '*'). */
export async function startLoopbackServer(routes: Record<string, Handler>): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const requests: SeenRequest[] = [];
  const server = http.createServer();
  const state: LoopbackServer = {
    port: 0,
    dualStack: false,
    url: (path = '/') => `http://127.0.0.1:${state.port}${path}`,
    requests,
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  server.on('connection', (socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, rawHeaders: req.rawHeaders });
    const pathname = path.split('?')[0] ?? path;
    const handler =
      routes[pathname] ??
      Object.entries(routes).find(([pattern]) => pattern.endsWith('*') && pathname.startsWith(pattern.slice(0, -1)))?.[1];
    if (!handler) {
      res.writeHead(404).end('not found');
      return;
    }
    Promise.resolve(handler(req, res, state)).catch((err: unknown) => {
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });
  const listen = (host: string): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await listen('::');
    (state as { dualStack: boolean }).dualStack = true;
  } catch {
    await listen('127.0.0.1');
  }
  (state as { port: number }).port = (server.address() as AddressInfo).port;
  return state;
}
