import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/fetcher.ts';

// A self-signed certificate for feeds.example.test, made with the openssl CLI when it is present.
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=feeds.example.test',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const material = selfSignedCertificate();
const serverNames: string[] = [];
let requests = 0;
let server: https.Server;
let port = 0;

beforeAll(async () => {
  if (!material) return;
  const context = tls.createSecureContext(material);
  server = https.createServer(
    {
      ...material,
      SNICallback: (servername, cb) => {
        serverNames.push(servername);
        cb(null, context);
      },
    },
    (_req, res) => {
      requests++;
      res.end('secret');
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  if (material) await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe.skipIf(!material)('HTTPS through the pinned connection (needs the openssl CLI)', () => {
  it('dials the vetted IP but sends the hostname as SNI and still verifies the certificate', async () => {
    const fetcher = createFetcher({ userAgent: 'Pulse/test', allowHosts: ['127.0.0.1'], lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    try {
      const result = await fetcher.fetch(`https://feeds.example.test:${port}/feed.xml`);
      // Self-signed: verification must fail — pinning the IP must not switch certificate checks off.
      expect(result).toMatchObject({ kind: 'failed', reason: 'network' });
      expect(result.kind === 'failed' && result.message).toMatch(/self[- ]signed/i);
      expect(serverNames).toContain('feeds.example.test');
      expect(requests).toBe(0);
    } finally {
      await fetcher.close();
    }
  });
});
