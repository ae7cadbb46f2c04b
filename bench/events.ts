/**
 * `npm run bench -- events [--skip-db | --db-only] [--stored N]`: event grouping on the dev headlines
 * (../shared/corpora/news-events/headlines-dev.jsonl, real headlines labelled by the aggregator
 * that grouped them): pairwise and BCubed precision, recall and F1 of `pulse cluster`'s grouping
 * beside three rules run here on the same items — identical normalised title; Jaccard ≥ 0.3 over
 * significant title words against each event's first title (single pass); a single-pass TF-IDF
 * centroid rule (IDF from the whole file, its threshold swept, the best reported). Then Pulse's
 * grouping blind to time (every published_at dropped), its settings cross-validated on the two
 * halves split by time, items/s in process, `pulse cluster` on 10,000 headlines (wall time with
 * start-up), and the time to assign one story on PostgreSQL with 100,000 stories stored (p50/p95).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPING, type GroupingSettings } from '../src/events/assign.ts';
import { clusterItems, type ClusterItem } from '../src/events/cluster-items.ts';
import { normalizeTitle, terms } from '../src/events/text.ts';
import { scoreClusters, type ClusterScores } from './_cluster-metrics.ts';
import { benchAssign } from './_events-assign.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEV = path.resolve(here, '../../shared/corpora/news-events/headlines-dev.jsonl');

type Gold = ClusterItem & { event: string };

function exactTitle(items: readonly Gold[]): string[] {
  return items.map((it) => normalizeTitle(it.title) || `#${it.id}`);
}

/** Single pass: join the first event whose first title has Jaccard ≥ 0.3 with this one. */
function jaccardRule(items: readonly Gold[], min = 0.3): string[] {
  const firsts: Set<string>[] = [];
  return items.map((it) => {
    const s = new Set(terms(it.title));
    let best = -1;
    let bestJ = 0;
    firsts.forEach((f, i) => {
      let inter = 0;
      for (const t of s) if (f.has(t)) inter++;
      const j = inter / (s.size + f.size - inter || 1);
      if (j > bestJ) {
        bestJ = j;
        best = i;
      }
    });
    if (best >= 0 && bestJ >= min) return String(best);
    firsts.push(s);
    return String(firsts.length - 1);
  });
}

/** Single pass: cosine of the TF-IDF title vector to each event's centroid; join the best ≥ threshold. */
function tfidfCentroidRule(items: readonly Gold[], threshold: number): string[] {
  const docs = items.map((it) => [...new Set(terms(it.title))]);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const N = items.length;
  const vec = (d: string[]) => {
    const v = new Map<string, number>();
    for (const t of d) v.set(t, Math.log(N / df.get(t)!));
    const n = Math.sqrt([...v.values()].reduce((a, b) => a + b * b, 0)) || 1;
    for (const [t, w] of v) v.set(t, w / n);
    return v;
  };
  const centroids: Map<string, number>[] = [];
  return docs.map((d) => {
    const v = vec(d);
    let best = -1;
    let bestS = 0;
    centroids.forEach((c, i) => {
      let dot = 0;
      let cn = 0;
      for (const w of c.values()) cn += w * w;
      for (const [t, w] of v) dot += w * (c.get(t) ?? 0);
      const s = dot / (Math.sqrt(cn) || 1);
      if (s > bestS) {
        bestS = s;
        best = i;
      }
    });
    if (best >= 0 && bestS >= threshold) {
      const c = centroids[best]!;
      for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
      return String(best);
    }
    centroids.push(new Map(v));
    return String(centroids.length - 1);
  });
}

const pct = (x: number) => x.toFixed(3);
function row(name: string, s: ClusterScores): string {
  return `| ${name} | ${pct(s.pairwise.p)} | ${pct(s.pairwise.r)} | **${pct(s.pairwise.f1)}** | ${pct(s.bcubed.p)} | ${pct(s.bcubed.r)} | **${pct(s.bcubed.f1)}** | ${s.clusters} |`;
}

const pulse = (items: readonly Gold[], settings?: GroupingSettings) => clusterItems(items, settings).map(String);

function crossValidate(items: readonly Gold[]): string[] {
  const half = Math.floor(items.length / 2);
  const halves = [items.slice(0, half), items.slice(half)];
  const grid: GroupingSettings[] = [];
  for (const threshold of [0.25, 0.35, 0.45]) for (const burstThreshold of [0.02, 0.04, 0.08]) for (const burstMinutes of [5, 20]) grid.push({ ...GROUPING, threshold, burstThreshold, burstMinutes });
  const out: string[] = [];
  for (const [tune, test] of [[0, 1], [1, 0]] as const) {
    const f = (s: ClusterScores) => s.pairwise.f1 + s.bcubed.f1;
    const gold = (h: readonly Gold[]) => h.map((i) => i.event);
    let best = grid[0]!;
    let bestF = -1;
    for (const g of grid) {
      const s = f(scoreClusters(gold(halves[tune]!), pulse(halves[tune]!, g)));
      if (s > bestF) {
        bestF = s;
        best = g;
      }
    }
    const held = scoreClusters(gold(halves[test]!), pulse(halves[test]!, best));
    const shipped = scoreClusters(gold(halves[test]!), pulse(halves[test]!));
    out.push(
      `tuned on half ${tune + 1} (threshold ${best.threshold}, burst ${best.burstThreshold} over ${best.burstMinutes} min) → half ${test + 1}: pairwise F1 ${pct(held.pairwise.f1)}, BCubed F1 ${pct(held.bcubed.f1)}; shipped settings on half ${test + 1}: ${pct(shipped.pairwise.f1)} / ${pct(shipped.bcubed.f1)}`,
    );
  }
  return out;
}

/** A deterministic shuffle (items without times arrive in no telling order). */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  let a = seed;
  const rnd = () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
  return items.map((it) => [rnd(), it] as const).sort((x, y) => x[0] - y[0]).map(([, it]) => it);
}

/**
 * untimedThreshold chosen on one half of the dev set and scored on the other, the halves split by
 * story group (every other event label in sorted order), items without published_at and shuffled.
 */
function crossValidateUntimed(items: readonly Gold[]): string[] {
  const labels = [...new Set(items.map((i) => i.event))].sort();
  const halfOf = new Map(labels.map((l, i) => [l, i % 2]));
  const blind = shuffled(items.map(({ published_at: _, ...rest }) => rest as Gold));
  const halves = [0, 1].map((h) => blind.filter((i) => halfOf.get(i.event) === h));
  const grid = [0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3];
  const f = (s: ClusterScores) => s.pairwise.f1 + s.bcubed.f1;
  const score = (h: readonly Gold[], untimedThreshold?: number) => scoreClusters(h.map((i) => i.event), pulse(h, untimedThreshold === undefined ? undefined : { ...GROUPING, untimedThreshold }));
  const out: string[] = [];
  for (const [tune, test] of [[0, 1], [1, 0]] as const) {
    let best = grid[0]!;
    let bestF = -1;
    for (const t of grid) {
      const s = f(score(halves[tune]!, t));
      if (s > bestF) {
        bestF = s;
        best = t;
      }
    }
    const held = score(halves[test]!, best);
    const shipped = score(halves[test]!);
    out.push(
      `tuned on story-group half ${tune + 1} (untimed threshold ${best}) → half ${test + 1} (${halves[test]!.length} items): pairwise F1 ${pct(held.pairwise.f1)}, BCubed F1 ${pct(held.bcubed.f1)}; shipped ${GROUPING.untimedThreshold} on half ${test + 1}: ${pct(shipped.pairwise.f1)} / ${pct(shipped.bcubed.f1)}`,
    );
  }
  return out;
}

export default async function run(args: string[]): Promise<void> {
  if (!existsSync(DEV)) {
    console.log(`events: ${DEV} not found; skipped`);
    return;
  }
  if (args.includes('--db-only')) return assignFigures(args);
  const items: Gold[] = readFileSync(DEV, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Gold);
  const gold = items.map((i) => i.event);
  console.log(`dev headlines: ${items.length} items, ${new Set(gold).size} events\n`);
  console.log('| method | pairwise P | pairwise R | pairwise F1 | BCubed P | BCubed R | BCubed F1 | events |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('Pulse (`pulse cluster`)', scoreClusters(gold, pulse(items))));
  console.log(row('identical normalised title', scoreClusters(gold, exactTitle(items))));
  console.log(row('Jaccard ≥ 0.3, vs event’s first title', scoreClusters(gold, jaccardRule(items))));
  let best: { t: number; s: ClusterScores } | null = null;
  const sweep: string[] = [];
  for (let t = 0.05; t <= 0.8001; t += 0.05) {
    const s = scoreClusters(gold, tfidfCentroidRule(items, t));
    sweep.push(`${t.toFixed(2)}→${pct(s.pairwise.f1)}/${pct(s.bcubed.f1)}`);
    if (!best || s.pairwise.f1 + s.bcubed.f1 > best.s.pairwise.f1 + best.s.bcubed.f1) best = { t, s };
  }
  console.log(row(`TF-IDF centroid, best threshold ${best!.t.toFixed(2)}`, best!.s));
  const blind = items.map(({ published_at: _, ...rest }) => ({ ...rest, event: rest.event }));
  console.log(row('Pulse blind to time (no published_at), file order', scoreClusters(gold, pulse(blind))));
  const blindShuffled = shuffled(blind);
  console.log(row('Pulse blind to time, shuffled order', scoreClusters(blindShuffled.map((i) => i.event), pulse(blindShuffled))));
  console.log(`\nTF-IDF centroid sweep (threshold→pairwise/BCubed F1): ${sweep.join(', ')}`);
  console.log('\nCross-validation of Pulse’s settings (halves split by time):');
  for (const l of crossValidate(items)) console.log(`- ${l}`);
  console.log('\nCross-validation of the untimed threshold (no published_at, shuffled; halves split by story group):');
  for (const l of crossValidateUntimed(items)) console.log(`- ${l}`);

  // Throughput: 10,000 headlines (the dev set six times over, each copy two days later).
  const big: ClusterItem[] = [];
  for (let k = 0; big.length < 10_000; k++) {
    for (const it of items) {
      if (big.length >= 10_000) break;
      big.push({ id: `${k}-${it.id}`, title: it.title, published_at: new Date(Date.parse(it.published_at!) + k * 48 * 3_600_000).toISOString() });
    }
  }
  const t0 = performance.now();
  clusterItems(big);
  const ms = performance.now() - t0;
  console.log(`\nin process: ${big.length} items in ${ms.toFixed(0)} ms = ${Math.round(big.length / (ms / 1000))} items/s`);
  const dir = mkdtempSync(path.join(tmpdir(), 'pulse-bench-events-'));
  try {
    const file = path.join(dir, 'items.jsonl');
    writeFileSync(file, big.map((b) => JSON.stringify(b)).join('\n'));
    const w0 = performance.now();
    const res = spawnSync(process.execPath, [path.resolve(here, '../bin/pulse.js'), 'cluster', file, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const wall = performance.now() - w0;
    const lines = res.stdout.trim().split('\n').length;
    console.log(`pulse cluster (child process, start-up included): ${lines} lines, exit ${res.status}, ${(wall / 1000).toFixed(2)} s wall`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (args.includes('--skip-db')) return;
  await assignFigures(args);
}

async function assignFigures(args: string[]): Promise<void> {
  const storedArg = args.indexOf('--stored');
  const assign = await benchAssign(storedArg >= 0 ? Number(args[storedArg + 1]) : 100_000, 200);
  console.log(
    `\nassign one story on PostgreSQL with ${assign.stored.toLocaleString('en')} stories stored (${assign.events.toLocaleString('en')} events): p50 ${assign.p50.toFixed(1)} ms, p95 ${assign.p95.toFixed(1)} ms, max ${assign.max.toFixed(1)} ms (without BEGIN/COMMIT: p50 ${assign.inP50.toFixed(1)} ms, p95 ${assign.inP95.toFixed(1)} ms) over ${assign.samples} stories (${assign.joined} joined an event, ${assign.created} started one); load ${(assign.loadMs / 1000).toFixed(0)} s`,
  );
}
