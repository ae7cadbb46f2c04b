import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPulse } from '../helpers/cli.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pulse-events-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pulse cluster', () => {
  const file = (name: string, text: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it('prints one {id, event} line per item in input order, grouping by what the items say and when', async () => {
    const items = [
      { id: 'b', title: 'Sbarro files for bankruptcy protection for the second time', published_at: '2014-03-10T20:38:30Z' },
      { id: 'a', title: 'Elephants can tell human voices apart, study finds', published_at: '2014-03-11T00:57:25Z' },
      { id: 'c', title: 'Pizza chain Sbarro files for Chapter 11 bankruptcy', published_at: '2014-03-10T20:38:25Z' },
      { id: 7, title: 'Study: elephants judge the threat from human voices', published_at: '2014-03-11T00:57:27Z', source: 'X', url: 'https://x.example/e', text: 'Elephants distinguish human voices.' },
    ];
    const r = await runPulse(['cluster', file('items.jsonl', `${items.map((i) => JSON.stringify(i)).join('\n')}\n\n`), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | number; event: number });
    expect(out.map((o) => o.id)).toEqual(['b', 'a', 'c', 7]);
    const ev = Object.fromEntries(out.map((o) => [String(o.id), o.event]));
    expect(ev.b).toBe(ev.c);
    expect(ev.a).toBe(ev['7']);
    expect(ev.a).not.toBe(ev.b);
  });

  it.each([
    ['not JSON', '{"id": 1, "title": "ok"}\n{oops\n', /line 2: not JSON/],
    ['no title', '{"id": 1}\n', /line 1: "title" must be a string/],
    ['a bad date', '{"id": 1, "title": "x", "published_at": "yesterday-ish"}\n', /line 1: "published_at" is not a date/],
  ])('refuses %s with a one-line message naming the line, exit 1', async (name, text, message) => {
    const r = await runPulse(['cluster', file(`${name}.jsonl`, text)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 for a missing file and 2 without one', async () => {
    expect((await runPulse(['cluster', path.join(dir, 'nope.jsonl')])).code).toBe(1);
    expect((await runPulse(['cluster'])).code).toBe(2);
  }, 120_000);
});

// A loopback newsroom: three publishers (one with two feeds) telling two pieces of news.
const NEWS = {
  ban: [
    'Alibaba is barring its staff from using Anthropic’s Claude Code starting July 10, according to an internal memo seen by reporters.',
    'Researchers found about 25,000 fake accounts that made 28 million Claude interactions to distill the model between April and June.',
  ],
  earnings: [
    'Alibaba said on Thursday that quarterly revenue rose 7% to 243 billion yuan, beating analyst estimates.',
    'Its cloud computing unit grew 26%, helped by demand for AI services, and the company expanded its share buyback.',
  ],
};

function page(site: string, title: string, paragraphs: string[], links = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${site}"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${links}</article></body></html>`;
}

function atom(origin: string, name: string, entries: { path: string; title: string; at: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${name}</title><id>urn:${encodeURIComponent(name)}</id><updated>2026-07-04T12:00:00Z</updated>
${entries.map((e) => `<entry><title>${e.title}</title><id>urn:${e.path}</id><link href="${origin}${e.path}"/><updated>${e.at}</updated></entry>`).join('\n')}</feed>`;
}

// Generous process limits: CI's loaded 2-core box can take long to start `pulse` (no assertion on time).
const SLOW = { timeoutMs: 240_000 };

describe(`pulse events list / show after a poll of a loopback newsroom (${TEST_BACKEND})`, () => {
  let server: FeedServer;
  let t: TestDatabase | null = null;
  let env: Record<string, string>;

  beforeAll(async () => {
    const html = (body: string) => (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(200, { 'content-type': 'text/html' }).end(body);
    const xml = (body: () => string) => (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(200, { 'content-type': 'application/atom+xml' }).end(body());
    server = await startFeedServer({
      '/tc/feed.xml': xml(() => atom(server.origin, 'TechCrunch', [{ path: '/tc/ban', title: 'Alibaba bans Claude Code amid Anthropic distillation fight', at: '2026-07-04T09:30:00Z' }])),
      '/tc/ai.xml': xml(() => atom(server.origin, 'TechCrunch AI', [{ path: '/tc/ban', title: 'Alibaba bans Claude Code amid Anthropic distillation fight', at: '2026-07-04T09:30:00Z' }, { path: '/tc/ban-2', title: 'Anthropic’s Claude Code banned inside Alibaba from July 10', at: '2026-07-04T09:45:00Z' }])),
      '/verge/feed.xml': xml(() => atom(server.origin, 'The Verge', [{ path: '/verge/ai-tool', title: 'Chinese tech giant cuts off staff access to an AI coding tool', at: '2026-07-04T09:10:00Z' }])),
      '/reuters/feed.xml': xml(() => atom(server.origin, 'Reuters Business News', [{ path: '/reuters/earnings', title: 'Alibaba quarterly revenue beats estimates as cloud unit grows', at: '2026-07-04T09:20:00Z' }])),
      '/tc/ban': html(page('TechCrunch', 'Alibaba bans Claude Code amid Anthropic distillation fight', NEWS.ban)),
      '/tc/ban-2': html(page('TechCrunch', 'Anthropic’s Claude Code banned inside Alibaba from July 10', NEWS.ban)),
      '/verge/ai-tool': (_q, r) =>
        r.writeHead(200, { 'content-type': 'text/html' }).end(page('The Verge', 'Chinese tech giant cuts off staff access to an AI coding tool', [`As TechCrunch reports, ${NEWS.ban[0]}`, NEWS.ban[1]!], `<p>Source: <a href="${server.origin}/tc/ban?utm_source=verge">TechCrunch</a></p>`)),
      '/reuters/earnings': html(page('Reuters', 'Alibaba quarterly revenue beats estimates as cloud unit grows', NEWS.earnings)),
    });
    env = { PULSE_ALLOW_HOSTS: '127.0.0.1', PULSE_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
    if (TEST_BACKEND === 'pg') {
      t = await createTestDatabase();
      env.DATABASE_URL = t.url!;
    }
  });
  afterAll(async () => {
    await server.close();
    await t?.cleanup();
  });

  it('groups every publisher’s report of one news item into one ranked event and shows its stories', async () => {
    for (const feed of ['/tc/feed.xml', '/tc/ai.xml', '/verge/feed.xml', '/reuters/feed.xml']) {
      const add = await runPulse(['sources', 'add', `${server.origin}${feed}`, '--json'], env, SLOW);
      expect(add.code, add.stderr).toBe(0);
    }
    const poll = await runPulse(['poll', '--json'], env, SLOW);
    expect(poll.code, poll.stderr).toBe(0);

    const list = await runPulse(['events', 'list', '--json'], env, SLOW);
    expect(list.code, list.stderr).toBe(0);
    const events = JSON.parse(list.stdout) as { id: number; title: string; story_count: number; source_count: number; sources: string[]; first_reported: { story_id: number; source: string; url: string } | null; score: number; status: string }[];
    expect(events).toHaveLength(2);
    const [top, other] = events;
    expect(top!.story_count).toBe(3);
    expect(top!.source_count).toBe(2); // TechCrunch's two feeds count once
    expect(top!.sources).toContain('TechCrunch');
    expect(top!.status).toBe('open');
    // the Verge post came first but links to TechCrunch's article as its source
    expect(top!.first_reported).toMatchObject({ source: 'TechCrunch', url: `${server.origin}/tc/ban` });
    expect(top!.score).toBeGreaterThan(other!.score);
    expect(other!.title).toMatch(/revenue/);
    // the publisher is the page's site name, not the feed's title ("Reuters Business News"), as in `sources`
    expect(other!.first_reported).toMatchObject({ source: 'Reuters', url: `${server.origin}/reuters/earnings` });
    expect(other!.sources).toEqual(['Reuters']);

    const limited = await runPulse(['events', 'list', '--limit', '1', '--json'], env, SLOW);
    expect((JSON.parse(limited.stdout) as unknown[]).length).toBe(1);

    const show = await runPulse(['events', 'show', String(top!.id), '--json'], env, SLOW);
    expect(show.code, show.stderr).toBe(0);
    const detail = JSON.parse(show.stdout) as { id: number; stories: { id: number; source_id: number; url: string; title: string; published_at: string }[] };
    expect(detail.id).toBe(top!.id);
    expect(detail.stories.map((s) => s.url).sort()).toEqual([`${server.origin}/tc/ban`, `${server.origin}/tc/ban-2`, `${server.origin}/verge/ai-tool`].sort());

    const human = await runPulse(['events', 'list'], env, SLOW);
    expect(human.stdout).toMatch(/revenue/);
    expect((await runPulse(['events', 'show', '999999'], env, SLOW)).code).toBe(1);
    expect((await runPulse(['events', 'list', '--status', 'lost'], env, SLOW)).code).toBe(1);
  }, 1_200_000);
});
