import Parser from 'rss-parser';
import { parseFeed } from '../src/parse/parse-feed.ts';
import { loadRealFeeds } from '../tests/parse/corpora.ts';

/**
 * Feed parsing throughput (SPEC "Performance": items/s, Pulse's ingest path vs plain rss-parser).
 * Pulse: parseFeed on every feed of corpora/real-feeds (detection, XML preparation, rss-parser
 * with custom fields, normalization, sanitizing, dates, URL cleaning). Peer: a bare rss-parser
 * `parseString` on the same strings (JSON feeds skipped: rss-parser cannot read them, and they
 * are left out of Pulse's XML figure too so both sides parse the same bytes).
 * Usage: npm run bench -- parse [--rounds N]
 */
export default async function run(args: string[]): Promise<void> {
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 11;
  const corpus = loadRealFeeds();
  if (corpus.length === 0) {
    console.log('bench parse: ../shared/corpora/real-feeds is absent, nothing to measure');
    return;
  }
  const xmlFeeds = corpus.filter((f) => !f.file.endsWith('.json'));
  const jsonFeeds = corpus.filter((f) => f.file.endsWith('.json'));
  const feedUrl = (file: string): string => `https://feeds.example.org/${file}`;

  const pulse = async (feeds: typeof corpus): Promise<number> => {
    let items = 0;
    for (const f of feeds) items += (await parseFeed(f.text, { feedUrl: feedUrl(f.file) })).items.length;
    return items;
  };
  const bare = async (feeds: typeof corpus): Promise<number> => {
    const parser = new Parser();
    let items = 0;
    for (const f of feeds) items += (await parser.parseString(f.text)).items.length;
    return items;
  };

  // Warm up both paths (JIT, lazy module state) before timing.
  await pulse(corpus);
  await bare(xmlFeeds);

  // Rounds alternate between the two paths so that drift (GC, other load) hits both alike.
  const samples = { pulse: [] as number[], bare: [] as number[], json: [] as number[] };
  let counts = { pulse: 0, bare: 0, json: 0 };
  const gc = (globalThis as { gc?: () => void }).gc;
  const timed = async (fn: () => Promise<number>): Promise<[number, number]> => {
    gc?.(); // with --expose-gc, each round starts from a clean heap instead of paying the previous one's garbage
    const t0 = process.hrtime.bigint();
    const items = await fn();
    return [items, Number(process.hrtime.bigint() - t0) / 1e6];
  };
  for (let i = 0; i < rounds; i += 1) {
    const [p, pms] = await timed(() => pulse(xmlFeeds));
    const [b, bms] = await timed(() => bare(xmlFeeds));
    const [j, jms] = await timed(() => pulse(jsonFeeds));
    samples.pulse.push(pms);
    samples.bare.push(bms);
    samples.json.push(jms);
    counts = { pulse: p, bare: b, json: j };
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const pulseXml = { items: counts.pulse, ms: median(samples.pulse), perSec: 0 };
  const bareXml = { items: counts.bare, ms: median(samples.bare), perSec: 0 };
  const pulseJson = { items: counts.json, ms: median(samples.json), perSec: 0 };
  for (const m of [pulseXml, bareXml, pulseJson]) m.perSec = (m.items / m.ms) * 1000;
  const mb = xmlFeeds.reduce((n, f) => n + f.bytes, 0) / 1e6;
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

  console.log(`feed parsing, ${xmlFeeds.length} XML feeds (${mb.toFixed(1)} MB, ${pulseXml.items} items), median of ${rounds} rounds`);
  console.log(`  pulse parseFeed         ${fmt(pulseXml.perSec).padStart(9)} items/s  ${pulseXml.ms.toFixed(1).padStart(7)} ms/round`);
  console.log(`  rss-parser parseString  ${fmt(bareXml.perSec).padStart(9)} items/s  ${bareXml.ms.toFixed(1).padStart(7)} ms/round`);
  console.log(`  ratio: parseFeed takes ${(pulseXml.ms / bareXml.ms).toFixed(2)}x the time of bare rss-parser (target ≤ 1.5x)`);
  console.log(`  JSON Feed (${jsonFeeds.length} feeds, ${pulseJson.items} items, no peer): ${fmt(pulseJson.perSec)} items/s`);
}
