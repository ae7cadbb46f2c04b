import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEditor, type NewEditor } from '../../src/desk/editors.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { factSheet, seedSource, seedStory } from '../desk/fixtures.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { REPO_ROOT } from '../helpers/cli.ts';
import { CLOCK } from '../helpers/clock-pattern.ts';

// Issue 11 in a real browser: two editors in two contexts, and every desk page of this stream at 390 px.
const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(REPO_ROOT, 'test-output', 'issue-11');

/** Returns the elements wider than the viewport or reaching past its right edge (tag#id.class and width). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width > vw + 0.5 || r.right > vw + 0.5) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    if (document.documentElement.scrollWidth > vw) out.push(`document scrollWidth ${document.documentElement.scrollWidth}`);
    return out;
  });
}

describe.skipIf(!existsSync(CHROMIUM))(`two editors on the desk in a real browser (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let alice: NewEditor;
  let bob: NewEditor;
  let storyId: number;
  let aliceCtx: BrowserContext;
  let bobCtx: BrowserContext;
  let analysisUrl = '';
  const title = 'Alibaba bans Claude Code amid Anthropic distillation fight';

  const signIn = async (ctx: BrowserContext, who: NewEditor): Promise<Page> => {
    const page = await ctx.newPage();
    await page.goto(`${origin}/desk/login`);
    await page.getByLabel('API token').fill(who.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/desk`);
    return page;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    t = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), db: t.db, metrics: createMetrics(t.db) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    alice = await createEditor(t.db.kysely, { name: 'Alice', role: 'editor' });
    bob = await createEditor(t.db.kysely, { name: 'Bob', role: 'editor' });
    const facts = factSheet({ title });
    // The fact sheet says what happens on each date: the picker labels the stat with it.
    facts.dates = (facts.dates as Record<string, unknown>[]).map((d, i) => (i === 0 ? { ...d, what: 'ban takes effect' } : d));
    storyId = await seedStory(t.db, await seedSource(t.db, 'TechCrunch'), { title, facts });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    aliceCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    bobCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.cleanup();
  });

  it('tells Bob at once that Alice holds the story; Alice composes, previews the public page and saves; Bob can read but not change it', async () => {
    const a = await signIn(aliceCtx, alice);
    await a.goto(`${origin}/desk/stories/${storyId}`);
    await a.getByRole('button', { name: 'Claim this story' }).click();
    await a.waitForURL(/notice=claimed/);

    const b = await signIn(bobCtx, bob);
    await b.goto(`${origin}/desk/compose?story=${storyId}`);
    await expect(b.locator('#blocked').textContent()).resolves.toMatch(new RegExp(String.raw`^Held by Alice until ${CLOCK} \(in (29|30) min\)`));
    expect(await b.getByRole('button', { name: 'Save draft' }).count()).toBe(0);

    await a.getByRole('link', { name: 'Write an analysis' }).click();
    await a.waitForURL(/\/desk\/compose\?story=/);
    // Compose starts from Pulse's draft (issue 12): drafted stat cards are on, with card labels from the facts.
    await expect(a.locator('#f-stat_0_on').isChecked()).resolves.toBe(true);
    await expect(a.getByLabel('Stat 1 value').inputValue()).resolves.toBe('~25,000');
    await expect(a.getByLabel('Stat 3 label').inputValue()).resolves.toBe('Ban Effective Date');
    await a.locator('#f-stat_1_on').uncheck();
    await a.locator('#f-stat_3_on').uncheck();
    // Reorder without JavaScript's help: the ↑ button is a plain submit.
    await a.getByRole('button', { name: 'Move stat 2 up' }).click();
    await a.waitForURL(`${origin}/desk/compose`);
    await expect(a.getByLabel('Stat 1 value').inputValue()).resolves.toBe('28 million');
    await a.getByLabel('Point 1').fill('Alibaba bars Claude Code from July 10.');
    await a.getByLabel('Point 2').fill('Researchers cite ~25,000 fake accounts.');
    // The draft wrote the rundown; the take is the editor's own, so it is still missing.
    await expect(a.locator('#publish-checks').textContent()).resolves.toContain('take');
    await a.getByLabel('Point 3').fill('The distillation window ran April 22 to June 5.');
    await a.getByLabel('Commentary').fill('Distillation fights are now procurement decisions.');
    await a.getByLabel('Body (Markdown)').fill('The ban is **sweeping**.\n\nIt starts July 10.');
    await a.getByLabel('Pull quote', { exact: true }).fill('"We take distillation seriously."');
    await a.getByLabel('Pull quote speaker').fill('Thariq Shihipar');
    await a.getByLabel('What to watch next').fill('Whether other firms follow.');

    const [preview] = await Promise.all([aliceCtx.waitForEvent('page'), a.getByRole('button', { name: 'Preview' }).click()]);
    await preview.waitForLoadState();
    await expect(preview.locator('dl.stats dd').allTextContents()).resolves.toEqual(['~25,000', 'July 10, 2026']);
    await expect(preview.locator('dl.stats dt').allTextContents()).resolves.toEqual(['Fake Accounts', 'Ban Effective Date']);
    await expect(preview.locator('.rundown li').count()).resolves.toBe(3);
    await expect(preview.locator('.take blockquote').textContent()).resolves.toContain('procurement decisions');
    await expect(preview.locator('.pull-quote').textContent()).resolves.toBe('“We take distillation seriously.”— Thariq Shihipar');
    await expect(preview.locator('.watch').textContent()).resolves.toContain('Whether other firms follow.');
    await expect(preview.locator('.attribution').textContent()).resolves.toContain('Originally reported by TechCrunch');
    await expect(preview.locator('.body strong').textContent()).resolves.toBe('sweeping');
    await shot(preview, 'preview-1280');
    await preview.close();

    await a.getByRole('button', { name: 'Save draft' }).click();
    await a.waitForURL(/\/desk\/analyses\/\d+\?notice=saved/);
    analysisUrl = a.url().split('?')[0]!;
    await expect(a.locator('.owner').textContent()).resolves.toBe('Owner: Alice');
    await shot(a, 'edit-alice-1280');

    await b.goto(analysisUrl);
    await expect(b.locator('#blocked').textContent()).resolves.toContain('belongs to Alice');
    expect(await b.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await b.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    await shot(b, 'edit-bob-readonly-1280');
    await b.goto(`${origin}/desk/analyses`);
    await expect(b.locator('td[data-label="Owner"]').first().textContent()).resolves.toContain('Alice');
  }, 120_000);

  it('loses nothing of an oversized body: the form refuses to send it, keeps it in the browser across a reload, and the no-JS save answers the form again', async () => {
    const a = await aliceCtx.newPage();
    await a.goto(analysisUrl);
    const huge = 'Long paragraph. '.repeat(70_000); // ~1.1 MB: over the limit, kept small to type quickly
    await a.locator('#f-body').fill(huge);
    await expect(a.locator('#size-meter').textContent()).resolves.toContain('too large to save');
    await a.getByRole('button', { name: 'Save draft' }).click();
    await expect(a.locator('#save-state').textContent()).resolves.toContain('over the 1 MiB limit');
    expect(a.url()).toBe(analysisUrl);
    // A reload (or a crash) offers the kept text back.
    await a.reload();
    await a.locator('#restore-yes').click();
    expect((await a.locator('#f-body').inputValue()).length).toBe(huge.length);
    await shot(a, 'oversized-restored-1280');
    await a.locator('#restore').evaluate(() => localStorage.clear());
    await a.close();

    // Without JavaScript the server answers the form again, text kept, with the limit said plainly.
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const p = await signIn(noJs, alice);
    await p.goto(analysisUrl);
    await p.locator('#f-body').fill(huge);
    await p.getByRole('button', { name: 'Save draft' }).click();
    await p.waitForLoadState();
    await expect(p.locator('.error-box').first().textContent()).resolves.toContain('1 MiB limit');
    expect((await p.locator('#f-body').inputValue()).length).toBe(huge.length);
    await noJs.close();
    const stored = await t.db.kysely.selectFrom('analyses').select('body').executeTakeFirstOrThrow();
    expect(stored.body.length).toBeLessThan(1000);
  }, 240_000);

  it('tells a stale save in a second tab apart from a colleague, compares field by field, and saves only what the editor chooses', async () => {
    const one = await aliceCtx.newPage();
    const two = await aliceCtx.newPage();
    await one.goto(analysisUrl);
    await two.goto(analysisUrl);
    await one.getByLabel('Headline').fill('Headline from tab one');
    await one.getByRole('button', { name: 'Save draft' }).click();
    await one.waitForURL(/notice=saved/);
    await two.getByLabel('Headline').fill('Headline from tab two');
    await two.getByRole('button', { name: 'Save draft' }).click();
    await two.waitForLoadState();
    await expect(two.locator('#conflict').textContent()).resolves.toContain('You saved it yourself — in another tab or window —');
    await expect(two.locator('.compare-field legend').allTextContents()).resolves.toEqual(['Headline']);
    await shot(two, 'stale-compare-1280');
    await two.locator('input[name="resolve_headline"][value="mine"]').check();
    await two.getByRole('button', { name: 'Save draft' }).click();
    await two.waitForURL(/notice=saved/);
    await expect(two.getByLabel('Headline').inputValue()).resolves.toBe('Headline from tab two');
  }, 90_000);

  it('fits every desk page of this stream into 390 px with the save bar in reach', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const login = await phone.newPage();
    await login.goto(`${origin}/desk/login`);
    expect(await overflowing(login)).toEqual([]);
    await shot(login, 'phone-login');
    const p = await signIn(phone, alice);
    const pages: [string, string][] = [
      ['phone-analyses', `${origin}/desk/analyses`],
      ['phone-story', `${origin}/desk/stories/${storyId}`],
      ['phone-compose', `${origin}/desk/compose?story=${storyId}`],
      ['phone-edit', analysisUrl],
      ['phone-preview', `${analysisUrl}/preview`],
    ];
    for (const [name, url] of pages) {
      await p.goto(url);
      await shot(p, name);
      expect(await overflowing(p), name).toEqual([]);
    }
    await p.goto(analysisUrl);
    const bar = await p.locator('.savebar').boundingBox();
    expect(bar).not.toBeNull();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(844);
    await phone.close();
  }, 120_000);
});
