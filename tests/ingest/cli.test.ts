import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPulse, type CliResult } from '../helpers/cli.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { articlePage, rss, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const BODY = [
  'Acme Corp said on Monday it raised $45 million in a Series B round led by Example Ventures, valuing the company at about $300 million.',
  'The startup, which has 120 employees, plans to double its headcount over the next 18 months, chief executive Jane Doe said in an interview.',
  '"We are only getting started," Doe said. Revenue grew 80% last year, according to the company.',
];

// Each test starts pulse processes that open the database (PGlite in each of them): generous
// timeouts for a loaded machine. Every test runs alone too (`-t`): what several need, the source
// subscribed and polled once, is made on first use by `subscribedAndPolled`, not left by a test.
describe(`pulse sources / poll / stories, end to end (${TEST_BACKEND})`, { timeout: 600_000 }, () => {
  let server: FeedServer;
  let t: TestDatabase | null = null;
  let env: Record<string, string>;
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-ingest-cli-'));

  beforeAll(async () => {
    server = await startFeedServer({
      '/': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Loopback</title><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body></body></html>'),
      '/atom.xml': (_q, r) =>
        r.writeHead(200, { 'content-type': 'application/atom+xml' }).end(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback Wire</title><id>urn:x</id><updated>2026-11-24T10:00:00Z</updated><link href="${server.origin}/"/>
<entry><title>Acme raises $45 million</title><id>urn:acme</id><link href="${server.origin}/acme"/><updated>2026-11-23T10:00:00Z</updated><summary>Acme raised money.</summary></entry>
<entry><title>Missing page</title><id>urn:missing</id><link href="${server.origin}/missing"/><updated>2026-11-22T10:00:00Z</updated><content type="html">&lt;p&gt;${BODY.join(' ')}&lt;/p&gt;</content></entry>
</feed>`),
      '/acme': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Acme raises $45 million', BODY)),
      '/broken.xml': (_q, r) => r.writeHead(500).end(),
    });
    env = { PULSE_ALLOW_HOSTS: '127.0.0.1', PULSE_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
    if (TEST_BACKEND === 'pg') {
      t = await createTestDatabase();
      env.DATABASE_URL = t.url!;
    }
  });
  let firstRun: Promise<{ add: CliResult; poll: CliResult }> | null = null;
  const subscribedAndPolled = () =>
    (firstRun ??= (async () => {
      const add = await runPulse(['sources', 'add', server.url, '--json'], env);
      const poll = await runPulse(['poll', '--json'], env);
      return { add, poll };
    })());
  const sourceId = async () => (JSON.parse((await subscribedAndPolled()).add.stdout) as { id: number }).id;

  afterAll(async () => {
    await server.close();
    await t?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds a site by discovering its feed, polls it, and lists and shows its stories', async () => {
    const { add, poll } = await subscribedAndPolled();
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ id: 1, url: `${server.origin}/atom.xml`, name: 'Loopback Wire' });

    expect(poll.code).toBe(0);
    const summary = JSON.parse(poll.stdout);
    expect(summary).toMatchObject({ sources: 1, polled: 1, updated: 1, new_stories: 2, extracted: 2, extract_fallbacks: 1, failed: [] });
    expect(poll.stderr).toMatch(/sources 1\/1/);

    const list = await runPulse(['stories', 'list', '--json'], env);
    const stories = JSON.parse(list.stdout) as { id: number; title: string; status: string; source_id: number; url: string; published_at: string }[];
    expect(stories.map((s) => [s.title, s.status])).toEqual([
      ['Acme raises $45 million', 'ready'],
      ['Missing page', 'ready'],
    ]);
    expect(stories[0]).toMatchObject({ source_id: 1, url: `${server.origin}/acme`, published_at: '2026-11-23T10:00:00.000Z' });

    const show = await runPulse(['stories', 'show', String(stories[0]!.id), '--json'], env);
    const story = JSON.parse(show.stdout);
    expect(story).toMatchObject({ id: stories[0]!.id, status: 'ready', url: `${server.origin}/acme`, title: 'Acme raises $45 million' });
    expect(story.facts.figures.map((f: { text: string }) => f.text).join(' ')).toContain('$45 million');

    const readable = await runPulse(['stories', 'show', String(stories[0]!.id)], env);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('Acme raises $45 million');

    const ready = await runPulse(['stories', 'list', '--status', 'ready', '--json'], env);
    expect(JSON.parse(ready.stdout)).toHaveLength(2);
  });

  it('polls again without duplicating anything, and reports a failing source in the summary with exit 0', async () => {
    const id = await sourceId();
    const add = await runPulse(['sources', 'add', `${server.origin}/broken.xml`], env);
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/500/);
    const poll = await runPulse(['poll', '--source', String(id), '--json'], env);
    expect(poll.code).toBe(0);
    expect(JSON.parse(poll.stdout)).toMatchObject({ polled: 1, new_stories: 0 });
    const list = await runPulse(['stories', 'list', '--json'], env);
    expect((JSON.parse(list.stdout) as { source_id: number }[]).filter((s) => s.source_id === id)).toHaveLength(2);
  });

  it('lists sources with their status, and round-trips them through OPML', async () => {
    const id = await sourceId();
    const list = await runPulse(['sources', 'list', '--json'], env);
    const source = (JSON.parse(list.stdout) as { id: number }[]).find((s) => s.id === id) as Record<string, unknown>;
    expect(source).toMatchObject({ id, name: 'Loopback Wire', status: 'active', paused: false, last_error: null, error_count: 0 });
    for (const key of ['last_polled_at', 'next_poll_at']) expect(typeof source[key]).toBe('string');

    const exported = await runPulse(['sources', 'export'], env);
    expect(exported.stdout).toContain(`xmlUrl="${server.origin}/atom.xml"`);
    const file = path.join(dir, 'subs.opml');
    writeFileSync(file, exported.stdout.replace('</body>', `<outline text="Extra" type="rss" xmlUrl="${server.origin}/extra.xml"/></body>`));
    const imported = await runPulse(['sources', 'import', file, '--json'], env);
    expect(imported.code).toBe(0);
    const r = JSON.parse(imported.stdout);
    expect(r.added.map((s: { url: string }) => s.url)).toEqual([`${server.origin}/extra.xml`]);
    expect(r.existing).toEqual([`${server.origin}/atom.xml`]);
  });

  it.each([
    [['sources', 'add'], 2, /missing argument/],
    [['sources', 'add', 'ftp://example.com/feed'], 1, /only http and https/],
    [['sources', 'add', 'http://example.com/', '--interval', 'often'], 2, /--interval must look like/],
    [['sources', 'remove', 'abc'], 1, /source id must be a positive number/],
    [['sources', 'remove', '999'], 1, /source 999 does not exist/],
    [['stories', 'list', '--status', 'weird'], 1, /unknown story status "weird"/],
    [['stories', 'show', '424242'], 1, /story 424242 does not exist/],
    [['poll', '--source', '999'], 1, /source 999 does not exist/],
  ])('%j exits %i with a one-line message', async (args, code, message) => {
    const r = await runPulse(args, env);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a loopback source without the allowlist, saving nothing', async () => {
    const r = await runPulse(['sources', 'add', `${server.origin}/atom.xml?x=1`], { ...env, PULSE_ALLOW_HOSTS: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused .*loopback/);
    const list = await runPulse(['sources', 'list', '--json'], env);
    expect(JSON.parse(list.stdout).map((s: { url: string }) => s.url)).not.toContain(`${server.origin}/atom.xml?x=1`);
  });
});
