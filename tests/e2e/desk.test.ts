import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createEditor, type NewEditor } from '../../src/desk/editors.ts';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics } from '../../src/metrics.ts';
import { seedSource, seedStory } from '../desk/fixtures.ts';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../helpers/db.ts';
import { REPO_ROOT } from '../helpers/cli.ts';

// Debian's Chromium only: never download a browser (STACK.md).
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/e2e/desk.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium to run the browser test)`);

describe.skipIf(!hasChromium)(`the desk in a real browser (${TEST_BACKEND})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let editor: NewEditor;
  let storyId: number;
  const title = 'Alibaba bans Claude Code amid Anthropic distillation fight';

  beforeAll(async () => {
    t = await createTestDatabase();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    app = await buildApp({ config, db: t.db, metrics: createMetrics(t.db) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    editor = await createEditor(t.db.kysely, { name: 'Erin Editor', role: 'editor' });
    storyId = await seedStory(t.db, await seedSource(t.db, 'TechCrunch'), { title });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.cleanup();
  });

  it('signs in with a token, claims the story, composes with three stats and a rundown, publishes, and finds it in /feed.json', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/desk`);
    expect(new URL(page.url()).pathname).toBe('/desk/login');
    await page.getByLabel('API token').fill(editor.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/desk`);

    await page.getByRole('button', { name: `Claim: ${title}` }).click();
    await page.waitForURL(new RegExp(`/desk/stories/${storyId}\\?notice=claimed`));
    await expect(page.getByRole('status').textContent()).resolves.toContain('Claimed for 30 minutes');
    // The evidence link of a figure jumps to its highlighted sentence in the original text.
    await page.locator('a[href^="#ev-"]').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#ev-\d+-\d+$/);
    mkdirSync(path.join(REPO_ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-output', 'desk-story.png'), fullPage: true });
    // Keyboard users meet the skip link first.
    await page.goto(page.url().split('#')[0]!);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');

    await page.getByRole('link', { name: 'Write an analysis' }).click();
    await page.waitForURL(new RegExp(`/desk/compose\\?story=${storyId}`));
    // The form starts from Pulse's draft: its cards ticked first (issue 12); keep three of them.
    for (const i of [0, 1, 2]) expect(await page.locator(`#f-stat_${i}_on`).isChecked()).toBe(true);
    await page.locator('#f-stat_3_on').uncheck();
    await page.getByLabel('Headline', { exact: true }).fill(title);
    await page.getByLabel('Stat 3 label').fill('Ban effective date');
    await page.getByLabel('Point 1').fill('Alibaba bars Claude Code from July 10.');
    await page.getByLabel('Point 2').fill('Researchers cite ~25,000 fake accounts.');
    await page.getByLabel('Point 3').fill('The distillation window ran April 22 to June 5.');
    await page.getByLabel('Commentary').fill('Distillation fights are now procurement decisions.');
    await page.getByLabel('Body (Markdown)').fill('The ban is **sweeping**.\n\nIt starts July 10.');
    await page.getByLabel('Tags').fill('AI, Anthropic');
    // The preview is the public page, in its own tab; the form stays as it is.
    const [preview] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Preview' }).click()]);
    await preview.waitForLoadState();
    await expect(preview.locator('.body strong').textContent()).resolves.toBe('sweeping');
    await preview.close();
    expect(await page.locator('#f-stat_2_on').isChecked()).toBe(true);
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-output', 'desk-compose.png'), fullPage: true });

    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForURL(/\/desk\/analyses\/\d+\?notice=published/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Published');

    const feed = await page.request.get(`${origin}/feed.json`);
    expect(feed.status()).toBe(200);
    const json = (await feed.json()) as { items: { title: string; _pulse: { stats: { value: string; label: string }[]; rundown: string[] } }[] };
    const item = json.items.find((i) => i.title === title);
    expect(item, JSON.stringify(json).slice(0, 500)).toBeDefined();
    expect(item!._pulse.stats).toEqual([
      { value: '~25,000', label: 'Fake Accounts' },
      { value: '28 million', label: 'Claude Interactions' },
      { value: 'July 10, 2026', label: 'Ban effective date' },
    ]);
    expect(item!._pulse.rundown).toHaveLength(3);
    const story = await t.db.kysely.selectFrom('stories').select('status').where('id', '=', storyId).executeTakeFirstOrThrow();
    expect(story.status).toBe('used');
  }, 90_000);

  it('picks two stories in the queue with their checkboxes and opens compose with both, their facts offered', async () => {
    const source = await seedSource(t.db, 'The Verge');
    const one = await seedStory(t.db, source, { title: 'First picked story' });
    const two = await seedStory(t.db, source, { title: 'Second picked story' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/desk/login`);
    await page.getByLabel('API token').fill(editor.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/desk`);
    await page.getByLabel('Pick: First picked story').check();
    await page.getByLabel('Pick: Second picked story').check();
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-output', 'desk-queue-picked.png'), fullPage: true });
    await page.getByRole('button', { name: 'Write one analysis of the picked stories' }).click();
    await page.waitForURL(/\/desk\/compose\?/);
    expect(new URL(page.url()).searchParams.getAll('story').map(Number).sort((a, b) => a - b)).toEqual([one, two]);
    await expect(page.locator('input[name="story_ids"]').getAttribute('value')).resolves.toMatch(new RegExp(`^(${one},${two}|${two},${one})$`));
    await expect(page.getByText('Based on:').textContent()).resolves.toContain('First picked story');
    // Both fact sheets offer their figures; the same figure from two stories is offered once.
    await expect(page.locator('input[name$="_value"][value="~25,000"]').count()).resolves.toBe(1);
  }, 60_000);
});
