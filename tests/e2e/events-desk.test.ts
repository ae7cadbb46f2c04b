import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEditor, type NewEditor } from '../../src/desk/editors.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { seedSource, seedStory } from '../desk/fixtures.ts';
import { REPO_ROOT } from '../helpers/cli.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { seedEvent } from '../helpers/events.ts';
import { CLOCK } from '../helpers/clock-pattern.ts';

// Debian's Chromium only: never download a browser (STACK.md).
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const OUT = path.join(REPO_ROOT, 'test-output', `events-desk-${TEST_BACKEND}`);

/** Returns the elements sticking out of the viewport on the right (none means no horizontal scrolling; the skip link hides off the left edge on purpose). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth}px > ${width}px`);
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${(el as HTMLElement).className || ''} [${Math.round(r.left)}–${Math.round(r.right)}]`);
    }
    return out;
  });
}

describe.skipIf(!hasChromium)(`the events desk in Chromium, two editors at once (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let alice: NewEditor;
  let bob: NewEditor;
  let ctxA: BrowserContext;
  let ctxB: BrowserContext;
  let big: { id: number; stories: number[] };
  let small: number;
  const bigTitle = 'Alibaba bans Claude Code amid Anthropic distillation fight';
  const smallTitle = 'Acme’s extraordinarily-long-hyphenated-product-name-that-would-otherwise-overflow-a-phone-screen recall widens';

  const signIn = async (ctx: BrowserContext, token: string) => {
    const page = await ctx.newPage();
    await page.goto(`${origin}/desk/login`);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/desk`);
    return page;
  };

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    t = await createTestDatabase();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    app = await buildApp({ config, db: t.db, metrics: createMetrics(t.db) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    alice = await createEditor(t.db.kysely, { name: 'Alice Example', role: 'editor' });
    bob = await createEditor(t.db.kysely, { name: 'Bob Example', role: 'editor' });
    const [tc, verge, reuters] = [await seedSource(t.db, 'TechCrunch'), await seedSource(t.db, 'The Verge'), await seedSource(t.db, 'Reuters')];
    const now = Date.now();
    const stories = [
      await seedStory(t.db, tc, { title: bigTitle, publishedAt: new Date(now - 2 * 3600_000 - 60_000).toISOString() }),
      await seedStory(t.db, verge, { title: 'Alibaba bars staff from Claude Code', publishedAt: new Date(now - 90 * 60_000).toISOString() }),
      await seedStory(t.db, reuters, { title: 'Alibaba halts use of Anthropic tool, memo shows', publishedAt: new Date(now - 30 * 60_000).toISOString() }),
    ];
    big = { id: await seedEvent(t.db, stories, { title: bigTitle, score: 9 }), stories };
    small = await seedEvent(t.db, [await seedStory(t.db, verge, { title: smallTitle, publishedAt: new Date(now - 5 * 60_000).toISOString() })], { score: 3 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    ctxA = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    ctxB = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await ctxA?.close();
    await ctxB?.close();
    await browser?.close();
    await app?.close();
    await t?.cleanup();
  });

  it('shows one row per event with its reports; A claims, B sees it held in human time and cannot claim it', async () => {
    const a = await signIn(ctxA, alice.token);
    const b = await signIn(ctxB, bob.token);
    const rows = a.locator('article.event');
    await expect(rows.count()).resolves.toBe(2);
    const first = rows.first();
    await expect(first.locator('h2').textContent()).resolves.toBe(bigTitle);
    await expect(first.locator('.meta').textContent()).resolves.toMatch(/^TechCrunch, The Verge, Reuters · 3 reports · first: TechCrunch, 2 h ago · 6 figures · 6 dates · 3 quotes$/);
    await first.locator('summary').click();
    const reportLinks = first.locator('ul.reports li > a');
    await expect(reportLinks.evaluateAll((els) => els.map((e) => e.getAttribute('href')))).resolves.toEqual(big.stories.map((id) => `/desk/stories/${id}`));
    await a.screenshot({ path: path.join(OUT, 'queue-1280-alice.png'), fullPage: true });

    // Bob loaded the queue before Alice claimed: his Claim button is stale.
    await expect(b.getByRole('button', { name: `Claim: ${bigTitle}` }).count()).resolves.toBe(1);
    await a.getByRole('button', { name: `Claim: ${bigTitle}` }).click();
    await a.waitForURL(new RegExp(`/desk/events/${big.id}\\?notice=claimed$`));
    await expect(a.locator('.event .state').textContent()).resolves.toMatch(new RegExp(String.raw`^Held by you until ${CLOCK} \(in \d+ min\)$`));

    await b.getByRole('button', { name: `Claim: ${bigTitle}` }).click();
    // Post/Redirect/Get: Bob lands on the event's page (a GET URL), told who holds it and until when.
    await b.waitForURL(new RegExp(`/desk/events/${big.id}\\?notice=held$`));
    await expect(b.getByRole('alert').textContent()).resolves.toMatch(new RegExp(String.raw`^Alice Example got there first\. Held by Alice Example until ${CLOCK} \(in \d+ min\)\.$`));
    await expect(b.getByRole('button', { name: /^Claim/ }).count()).resolves.toBe(0);
    await b.screenshot({ path: path.join(OUT, 'event-held-bob.png'), fullPage: true });
    await b.goto(`${origin}/desk?status=claimed`);
    await expect(b.locator('article.event .state').first().textContent()).resolves.toMatch(new RegExp(String.raw`^Held by Alice Example until ${CLOCK} \(in \d+ min\)$`));
    // Claiming one of its stories from the story page is refused the same way.
    const refused = await b.request.post(`${origin}/desk/stories/${big.stories[2]}/claim`, { form: { _csrf: (await b.locator('input[name=_csrf]').first().getAttribute('value'))! }, maxRedirects: 0 });
    expect(refused.status()).toBe(303);
    expect(refused.headers().location).toBe(`/desk/stories/${big.stories[2]}?notice=held`);
    const row = await t.db.kysely.selectFrom('events').select(['status', 'claimed_by']).where('id', '=', big.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'claimed', claimed_by: alice.id });
    // The story page shows its event and its siblings.
    await b.goto(`${origin}/desk/stories/${big.stories[0]}`);
    await expect(b.locator('.event-box h2').textContent()).resolves.toContain(bigTitle);
    await expect(b.locator('.event-box ul.reports li').count()).resolves.toBe(2);
  }, 90_000);

  it('dismisses with a reason through a confirm step, lists it as dismissed with who/when/why, and undoes it', async () => {
    const b = await ctxB.newPage();
    await b.goto(`${origin}/desk`);
    await b.getByRole('link', { name: `Dismiss: ${smallTitle}` }).click();
    await b.waitForURL(new RegExp(`/desk/events/${small}/dismiss$`));
    await b.getByLabel(/^Why\?/).fill('Only a rumour so far');
    await b.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await b.waitForURL(new RegExp(`/desk/events/${small}\\?notice=dismissed$`));
    await expect(b.getByRole('status').textContent()).resolves.toContain('Undo it below');
    await expect(b.locator('.event .state').textContent()).resolves.toMatch(/^Dismissed by you (just now|\d+ min ago): “Only a rumour so far”$/);
    await b.screenshot({ path: path.join(OUT, 'dismissed-bob.png'), fullPage: true });

    const a = await ctxA.newPage();
    await a.goto(`${origin}/desk?status=dismissed`);
    await expect(a.locator('article.event .state').textContent()).resolves.toMatch(/^Dismissed by Bob Example (just now|\d+ min ago): “Only a rumour so far”$/);
    // Only the dismisser (or an admin) may undo it.
    await expect(a.getByRole('button', { name: /^Undo dismiss/ }).count()).resolves.toBe(0);
    await a.goto(`${origin}/desk`);
    await expect(a.locator('article.event').count()).resolves.toBe(0);

    await b.getByRole('button', { name: `Undo dismiss: ${smallTitle}` }).click();
    await b.waitForURL(new RegExp(`/desk/events/${small}\\?notice=restored$`));
    await expect(b.locator('.event .state').textContent()).resolves.toBe('Free');
    await a.goto(`${origin}/desk`);
    await expect(a.locator('article.event h2').allTextContents()).resolves.toEqual([smallTitle]);
  }, 90_000);

  it('fits a 390 px phone: the queue, an event, its dismiss step and a story page have no element wider than the viewport', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    try {
      const page = await signIn(phone, alice.token);
      await page.goto(`${origin}/desk?status=all`);
      for (const d of await page.locator('details').all()) await d.locator('summary').click();
      await page.screenshot({ path: path.join(OUT, 'queue-390.png'), fullPage: true });
      expect(await overflowing(page)).toEqual([]);
      for (const url of [`/desk/events/${big.id}`, `/desk/events/${small}/dismiss`, `/desk/stories/${big.stories[0]}`]) {
        await page.goto(`${origin}${url}`);
        expect(await overflowing(page), url).toEqual([]);
      }
      await page.goto(`${origin}/desk/events/${big.id}`);
      await page.screenshot({ path: path.join(OUT, 'event-390.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  }, 90_000);
});
