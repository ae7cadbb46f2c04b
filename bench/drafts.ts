/**
 * Drafting benchmark (SPEC "Drafts and checks", issue 12): on real article pages annotated by hand
 * (`--truth DIR`, the fact-precision ground truth, format ../shared/corpora/facts/ANNOTATING.md)
 * and the article corpora, how many drafted stats are true facts of the page (their value is an
 * annotated figure or date), how many labels name what is counted (an annotated label word), how
 * many drafts have a rundown of 3–5 distinct points each grounded verbatim in the page text, how
 * many pull quotes are actual quotes with the right speaker; drafts/s and ms per event of five
 * reports. The peer, in the same run: what the desk pre-filled before (src/desk/prefill.ts: the
 * fact sheet's first four stat offers) and a lead-4 rundown (the first four body sentences).
 *
 *   npm run bench -- drafts [--truth DIR] [--verbose]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { prefillFromStories } from '../src/desk/prefill.ts';
import { draftAnalysis } from '../src/drafts/draft.ts';
import { supported, textQuantities, type Quantity } from '../src/drafts/quantities.ts';
import { contentWords, overlap } from '../src/drafts/text.ts';
import type { Draft, DraftSource } from '../src/drafts/types.ts';
import { extractFacts } from '../src/extract/extract-facts.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import type { FactSheet } from '../src/extract/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const corpora = path.resolve(repo, '..', 'shared', 'corpora', 'articles');

interface TruthFigure { text: string; kind: string; value: unknown; currency?: string; label_words?: string[] }
interface TruthDate { text: string; date?: string; start?: string; end?: string }
interface Truth { id: string; corpus: string; file: string; url?: string; published?: string; figures: TruthFigure[]; dates: TruthDate[]; quotes: { fragment: string; speaker: string | null }[] }

interface Page { name: string; html: string; url: string; published: Date | null; text: string; truth: Truth | null }

/** The page's own visible text (entities decoded, whitespace collapsed): a point is grounded when its sentence is verbatim here or in the corpus' gold text. */
const pageText = (html: string) => squash(load(html)('body').text());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function goldText(corpus: string, file: string): string {
  const dir = path.join(corpora, corpus);
  const base = file.replace(/\.html$/, '');
  if (corpus === 'scrapinghub') return squash(String((JSON.parse(readFileSync(path.join(dir, `${base}.json`), 'utf8')) as { articleBody?: string }).articleBody ?? ''));
  const $ = load(readFileSync(path.join(dir, `${base}.expected.html`), 'utf8'));
  return squash($('p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption').map((_, el) => $(el).text()).get().join(' '));
}

function readPages(truthDir: string | null): { annotated: Page[]; corpus: Page[] } {
  const truths = truthDir && existsSync(truthDir) ? readdirSync(truthDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(truthDir, f), 'utf8')) as Truth) : [];
  const annotated = truths.map((t) => {
    const html = readFileSync(path.join(corpora, t.corpus, t.file), 'utf8');
    const published = t.published ? new Date(t.published) : null;
    return { name: t.id, html, url: t.url ?? 'http://fakehost/test/page.html', published: published && !Number.isNaN(published.getTime()) ? published : null, text: goldText(t.corpus, t.file), truth: t };
  });
  const sh = path.join(corpora, 'scrapinghub');
  const corpus = existsSync(sh)
    ? readdirSync(sh).filter((f) => f.endsWith('.html')).sort().map((f) => {
        const gold = JSON.parse(readFileSync(path.join(sh, f.replace(/\.html$/, '.json')), 'utf8')) as { url?: string };
        return { name: f, html: readFileSync(path.join(sh, f), 'utf8'), url: gold.url ?? 'http://fakehost/', published: null, text: goldText('scrapinghub', f), truth: null };
      })
    : [];
  return { annotated, corpus };
}

function truthQuantities(t: Truth): Quantity[] {
  const out: Quantity[] = [];
  for (const f of t.figures) {
    const v = f.value;
    if (f.kind === 'version') out.push({ kind: 'version', value: String(v).replace(/^v/i, ''), text: f.text });
    else if (f.kind === 'range' && v && typeof v === 'object') {
      for (const end of [(v as { from?: number }).from, (v as { to?: number }).to]) if (typeof end === 'number') out.push({ kind: f.currency ? 'money' : 'number', value: end, approx: false, currency: f.currency ?? null, text: f.text } as Quantity);
    } else if (typeof v === 'number') {
      out.push(f.kind === 'percent' ? { kind: 'percent', value: v, approx: false, text: f.text } : f.kind === 'money' ? { kind: 'money', value: v, currency: f.currency ?? null, approx: false, text: f.text } : { kind: 'number', value: v, approx: false, text: f.text });
    }
  }
  for (const d of t.dates) {
    const start = d.date ?? d.start;
    const end = d.date ?? d.end;
    if (!start || !end) continue;
    if (/^\d{4}$/.test(start)) out.push({ kind: 'year', value: Number(start), text: d.text });
    else out.push({ kind: 'date', spans: [{ start, end }], text: d.text });
  }
  return out;
}

/** A stat is true when its value states one or more quantities and every one is an annotated fact of the page. */
function statTrue(value: string, known: Quantity[], published: Date | null, label = ''): boolean {
  // A number word reads as a figure with its noun: "two" + "People Familiar".
  const qs = textQuantities(/^[\p{L}]/u.test(value) ? `${value} ${label.toLowerCase()}` : value, [published]);
  return qs.length > 0 && qs.every((q) => supported(q, known));
}

/** The annotated figure whose value the stat states, if any. */
function matchedFigure(value: string, t: Truth, published: Date | null, label = ''): TruthFigure | null {
  const qs = textQuantities(/^[\p{L}]/u.test(value) ? `${value} ${label.toLowerCase()}` : value, [published]);
  for (const f of t.figures) if (qs.some((q) => supported(q, truthQuantities({ ...t, figures: [f], dates: [] })))) return f;
  return null;
}

const labelNames = (label: string, words: string[] | undefined) => {
  const l = label.toLowerCase();
  return (words ?? []).some((w) => l.includes(w.toLowerCase().replace(/s$/, '')));
};

function goodRundown(points: { text: string; sentence: string }[], text: string, own: string): boolean {
  if (points.length < 3 || points.length > 5) return false;
  const words = points.map((p) => contentWords(p.text));
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) if (overlap(words[i]!, words[j]!) >= 0.6) return false;
  return points.every((p) => text.includes(squash(p.sentence)) || own.includes(squash(p.sentence)));
}

const sameSpeaker = (a: string, b: string | null) => {
  if (b === null) return false; // the article names only a role: no attributed pull quote
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return x === y || x.includes(y) || y.includes(x) || x.split(/\s+/).pop() === y.split(/\s+/).pop();
};
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

function sourceOf(p: Page, sheet: FactSheet, id: number): DraftSource {
  return { story_id: id, publisher: sheet.site_name, url: p.url, title: sheet.title, published_at: sheet.published_at, facts: sheet };
}

export default async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--truth');
  const truthDir = at >= 0 ? path.resolve(args[at + 1] ?? '') : path.join(repo, 'tests', 'fixtures', 'facts');
  const verbose = args.includes('--verbose');
  if (!existsSync(corpora)) {
    console.log(`drafts: skipped — ${corpora} is absent`);
    return;
  }
  const { annotated, corpus } = readPages(truthDir);
  console.log(`pages: ${annotated.length} annotated (truth ${existsSync(truthDir) ? truthDir : 'absent: give --truth DIR'}), ${corpus.length} corpus pages (scrapinghub)`);
  const sheets = new Map<Page, FactSheet>();
  for (const p of [...annotated, ...corpus]) sheets.set(p, extractFacts(p.html, p.url, { publishedAt: p.published }));

  // --- truth: stats, labels, pull quotes ------------------------------------------------------
  const s = { stats: 0, true: 0, figs: 0, labels: 0, peerStats: 0, peerTrue: 0, peerFigs: 0, peerLabels: 0, quotes: 0, quotesRight: 0, pagesWithTruthQuotes: 0 };
  for (const p of annotated) {
    const t = p.truth!;
    const sheet = sheets.get(p)!;
    const known = truthQuantities(t);
    const draft = draftAnalysis([sourceOf(p, sheet, 1)]);
    for (const st of draft.stats) {
      s.stats++;
      const ok = statTrue(st.value.value, known, p.published, st.value.label);
      if (ok) s.true++;
      const f = matchedFigure(st.value.value, t, p.published, st.value.label);
      if (f) {
        s.figs++;
        if (labelNames(st.value.label, f.label_words)) s.labels++;
        else if (verbose) console.log(`  label? ${p.name.slice(0, 12)} [${st.value.value} | ${st.value.label}] want ${JSON.stringify(f.label_words)}`);
      }
      if (!ok && verbose) console.log(`  false stat ${p.name.slice(0, 12)} [${st.value.value} | ${st.value.label}] — ${st.evidence?.sentence.slice(0, 100)}`);
    }
    const peer = prefillFromStories([{ id: 1, title: sheet.title ?? '', facts: sheet as unknown as Record<string, unknown> }]);
    for (const st of peer.stats) {
      s.peerStats++;
      if (statTrue(st.value, known, p.published, st.label)) s.peerTrue++;
      const f = matchedFigure(st.value, t, p.published, st.label);
      if (f) {
        s.peerFigs++;
        if (labelNames(st.label, f.label_words)) s.peerLabels++;
      }
    }
    if (t.quotes.length > 0) s.pagesWithTruthQuotes++;
    if (draft.pull_quote) {
      s.quotes++;
      const q = draft.pull_quote.value;
      const right = t.quotes.some((tq) => (norm(q.text).includes(norm(tq.fragment)) || norm(tq.fragment).includes(norm(q.text))) && sameSpeaker(q.speaker, tq.speaker));
      if (right) s.quotesRight++;
      else if (verbose) console.log(`  quote? ${p.name.slice(0, 12)} “${q.text.slice(0, 60)}” — ${q.speaker}`);
    }
  }

  // --- rundowns on every page -----------------------------------------------------------------
  const r = { pages: 0, good: 0, peerGood: 0 };
  for (const p of [...annotated, ...corpus]) {
    const sheet = sheets.get(p)!;
    if (sheet.body.word_count < 150 || !p.text) continue; // not an article body to draft from
    r.pages++;
    const d = draftAnalysis([sourceOf(p, sheet, 1)]);
    const own = pageText(p.html);
    if (goodRundown(d.rundown.map((x) => ({ text: x.value, sentence: x.evidence?.sentence ?? '' })), p.text, own)) r.good++;
    else if (verbose) console.log(`  rundown? ${p.name.slice(0, 12)} ${d.rundown.length} points: ${d.rundown.map((x) => x.value.slice(0, 40)).join(' | ')}`);
    const lead = sheet.body.paragraphs.flatMap((para) => splitSentences(para).map((x) => x.text)).slice(0, 4);
    if (goodRundown(lead.map((x) => ({ text: x, sentence: x })), p.text, own)) r.peerGood++;
  }

  // --- speed ----------------------------------------------------------------------------------
  const all = [...annotated, ...corpus].map((p, i) => sourceOf(p, sheets.get(p)!, i + 1));
  let drafts = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) for (const src of all) (draftAnalysis([src]), drafts++);
  const perSec = drafts / ((performance.now() - t0) / 1000);
  const events: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i + 5 <= all.length; i += 5) {
      const e = all.slice(i, i + 5);
      const a = performance.now();
      draftAnalysis(e);
      events.push(performance.now() - a);
    }
  }

  // --- the reference example ------------------------------------------------------------------
  const fx = (rel: string) => readFileSync(path.join(repo, 'tests', 'fixtures', rel), 'utf8');
  const ref = extractFacts(fx('articles/techcrunch-alibaba-claude.html'), 'https://techcrunch.example/2026/07/04/alibaba-bans-claude-code/', {});
  const refDraft: Draft = draftAnalysis([{ story_id: 1, publisher: 'TechCrunch', url: ref.url, title: ref.title, published_at: ref.published_at, facts: ref }]);
  const values = refDraft.stats.map((x) => x.value.value);
  const reference = [['July 10, 2026'], ['April 2, 2026', 'v2.1.91'], ['~25,000'], ['28 million'], ['Apr 22 - Jun 5']];
  const hit = reference.filter((alts) => alts.some((v) => values.includes(v))).length;

  console.log('\n| measure | Pulse drafter | peer (old pre-fill / lead-4) | target |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| stats true to a fact of the page | ${pct(s.true, s.stats)} | ${pct(s.peerTrue, s.peerStats)} | ≥ 95% |`);
  console.log(`| labels naming what is counted (figure stats) | ${pct(s.labels, s.figs)} | ${pct(s.peerLabels, s.peerFigs)} | ≥ 80% |`);
  console.log(`| rundown of 3–5 distinct grounded points (pages ≥ 150 words) | ${pct(r.good, r.pages)} | ${pct(r.peerGood, r.pages)} | ≥ 90% |`);
  console.log(`| pull quote an actual quote, right speaker | ${pct(s.quotesRight, s.quotes)} (drafted on ${s.quotes}, truth has quotes on ${s.pagesWithTruthQuotes}) | — | ≥ 85% |`);
  console.log(`| reference example: stats of the five drafted | ${hit}/5 [${values.join(' · ')}] | — | ≥ 4 |`);
  console.log(`| drafts per second (one report) | ${perSec.toFixed(0)} | — | |`);
  console.log(`| ms per event of five reports (median, p max) | ${median(events).toFixed(2)} ms (max ${Math.max(...events).toFixed(1)}) | — | < 50 ms |`);
}
