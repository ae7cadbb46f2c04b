import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/client.ts';
import { jsonb } from '../../src/db/json.ts';
import { createEditor, type NewEditor } from '../../src/desk/editors.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';

/** A fact sheet of SPEC's shape, written by hand (the reference example's story). */
export function factSheet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const s = (paragraph: number, sentence: string) => ({ paragraph, sentence });
  return {
    url: 'https://techcrunch.example/2026/07/04/alibaba-bans-claude-code/',
    canonical_url: 'https://techcrunch.example/2026/07/04/alibaba-bans-claude-code/',
    title: 'Alibaba bans Claude Code amid Anthropic distillation fight',
    description: 'Alibaba is barring staff from Claude Code starting July 10.',
    authors: ['Jane Reporter'],
    published_at: '2026-07-04T09:00:00.000Z',
    modified_at: null,
    site_name: 'TechCrunch',
    language: 'en',
    section: 'AI',
    tags: ['AI', 'Anthropic'],
    image: null,
    body: {
      paragraphs: [
        'Alibaba is barring staff from using Claude Code starting July 10, according to an internal memo.',
        'Researchers found about 25,000 fake accounts that made 28 million Claude interactions.',
        'The activity ran between April 22 and June 5, the report says.',
        '"We take distillation seriously," said Thariq Shihipar.',
      ],
      word_count: 52,
    },
    body_source: 'page',
    body_html: '<p>Alibaba is barring staff from using Claude Code starting July 10, according to an internal memo.</p><p>Researchers found about 25,000 fake accounts that made 28 million Claude interactions.</p><p>The activity ran between April 22 and June 5, the report says.</p><p>“We take distillation seriously,” said Thariq Shihipar.</p>',
    figures: [
      { text: '~25,000', kind: 'count', value: 25000, approx: true, label: 'fake accounts', evidence: s(1, 'Researchers found about 25,000 fake accounts that made 28 million Claude interactions.') },
      { text: '28 million', kind: 'count', value: 28000000, approx: false, label: 'Claude interactions', evidence: s(1, 'Researchers found about 25,000 fake accounts that made 28 million Claude interactions.') },
    ],
    dates: [
      { text: 'July 10', date: '2026-07-10', evidence: s(0, 'Alibaba is barring staff from using Claude Code starting July 10, according to an internal memo.') },
      { text: 'April 22 and June 5', start: '2026-04-22', end: '2026-06-05', evidence: s(2, 'The activity ran between April 22 and June 5, the report says.') },
    ],
    quotes: [{ text: 'We take distillation seriously', speaker: 'Thariq Shihipar', evidence: s(3, '"We take distillation seriously," said Thariq Shihipar.') }],
    entities: [{ name: 'Alibaba', mentions: 3 }],
    links: [],
    ...overrides,
  };
}

let sourceSeq = 0;

/** Inserts a source and returns its id. */
export async function seedSource(db: Db, name = 'TechCrunch'): Promise<number> {
  sourceSeq += 1;
  const row = await db.kysely
    .insertInto('sources')
    .values({ url: `https://feeds.example/${sourceSeq}/${encodeURIComponent(name)}.xml`, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let storySeq = 0;

/** Inserts a ready story with a fact sheet (and its story_reports row); returns its id. */
export async function seedStory(
  db: Db,
  sourceId: number,
  opts: { title?: string; status?: 'ready' | 'new' | 'used' | 'dismissed'; facts?: Record<string, unknown>; publishedAt?: string; summary?: string } = {},
): Promise<number> {
  storySeq += 1;
  const title = opts.title ?? `Story number ${storySeq} about something`;
  const url = `https://news.example/${storySeq}`;
  const row = await db.kysely
    .insertInto('stories')
    .values({
      source_id: sourceId,
      guid: `guid-${storySeq}`,
      url,
      canonical_url: url,
      title,
      summary_html: opts.summary ?? null,
      item_hash: `h${storySeq}`,
      status: opts.status ?? 'ready',
      facts: opts.status === 'new' ? null : jsonb(opts.facts ?? factSheet({ title })),
      published_at: opts.publishedAt ?? new Date(Date.UTC(2026, 6, 4, 9, 0, storySeq)).toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.kysely.insertInto('story_reports').values({ story_id: row.id, source_id: sourceId, guid: `guid-${storySeq}`, url }).execute();
  return row.id;
}

export interface DeskWorld {
  app: FastifyInstance;
  alice: NewEditor;
  bob: NewEditor;
  admin: NewEditor;
  /** The Authorization header of `who` (inject sets the JSON content type for object payloads). */
  as(who: NewEditor): Record<string, string>;
}

let worldSeq = 0;

/** Builds the app on `db` with two editors and an admin. */
export async function deskWorld(db: Db, opts: { now?: () => Date; env?: Record<string, string> } = {}): Promise<DeskWorld> {
  worldSeq += 1;
  const config = loadConfig({ PULSE_BASE_URL: 'https://pulse.example', LOG_LEVEL: 'silent', ...opts.env });
  const app = await buildApp({ config, db, metrics: createMetrics(db), ...(opts.now ? { now: opts.now } : {}) });
  const alice = await createEditor(db.kysely, { name: `Alice ${worldSeq}`, role: 'editor' });
  const bob = await createEditor(db.kysely, { name: `Bob ${worldSeq}`, role: 'editor' });
  const admin = await createEditor(db.kysely, { name: `Ada ${worldSeq}`, role: 'admin' });
  return { app, alice, bob, admin, as: (who) => ({ authorization: `Bearer ${who.token}` }) };
}

/** A browser-like cookie jar over app.inject: sign in through the form, then carry the session cookie. */
export async function signIn(app: FastifyInstance, token: string, remoteAddress = '127.0.0.1'): Promise<{ cookie: string; csrf: string; setCookie: string }> {
  const form = await app.inject({ method: 'GET', url: '/desk/login', remoteAddress });
  const loginCookie = String(form.headers['set-cookie']).split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const res = await app.inject({ method: 'POST', url: '/desk/login', remoteAddress, headers: { cookie: loginCookie }, payload: { _csrf: csrf, token, next: '/desk' } });
  expect(res.statusCode, res.body).toBe(303);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('pulse_session='))!;
  const cookie = setCookie.split(';')[0]!;
  const desk = await app.inject({ method: 'GET', url: '/desk', headers: { cookie } });
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(desk.body)![1]!, setCookie };
}

/** A urlencoded form body for app.inject. */
export const form = (fields: Record<string, string>) => ({ payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
