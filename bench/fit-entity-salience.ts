/**
 * Fits the entity salience model (src/extract/entity-salience.ts): a logistic regression over the
 * salience signals of every candidate name that passes the hand rules of `isSalient`, labelled by
 * whether the annotators listed it (tests/fixtures/facts, same matching as bench/facts.ts).
 * Prints k-fold cross-validated precision/recall BY PAGE for a range of thresholds, the threshold
 * that maximises precision with recall ≥ the floor, and the weights fitted on every page.
 *
 *   npx tsx bench/fit-entity-salience.ts [--truth DIR] [--folds K] [--floor 0.76] [--lambda L] [--check DIR]
 *     [--drop "feature,feature"] [--groups FILE]   (FILE: lines "<batch> <page id>", for leave-one-batch-out)
 */
import { readFileSync } from 'node:fs';
import { extractFacts } from '../src/extract/extract-facts.ts';
import { observeEntityCandidates, type EntityCandidate } from '../src/extract/entities.ts';
import {
  SALIENCE_FEATURES, SALIENCE_THRESHOLD, SALIENCE_WEIGHTS, isSalient, pageNames, salienceFeatures,
} from '../src/extract/entity-salience.ts';
import { DEFAULT_TRUTH_DIR, loadTruth, scoreEntities, type Truth } from './_facts-truth.ts';

interface Page {
  truth: Truth;
  /** Candidates past the hand rules, with their features and label. */
  rows: { c: EntityCandidate; x: number[]; y: number }[];
}

function normName(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/\./g, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
}

/** Features left out of the fit (their weight stays 0): `--drop "log names on page,share of page mentions"`. */
let dropped = new Set<number>();

function loadPages(dir: string): Page[] {
  const out: Page[] = [];
  for (const p of loadTruth(dir)) {
    let seen: readonly EntityCandidate[] = [];
    observeEntityCandidates((c) => {
      seen = c;
    });
    extractFacts(p.html, p.url, { publishedAt: new Date(p.truth.published) });
    observeEntityCandidates(null);
    const t = p.truth.entities;
    const annotated = new Set([...(t.organizations ?? []), ...(t.people ?? []), ...(t.places ?? [])].map(normName));
    const page = pageNames(seen);
    const rows = seen
      .filter((c) => isSalient(c))
      .map((c) => ({ c, x: salienceFeatures(c, page).map((v, i) => (dropped.has(i) ? 0 : v)), y: [c.name, ...c.aliases].some((f) => annotated.has(normName(f))) ? 1 : 0 }));
    out.push({ truth: p.truth, rows });
  }
  return out;
}

function fit(rows: { x: number[]; y: number }[], lambda: number, iterations = 1500): number[] {
  const d = rows[0]?.x.length ?? SALIENCE_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const lr = 0.05;
  for (let it = 1; it <= iterations; it++) {
    const g = new Array<number>(d).fill(0);
    for (const r of rows) {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * r.x[i]!;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (let i = 0; i < d; i++) g[i]! += err * r.x[i]!;
    }
    for (let i = 0; i < d; i++) {
      const gi = g[i]! / rows.length + (i === 0 ? 0 : lambda * w[i]!);
      // Adam.
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      w[i]! -= (lr * (m[i]! / (1 - 0.9 ** it))) / (Math.sqrt(v[i]! / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return w;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
function score(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i]! * x[i]!;
  return sigmoid(z);
}

/** Precision and recall (bench/facts.ts scoring) of the names a page keeps at `threshold`. */
function evaluate(pages: readonly Page[], scores: readonly (readonly number[])[], threshold: number): { p: number; r: number; tp: number; offered: number; expected: number } {
  let tp = 0;
  let offered = 0;
  let expected = 0;
  pages.forEach((page, i) => {
    const kept = page.rows.filter((_, j) => scores[i]![j]! >= threshold).slice(0, 40).map((r) => ({ name: r.c.name, aliases: r.c.aliases }));
    const s = scoreEntities(page.truth, kept).tally;
    tp += s.tp;
    offered += s.offered;
    expected += s.expected;
  });
  return { p: offered ? tp / offered : 1, r: expected ? tp / expected : 1, tp, offered, expected };
}

const THRESHOLDS = Array.from({ length: 40 }, (_, i) => 0.1 + i * 0.015);

function main(argv: string[]): void {
  let dir = DEFAULT_TRUTH_DIR;
  let folds = 8;
  let floor = 0.76;
  let lambda = 0.003;
  let check: string | null = null;
  let groupsFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--truth') dir = argv[++i]!;
    else if (argv[i] === '--folds') folds = Number(argv[++i]);
    else if (argv[i] === '--floor') floor = Number(argv[++i]);
    else if (argv[i] === '--lambda') lambda = Number(argv[++i]);
    else if (argv[i] === '--check') check = argv[++i]!;
    else if (argv[i] === '--groups') groupsFile = argv[++i]!;
    else if (argv[i] === '--drop') dropped = new Set(argv[++i]!.split(',').map((f) => SALIENCE_FEATURES.indexOf(f.trim() as (typeof SALIENCE_FEATURES)[number])).filter((i) => i >= 0));
  }
  const pages = loadPages(dir);
  const all = pages.flatMap((p) => p.rows);
  console.log(`${pages.length} pages, ${all.length} candidates past the hand rules, ${all.filter((r) => r.y).length} annotated`);
  const none = evaluate(pages, pages.map((p) => p.rows.map(() => 1)), 0);
  console.log(`hand rules alone: P ${none.p.toFixed(3)} R ${none.r.toFixed(3)} (${none.tp}/${none.offered}, ${none.expected})`);

  // k-fold by page: every page scored by a model that never saw it.
  const oof: number[][] = pages.map((p) => p.rows.map(() => 0));
  for (let k = 0; k < folds; k++) {
    const train = pages.filter((_, i) => i % folds !== k).flatMap((p) => p.rows);
    const w = fit(train, lambda);
    pages.forEach((p, i) => {
      if (i % folds === k) oof[i] = p.rows.map((r) => score(w, r.x));
    });
  }
  console.log(`\n${folds}-fold cross-validation by page (λ ${lambda}):`);
  let best: { t: number; p: number; r: number } | null = null;
  for (const t of THRESHOLDS) {
    const e = evaluate(pages, oof, t);
    console.log(`  t ${t.toFixed(3)}  P ${e.p.toFixed(3)} R ${e.r.toFixed(3)}  ${e.tp}/${e.offered}`);
    if (e.r >= floor && (!best || e.p > best.p)) best = { t, p: e.p, r: e.r };
  }
  if (best) console.log(`best CV threshold for R ≥ ${floor}: ${best.t.toFixed(3)} → P ${best.p.toFixed(3)} R ${best.r.toFixed(3)}`);

  if (groupsFile) {
    // Leave one annotation batch out: does what one batch teaches hold on pages another person annotated?
    const group = new Map(readFileSync(groupsFile, 'utf8').trim().split('\n').map((l) => [l.split(' ')[1]!, l.split(' ')[0]!] as const));
    const names = [...new Set(pages.map((p) => group.get(p.truth.id) ?? 'rest'))];
    for (const g of names) {
      const inG = (p: Page): boolean => (group.get(p.truth.id) ?? 'rest') === g;
      const wg = fit(pages.filter((p) => !inG(p)).flatMap((p) => p.rows), lambda);
      const test = pages.filter(inG);
      const base = evaluate(test, test.map((p) => p.rows.map(() => 1)), 0);
      const line = [0.3, 0.4, 0.49, 0.55].map((t) => {
        const e = evaluate(test, test.map((p) => p.rows.map((r) => score(wg, r.x))), t);
        return `${t}: P ${e.p.toFixed(3)} R ${e.r.toFixed(3)}`;
      });
      console.log(`batch ${g} (${test.length} pages) hand rules P ${base.p.toFixed(3)} R ${base.r.toFixed(3)} | ${line.join(' | ')}`);
    }
  }
  const w = fit(all, lambda);
  const threshold = best?.t ?? 0.5;
  const ins = evaluate(pages, pages.map((p) => p.rows.map((r) => score(w, r.x))), threshold);
  console.log(`in-sample at ${threshold.toFixed(3)}: P ${ins.p.toFixed(3)} R ${ins.r.toFixed(3)}`);
  console.log('\nweights (all pages):');
  SALIENCE_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(26)} ${w[i]!.toFixed(3)}`));
  console.log(`\nexport const SALIENCE_WEIGHTS: readonly number[] = [${w.map((x) => x.toFixed(3)).join(', ')}];`);
  console.log(`export const SALIENCE_THRESHOLD = ${threshold.toFixed(3)};`);

  if (check) {
    const held = loadPages(check);
    for (const [label, weights, t] of [['committed', SALIENCE_WEIGHTS, SALIENCE_THRESHOLD], ['new', w, threshold]] as const) {
      const e = evaluate(held, held.map((p) => p.rows.map((r) => score(weights, r.x))), t);
      console.log(`${check} (${held.length} pages) with the ${label} weights at ${t.toFixed(3)}: P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} (${e.tp}/${e.offered}, ${e.expected})`);
    }
    for (const t of [0.3, 0.35, 0.4, 0.45]) {
      const e = evaluate(held, held.map((p) => p.rows.map((r) => score(w, r.x))), t);
      console.log(`  new weights at ${t}: P ${e.p.toFixed(3)} R ${e.r.toFixed(3)} (${e.tp}/${e.offered})`);
    }
    const none = evaluate(held, held.map((p) => p.rows.map(() => 1)), 0);
    console.log(`${check} hand rules alone: P ${none.p.toFixed(3)} R ${none.r.toFixed(3)}`);
  }
}

main(process.argv.slice(2));
