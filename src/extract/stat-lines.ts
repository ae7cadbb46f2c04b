import type { Figure } from './types.ts';

/**
 * Box-score lines of a sports roundup (SPEC "Fact sheet": a figure is a quantity of something): a player's tallies written
 * without a verb, "Tolivert 25 points.", "Osas Osaro 3 goals, 1 assist.", "Viera (4-0): K. Hupfer 1 goal.", "LeBron James:
 * 25 points, 11 rebounds and 10 assists", and a team's line score, "Rockledge 14 11 6 15 — 44" (one count per period, the
 * total repeating the game's score). A capitalised word right before digits is otherwise a name's number ("Boeing 787"); here
 * the whole line is a name followed by counts of lower-case nouns, so the digits count what follows them. The game score
 * ("70-44") and the team's record ("(1-0)") are scores, which SPEC does not list as figures.
 */
export type StatFigure = Omit<Figure, 'evidence'>;

// A name as a box score prints it: capitalised words, initials, hyphens and apostrophes ("K. Hupfer", "Aden O'Hara",
// "Gardy Bien-Aime", "CJ DeBose"); two players may share a line ("Jordan Spira and Megan Cook 4 total").
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}`;
const NAMES = String.raw`${NAME}(?:\s(?:and|&)\s${NAME})?`;
// A team and its record or rank before the player: "Palm Bay (1-0-2): ", "Astronaut (NR): ".
const TEAM = String.raw`${NAME}\s\((?:\d{1,2}(?:-\d{1,2}){1,2}|NR|\p{Lu}{1,3})\):\s`;
const ITEM = String.raw`\d{1,3}\s\p{Ll}[\p{Ll}-]*`;
const SEP = String.raw`(?:,\s|\sand\s|;\s)`;
const STAT_LINE = new RegExp(String.raw`^(${TEAM})?(${NAMES}):?\s(${ITEM}(?:${SEP}${ITEM})*)\.?$`, 'u');
const ITEM_RE = new RegExp(String.raw`(\d{1,3})\s(\p{Ll}[\p{Ll}-]*)`, 'gu');
// Words after a number that make it no tally: units of time, money and measure ("Windows 10 years", "Apple 3 billion") and
// function words.
const NOT_TALLY = /^(?:and|or|of|in|on|at|to|the|a|an|is|was|are|were|years?|months?|weeks?|days?|hours?|minutes?|seconds?|million|billion|trillion|percent|dollars?|euros?|pounds?|miles?|inches|feet|km|mm|cm|kg|lbs?|gb|tb|mb)$/;
const LINE_SCORE = new RegExp(String.raw`^(${NAME})\s((?:\d{1,3}\s){2,9})[—–-]\s?(\d{1,3})$`, 'u');
const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
// A cheap guard: a stat line starts with a capital and holds a number before a lower-case word or a dash.
const GUARD = /^\p{Lu}.*\d(?:\s\p{Ll}|\s[—–-]\s?\d{1,3}$)/u;

/** True when a line is shaped like a box-score line (a player's tallies or a team's line score), whatever stands around it. */
export function isStatLine(line: string): boolean {
  if (!GUARD.test(line)) return false;
  const s = STAT_LINE.exec(line);
  return s ? tallies(s[3]!) !== null : lineScore(line) !== null;
}

function tallies(list: string): { text: string; value: number; noun: string }[] | null {
  const out: { text: string; value: number; noun: string }[] = [];
  for (const m of list.matchAll(ITEM_RE)) {
    if (NOT_TALLY.test(m[2]!)) return null;
    out.push({ text: m[0], value: Number(m[1]), noun: m[2]! });
  }
  return out.length ? out : null;
}

function lineScore(line: string): { name: string; parts: { text: string; value: number }[] } | null {
  const m = LINE_SCORE.exec(line);
  if (!m) return null;
  const parts = m[2]!.trim().split(' ').map((d) => ({ text: d, value: Number(d) }));
  // The periods add up to the total (within a tenth, for a misprinted period): a line score, not a list of numbers after a name.
  const total = Number(m[3]);
  const sum = parts.reduce((a, p) => a + p.value, 0);
  return Math.abs(sum - total) <= total / 10 && parts.every((p) => p.value <= total) ? { name: m[1]!, parts } : null;
}

/**
 * The figures of a box-score line, or null when the line is not one. A player's line stands as a tally when something marks the
 * roundup: a team and record before it, two tallies or more, or a box-score line just before ("Davis 17 points." after
 * "Palm Bay (1-0): Tolivert 25 points."); a lone "Windows 10 users." stays a name's number.
 */
export function statLineFigures(sentence: string, previous?: string): StatFigure[] | null {
  if (!GUARD.test(sentence)) return null;
  const s = STAT_LINE.exec(sentence);
  if (s) {
    const items = tallies(s[3]!);
    if (!items) return null;
    if (!s[1] && items.length < 2 && !(previous !== undefined && isStatLine(previous))) return null;
    const name = s[2]!;
    return items.map((it) => ({ text: it.text, kind: 'count', value: it.value, approx: false, qualifier: null, label: `${name} ${it.noun}` }));
  }
  const ls = lineScore(sentence);
  if (!ls) return null;
  return ls.parts.map((p, i) => ({ text: p.text, kind: 'count', value: p.value, approx: false, qualifier: null, label: `${ls.name} ${ORDINAL[i] ?? `${i + 1}th`}-period points` }));
}
