/**
 * Where the wrong entity names sit: precision of the names Pulse keeps (src/extract/entity-salience.ts) by their rank
 * on the page (most mentioned first), by type and by mentions, and precision/recall for other caps than the 40 of
 * `findEntities` (fixed, or proportional to the body's words) and for a minimum of mentions. Same matching as
 * bench/facts.ts. On a held-out directory (`--truth DIR`) only the totals are printed, never a page's names.
 *
 *   npx tsx bench/entity-ranks.ts [--truth DIR]
 *
 * Dropping a set of names raises F1 only when fewer of them are right than F1 / 2 (about 0.40 here): read the table
 * with that bar.
 */
import { extractFacts } from '../src/extract/extract-facts.ts';
import { observeEntityCandidates, type EntityCandidate } from '../src/extract/entities.ts';
import { keepSalient } from '../src/extract/entity-salience.ts';
import { DEFAULT_TRUTH_DIR, loadTruth, scoreEntities } from './_facts-truth.ts';

interface Row { rank: number; words: number; mentions: number; type: string; hit: number }

const at = process.argv.indexOf('--truth');
const dir = at > 0 ? process.argv[at + 1]! : DEFAULT_TRUTH_DIR;
const detail = at < 0;

const pages: { expected: number; rows: Row[] }[] = [];
for (const p of loadTruth(dir)) {
  let seen: readonly EntityCandidate[] = [];
  observeEntityCandidates((c) => {
    seen = c;
  });
  const sheet = extractFacts(p.html, p.url, { publishedAt: new Date(p.truth.published) });
  observeEntityCandidates(null);
  // Every name past the salience rules, uncapped, in the sheet's order (findEntities keeps the first 40).
  const kept = keepSalient(seen).map(({ signals: _signals, ...e }) => e);
  const rows: Row[] = [];
  let before = 0;
  for (let k = 1; k <= kept.length; k++) {
    const tp = scoreEntities(p.truth, kept.slice(0, k)).tally.tp;
    rows.push({ rank: k, words: sheet.body.word_count, mentions: kept[k - 1]!.mentions, type: kept[k - 1]!.type, hit: tp - before });
    before = tp;
  }
  pages.push({ expected: scoreEntities(p.truth, []).tally.expected, rows });
}

const expected = pages.reduce((a, p) => a + p.expected, 0);
function score(keep: (r: Row) => boolean): string {
  let tp = 0;
  let offered = 0;
  for (const p of pages) for (const r of p.rows) if (keep(r)) {
    offered++;
    tp += r.hit;
  }
  const P = tp / offered;
  const R = tp / expected;
  return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(4)} (${tp}/${offered}/${expected})`;
}
const share = (rs: readonly Row[]): string => `${rs.length ? (rs.reduce((s, r) => s + r.hit, 0) / rs.length).toFixed(2) : '-'} (${rs.length})`;

console.log(`${pages.length} pages (${dir})`);
for (const cap of [Infinity, 40, 35, 30, 25, 20, 15, 10]) console.log(`cap ${cap}: ${score((r) => r.rank <= cap)}`);
for (const per of [10, 20, 30, 50]) for (const floor of [10, 20]) {
  console.log(`cap min(40, max(${floor}, words / ${per})): ${score((r) => r.rank <= Math.min(40, Math.max(floor, Math.ceil(r.words / per))))}`);
}
for (const m of [2, 3]) console.log(`cap 40, mentions >= ${m}: ${score((r) => r.rank <= 40 && r.mentions >= m)}`);
for (const head of [15, 20, 25]) console.log(`cap 40, mentions >= 2 past rank ${head}: ${score((r) => r.rank <= 40 && (r.rank <= head || r.mentions >= 2))}`);

if (detail) {
  const rows = pages.flatMap((p) => p.rows.filter((r) => r.rank <= 40));
  console.log('\nrank   names  precision | person  organization  place');
  for (const [a, b] of [[1, 1], [2, 2], [3, 3], [4, 5], [6, 10], [11, 15], [16, 20], [21, 25], [26, 30], [31, 40]] as const) {
    const rs = rows.filter((r) => r.rank >= a && r.rank <= b);
    console.log(`${a === b ? a : `${a}-${b}`}  ${share(rs)} | ${share(rs.filter((r) => r.type === 'person'))}  ${share(rs.filter((r) => r.type === 'organization'))}  ${share(rs.filter((r) => r.type === 'place'))}`);
  }
  console.log('\nmentions  precision');
  for (const [a, b] of [[1, 1], [2, 2], [3, 4], [5, 9], [10, Infinity]] as const) console.log(`${a}-${b}  ${share(rows.filter((r) => r.mentions >= a && r.mentions <= b))}`);
}
