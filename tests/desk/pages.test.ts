import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { deskWorld, form, seedSource, seedStory, signIn, type DeskWorld } from './fixtures.ts';
import { CLOCK } from '../helpers/clock-pattern.ts';

describe(`HTML desk (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let w: DeskWorld;
  let storyId: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    w = await deskWorld(t.db);
    const source = await seedSource(t.db, 'TechCrunch');
    storyId = await seedStory(t.db, source, { title: 'Alibaba bans Claude Code <script>alert(1)</script>' });
  });
  afterAll(async () => {
    await w.app.close();
    await t.cleanup();
  });

  const post = (url: string, cookie: string, fields: Record<string, string>) => {
    const f = form(fields);
    return w.app.inject({ method: 'POST', url, payload: f.payload, headers: { ...f.headers, cookie } });
  };

  it('sends a visitor without a session to the sign-in page', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/desk/stories/1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/desk/login?next=%2Fdesk%2Fstories%2F1');
  });

  it('signs in with a token and sets a HttpOnly, SameSite=Strict, Secure session cookie on /desk', async () => {
    const { setCookie } = await signIn(w.app, w.alice.token);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/Path=\/desk/);
    const stored = await t.db.kysely.selectFrom('editor_sessions').select('session_hash').execute();
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.session_hash))).toBe(true);
  });

  it('refuses a wrong token with 401 and the sign-in form without its CSRF token with 403', async () => {
    const page = await w.app.inject({ method: 'GET', url: '/desk/login', remoteAddress: '10.1.1.1' });
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const bad = await w.app.inject({ method: 'POST', url: '/desk/login', remoteAddress: '10.1.1.1', headers: { cookie, ...form({}).headers }, payload: form({ _csrf: csrf, token: 'nope' }).payload });
    expect(bad.statusCode).toBe(401);
    const noCsrf = await w.app.inject({ method: 'POST', url: '/desk/login', remoteAddress: '10.1.1.1', ...form({ token: w.alice.token }) });
    expect(noCsrf.statusCode).toBe(403);
    expect(String(noCsrf.headers['set-cookie'])).not.toContain('pulse_session=');
  });

  it('rate-limits sign-in: the 11th attempt within 15 minutes from one address gets 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await w.app.inject({ method: 'POST', url: '/desk/login', remoteAddress: '10.9.9.9', ...form({ token: 'guess' }) });
      statuses.push(res.statusCode);
      if (i === 10) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 10).every((s) => s === 403)).toBe(true);
    expect(statuses[10]).toBe(429);
    const elsewhere = await w.app.inject({ method: 'POST', url: '/desk/login', remoteAddress: '10.9.9.10', ...form({ token: 'guess' }) });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('refuses a POST without the session CSRF token (403) and changes nothing', async () => {
    const { cookie } = await signIn(w.app, w.bob.token);
    const res = await post(`/desk/stories/${storyId}/claim`, cookie, {});
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('CSRF');
    const wrong = await post(`/desk/stories/${storyId}/claim`, cookie, { _csrf: 'x'.repeat(43) });
    expect(wrong.statusCode).toBe(403);
    const row = await t.db.kysely.selectFrom('stories').select('status').where('id', '=', storyId).executeTakeFirstOrThrow();
    expect(row.status).toBe('ready');
  });

  it('shows the queue and the story beside its fact sheet with evidence anchors, escaping plain text', async () => {
    const { cookie } = await signIn(w.app, w.alice.token);
    const queue = await w.app.inject({ method: 'GET', url: '/desk', headers: { cookie } });
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Alibaba bans Claude Code &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(queue.body).not.toContain('<script>alert(1)');
    const story = await w.app.inject({ method: 'GET', url: `/desk/stories/${storyId}`, headers: { cookie } });
    expect(story.body).toMatch(/<mark id="ev-1-0">Researchers found about 25,000 fake accounts/);
    expect(story.body).toContain('href="#ev-1-0"');
    expect(story.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('claims, composes with three picked stats and a rundown, publishes; a stale edit is refused with the edits kept', async () => {
    const { cookie, csrf } = await signIn(w.app, w.alice.token);
    const claim = await post(`/desk/stories/${storyId}/claim`, cookie, { _csrf: csrf });
    expect(claim.statusCode).toBe(303);
    const other = await signIn(w.app, w.bob.token);
    const refused = await post(`/desk/stories/${storyId}/claim`, other.cookie, { _csrf: other.csrf });
    // Post/Redirect/Get: the refusal lands on the story page, which tells who holds it and until when.
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe(`/desk/stories/${storyId}?notice=held`);
    const told = await w.app.inject({ method: 'GET', url: String(refused.headers.location), headers: { cookie: other.cookie } });
    expect(told.body).toMatch(new RegExp(`${w.alice.name} got there first\\. Held by ${w.alice.name} until ${CLOCK} \\(in \\d+ min\\)`));

    const compose = await w.app.inject({ method: 'GET', url: `/desk/compose?story=${storyId}`, headers: { cookie } });
    expect(compose.statusCode).toBe(200);
    expect(compose.body).toContain('name="stat_0_value" value="~25,000"');

    const fields: Record<string, string> = {
      _csrf: csrf, story_ids: String(storyId), headline: 'Alibaba Bans Claude Code', dek: 'A ban & a fight', category: 'AI', highlight: 'Ban effective July 10, 2026',
      stat_0_on: '1', stat_0_value: '~25,000', stat_0_label: 'Alleged fake accounts',
      stat_1_on: '1', stat_1_value: '28 million', stat_1_label: 'Alleged Claude interactions',
      stat_2_on: '1', stat_2_value: 'July 10', stat_2_label: 'Ban effective date',
      stat_3_value: 'April 22 and June 5', stat_3_label: 'Period',
      rundown_0: 'One', rundown_1: 'Two', rundown_2: 'Three', take_title: 'The take', take_text: 'It matters.', take_author: 'Alice',
      body: 'Hello **world**', tags: 'AI, Anthropic', author: 'Alice', slug: '', at: '',
    };
    // The preview is the public page itself: kicker, stats, rundown, take, body.
    const preview = await post('/desk/preview', cookie, { ...fields, action: 'preview' });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Hello <strong>world</strong>');
    expect(preview.body).toContain('<p class="dek">A ban &amp; a fight</p>');
    expect(preview.body).toContain('<dd>~25,000</dd>');
    expect(preview.body).toContain('<li>Two</li>');
    expect(preview.body).toContain('It matters.');
    const again = await post('/desk/compose', cookie, { ...fields, action: 'stat-up-1' });
    expect(again.statusCode).toBe(200);
    expect(again.body.indexOf('value="28 million"')).toBeLessThan(again.body.indexOf('value="~25,000"'));

    const tooShort = await post('/desk/compose', cookie, { ...fields, rundown_2: '', action: 'publish' });
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.body).toContain('3 to 5 rundown points are needed to publish');
    expect(tooShort.body).toContain('value="Alleged fake accounts"');

    const pub = await post('/desk/compose', cookie, { ...fields, action: 'publish' });
    expect(pub.statusCode, pub.body).toBe(303);
    const id = Number(/\/desk\/analyses\/(\d+)/.exec(String(pub.headers.location))![1]);
    const stored = await t.db.kysely.selectFrom('analyses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'published', version: 2, tags: ['AI', 'Anthropic'], rundown: ['One', 'Two', 'Three'] });
    expect(stored.stats).toEqual([
      { value: '~25,000', label: 'Alleged fake accounts' },
      { value: '28 million', label: 'Alleged Claude interactions' },
      { value: 'July 10', label: 'Ban effective date' },
    ]);

    const edit = await w.app.inject({ method: 'GET', url: `/desk/analyses/${id}`, headers: { cookie } });
    expect(edit.body).toContain('name="version" value="2"');
    // Bob may read Alice's analysis but not save it (SPEC: the owner or an admin).
    const bobSave = await post(`/desk/analyses/${id}`, other.cookie, { ...fields, _csrf: other.csrf, version: '2', headline: 'Bob’s headline', action: 'save' });
    expect(bobSave.statusCode).toBe(403);
    expect(bobSave.body).toContain(`belongs to ${w.alice.name}`);
    // Alice in another tab saves first; her save from version 2 is then stale, and says it was her.
    const otherTab = await post(`/desk/analyses/${id}`, cookie, { ...fields, version: '2', headline: 'Other tab headline', action: 'save' });
    expect(otherTab.statusCode).toBe(303);
    const stale = await post(`/desk/analyses/${id}`, cookie, { ...fields, version: '2', headline: 'Alice’s careful headline', action: 'save' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('You saved it yourself — in another tab or window —');
    expect(stale.body).toContain('value="Alice’s careful headline"');
    expect(stale.body).toContain('name="resolve_headline"');
    expect(stale.body).toContain('name="resolved_from" value="3"');
    expect((await t.db.kysely.selectFrom('analyses').select('headline').where('id', '=', id).executeTakeFirstOrThrow()).headline).toBe('Other tab headline');
    // Saving again without choosing changes nothing; choosing "mine" per field saves.
    const unchosen = await post(`/desk/analyses/${id}`, cookie, { ...fields, version: '2', resolved_from: '3', headline: 'Alice’s careful headline', action: 'save' });
    expect(unchosen.statusCode).toBe(409);
    const chosen = await post(`/desk/analyses/${id}`, cookie, { ...fields, version: '2', resolved_from: '3', resolve_headline: 'mine', headline: 'Alice’s careful headline', action: 'save' });
    expect(chosen.statusCode, chosen.body).toBe(303);
    expect((await t.db.kysely.selectFrom('analyses').select(['headline', 'version']).where('id', '=', id).executeTakeFirstOrThrow())).toEqual({ headline: 'Alice’s careful headline', version: 4 });

    const list = await w.app.inject({ method: 'GET', url: '/desk/analyses', headers: { cookie } });
    expect(list.body).toContain('Published (1)');

    const out = await post('/desk/logout', cookie, { _csrf: csrf });
    expect(out.statusCode).toBe(303);
    expect((await w.app.inject({ method: 'GET', url: '/desk', headers: { cookie } })).statusCode).toBe(303);
  });
});
