/**
 * Fact extraction benchmark (SPEC "Performance", issue 9): precision and recall per kind —
 * figures, labels, qualifiers, dates and what happens then, quotes, speakers, entities, entity types — of Pulse's extractFacts on real
 * article pages annotated by hand (tests/fixtures/facts, ANNOTATING.md), beside chrono-node 2.10.3
 * (dates) and compromise 14.17.0 (numbers, entities) run on the same text (the body Pulse
 * extracted, so every extractor reads the same words) in the same run; and pages/s. The matching
 * rules are written at the top of bench/_facts-truth.ts.
 *
 *   npm run bench -- facts [--truth DIR] [--verbose] [--rounds N]
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { extractFacts } from '../src/extract/extract-facts.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import type { FactSheet } from '../src/extract/types.ts';
import {
  DEFAULT_TRUTH_DIR, add, loadTruth, precision, recall, scoreDates, scoreDateWhats, scoreEntities, scoreFigures, scoreQuotes, tally,
  type OfferedDate, type OfferedEntity, type OfferedFigure, type Tally, type TruthPage,
} from './_facts-truth.ts';

interface Args {
  truth: string;
  verbose: boolean;
  rounds: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { truth: DEFAULT_TRUTH_DIR, verbose: false, rounds: 3 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--truth') a.truth = argv[++i]!;
    else if (argv[i] === '--verbose') a.verbose = true;
    else if (argv[i] === '--rounds') a.rounds = Number(argv[++i]);
  }
  return a;
}

function pulseSheet(p: TruthPage): FactSheet {
  return extractFacts(p.html, p.url, { publishedAt: new Date(p.truth.published) });
}

function pulseFigures(sheet: FactSheet): OfferedFigure[] {
  return sheet.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, qualifier: f.qualifier, label: f.label, sentence: f.evidence.sentence }));
}

// ---- peers ------------------------------------------------------------------------------------

function chronoDates(text: string, ref: Date): OfferedDate[] {
  const iso = (c: chrono.ParsedComponents): string => {
    const d = c.date();
    const ymd = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    if (c.isCertain('day') || c.isCertain('weekday')) return ymd;
    if (c.isCertain('month')) return ymd.slice(0, 7);
    if (c.isCertain('year')) return ymd.slice(0, 4);
    return ymd;
  };
  return chrono.parse(text, ref).map((r) => (r.end ? { start: iso(r.start), end: iso(r.end) } : { date: iso(r.start) }));
}

type Doc = ReturnType<typeof nlp>;

function compromiseFigures(paragraphs: readonly string[]): OfferedFigure[] {
  const out: OfferedFigure[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(p)) {
      const doc: Doc = nlp(s.text);
      const nums = doc.numbers().json() as { text: string; number?: { num?: number } }[];
      for (const n of nums) {
        const value = n.number?.num;
        if (typeof value !== 'number') continue;
        const t = n.text.trim();
        const kind = /[$€£¥]|dollars?|euros?|pounds/i.test(t) ? 'money' : /%|percent/i.test(t) ? 'percent' : 'count';
        out.push({ text: t, kind, value, qualifier: null, label: null, sentence: s.text });
      }
    }
  }
  return out;
}

function compromiseEntities(text: string): OfferedEntity[] {
  const doc: Doc = nlp(text);
  const typed = (type: 'person' | 'organization' | 'place', names: string[]): [string, typeof type][] => names.map((n) => [n, type]);
  const names = [
    ...typed('person', doc.people().out('array') as string[]),
    ...typed('organization', doc.organizations().out('array') as string[]),
    ...typed('place', doc.places().out('array') as string[]),
  ];
  const seen = new Set<string>();
  const out: OfferedEntity[] = [];
  for (const [raw, type] of names) {
    const name = raw.replace(/[’']s$/, '').replace(/[.,;:!?"“”]+$/g, '').trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push({ name, type });
  }
  return out;
}

// ---- the run ----------------------------------------------------------------------------------

interface Totals {
  figures: Tally;
  figuresSpec: Tally;
  labels: Tally;
  qualifiers: Tally;
  dates: Tally;
  quotes: Tally;
  speakers: Tally;
  entities: Tally;
  entityTypes: Tally;
  dateWhats: Tally;
  notFigures: number;
}
const totals = (): Totals => ({ figures: tally(), figuresSpec: tally(), labels: tally(), qualifiers: tally(), dates: tally(), quotes: tally(), speakers: tally(), entities: tally(), entityTypes: tally(), dateWhats: tally(), notFigures: 0 });

function fmt(n: number): string {
  return n.toFixed(3);
}

function row(name: string, t: Tally | null, note = ''): string {
  if (!t) return `| ${name.padEnd(28)} |     — |     — |     — | ${note}`;
  const p = precision(t);
  const r = recall(t);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `| ${name.padEnd(28)} | ${fmt(p)} | ${fmt(r)} | ${fmt(f1)} | ${String(t.tp).padStart(4)}/${String(t.offered).padStart(4)} offered, ${String(t.expected).padStart(4)} annotated ${note}`;
}

function timeIt(rounds: number, fn: () => void): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export default async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const pages = loadTruth(args.truth);
  if (!pages.length) {
    console.log(`facts: no annotated pages in ${args.truth} (with their corpus HTML): nothing to measure. Pass --truth DIR.`);
    return;
  }
  const pulse = totals();
  const peers = { chrono: tally(), compromiseFigures: tally(), compromiseEntities: tally(), compromiseEntityTypes: tally() };
  for (const page of pages) {
    const t = page.truth;
    const sheet = pulseSheet(page);
    const text = sheet.body.paragraphs.join('\n\n');
    const ref = new Date(t.published);

    const fig = scoreFigures(t, pulseFigures(sheet));
    add(pulse.figures, fig.figures);
    add(pulse.figuresSpec, fig.figuresSpec);
    add(pulse.labels, fig.labels);
    add(pulse.qualifiers, fig.qualifiers);
    pulse.notFigures += fig.notFigureHits.length;
    const dates = scoreDates(t, sheet.dates);
    add(pulse.dates, dates);
    const whatMisses: string[] = [];
    add(pulse.dateWhats, scoreDateWhats(t, sheet.dates, whatMisses));
    const quotes = scoreQuotes(t, sheet.quotes);
    add(pulse.quotes, quotes.quotes);
    add(pulse.speakers, quotes.speakers);
    const ents = scoreEntities(t, sheet.entities);
    add(pulse.entities, ents.tally);
    add(pulse.entityTypes, ents.types);

    add(peers.chrono, scoreDates(t, chronoDates(text, ref)));
    add(peers.compromiseFigures, scoreFigures(t, compromiseFigures(sheet.body.paragraphs)).figures);
    const compromiseEnts = scoreEntities(t, compromiseEntities(text));
    add(peers.compromiseEntities, compromiseEnts.tally);
    add(peers.compromiseEntityTypes, compromiseEnts.types);

    if (args.verbose) {
      console.log(`\n## ${t.id.slice(0, 16)} (${t.corpus ?? ''}) figures ${fig.figures.tp}/${fig.figures.offered}/${fig.figures.expected} dates ${dates.tp}/${dates.offered}/${dates.expected} quotes ${quotes.quotes.tp}/${quotes.quotes.offered}/${quotes.quotes.expected} entities ${ents.tally.tp}/${ents.tally.offered}/${ents.tally.expected}`);
      if (fig.notFigureHits.length) console.log(`  not figures offered: ${fig.notFigureHits.join('; ')}`);
      if (quotes.wrongSpeakers.length) console.log(`  speakers: ${quotes.wrongSpeakers.join('; ')}`);
      if (whatMisses.length) console.log(`  dates' what: ${whatMisses.join('; ')}`);
      console.log(`  entities missed: ${ents.missed.join('; ')}`);
      console.log(`  entities extra: ${ents.extra.join('; ')}`);
      if (ents.wrongTypes.length) console.log(`  entity types: ${ents.wrongTypes.join('; ')}`);
    }
  }

  console.log(`${pages.length} annotated pages from ${args.truth}\n`);
  console.log('| kind                         |     P |     R |    F1 | counts');
  console.log('| ---------------------------- | ----- | ----- | ----- | ------');
  console.log(row('figures — pulse', pulse.figures, `(${pulse.notFigures} annotated not-figures offered)`));
  console.log(row('figures (SPEC) — pulse', pulse.figuresSpec, '(scores/votes/records, kind "other", not counted missed)'));
  console.log(row('figures — compromise', peers.compromiseFigures));
  console.log(row('labels — pulse', { tp: pulse.labels.tp, offered: pulse.labels.expected, expected: pulse.labels.expected }, '(right / matched figures with label_words)'));
  console.log(row('qualifiers — pulse', pulse.qualifiers, '(equal / matched figures)'));
  console.log(row('dates — pulse', pulse.dates));
  console.log(row('dates — chrono-node', peers.chrono));
  console.log(row('date what — pulse', { tp: pulse.dateWhats.tp, offered: pulse.dateWhats.expected, expected: pulse.dateWhats.expected }, '(a content word of the annotated what / matched dates)'));
  console.log(row('quotes — pulse', pulse.quotes));
  console.log(row('speakers — pulse', pulse.speakers, '(right / matched quotes)'));
  console.log(row('entities — pulse', pulse.entities));
  console.log(row('entities — compromise', peers.compromiseEntities));
  console.log(row('entity types — pulse', pulse.entityTypes, '(right type / matched entities)'));
  console.log(row('entity types — compromise', peers.compromiseEntityTypes, '(right type / matched entities)'));

  // Speed: the whole extraction (HTML → fact sheet) beside the peers' work on the extracted text.
  const texts = pages.map((p) => ({ text: pulseSheet(p).body.paragraphs.join('\n\n'), ref: new Date(p.truth.published) }));
  const rounds = Math.max(1, args.rounds);
  const pulseSec = timeIt(rounds, () => pages.forEach((p) => pulseSheet(p)));
  const chronoSec = timeIt(rounds, () => texts.forEach((t) => chronoDates(t.text, t.ref)));
  const compromiseSec = timeIt(rounds, () => texts.forEach((t) => {
    compromiseFigures(t.text.split('\n\n'));
    compromiseEntities(t.text);
  }));
  const rate = (sec: number): string => (pages.length * rounds / sec).toFixed(1);
  console.log(`\nspeed (${rounds} rounds × ${pages.length} pages): pulse extractFacts ${rate(pulseSec)} pages/s (HTML → whole fact sheet); chrono-node ${rate(chronoSec)} pages/s (dates of the text); compromise ${rate(compromiseSec)} pages/s (numbers + entities of the text)`);
}
