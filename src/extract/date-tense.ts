/**
 * Whether a date in a sentence looks back or ahead, from the verb that governs it: "Tottenham
 * posted an image on Wednesday" looks back, "His first match will be on Saturday" and "Lowe's
 * reports earnings Wednesday" look ahead. A weekday, a year-less date or a month alone resolves
 * against the publication date in that direction (dates.ts).
 *
 * The nearest tense word before the date decides (the verb of its clause usually precedes it); when
 * none precedes, the nearest after it ("In June, the Home Secretary approved …"). Without one the
 * tense is unknown and callers keep their default.
 */
// 'unsure': a conditional or reported future ("said it would invite both sides to talks on Thursday"):
// a weekday so governed is still to come, a calendar date may be long past ("vowed Britain would leave on Oct. 31").
export type Tense = 'past' | 'future' | 'unsure' | null;

// Modal and scheduling words: what follows is still to come.
const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'should', 'must', "won't", 'won’t', 'expected', 'expects', 'expect', 'scheduled', 'due', 'upcoming', 'slated', 'tomorrow', 'next',
]);
// Intentions look ahead only before "to" ("Apple plans to release", not "shelved its plans for").
const FUTURE_BEFORE_TO = new Set(['plans', 'plan', 'planned', 'planning', 'aims', 'aim', 'intends', 'intend', 'hopes', 'hope', 'going', 'set', 'poised', 'wants', 'seeks']);
// Plans told in the past ("was scheduled to", "were set to") still look ahead from when they were made.
const PLANNED = new Set(['due', 'set', 'scheduled', 'slated']);
// Conditional and reported futures ("would leave the EU on Oct. 31") say nothing sure about the time.
const UNSURE = new Set(['would', 'could', 'might', 'may', 'can', 'cannot']);
// Present-tense verbs that, with a date, announce a scheduled event ("play Saturday", "the hearing is on Jan. 3").
const PRESENT = new Set([
  'is', 'are', 'am', 'starts', 'start', 'begins', 'begin', 'opens', 'open', 'closes', 'ends', 'runs', 'takes', 'kicks', 'play', 'plays', 'faces', 'face',
  'hosts', 'host', 'meets', 'meet', 'visits', 'travels', 'holds', 'hold', 'reports', 'returns', 'arrives', 'heads', 'launches', 'goes', 'comes', 'expires',
  'resumes', 'airs', 'premieres', 'debuts', 'lands', 'votes', 'vote', 'convenes', 'testifies', 'appears',
  'stops', 'wraps', 'concludes', 'performs', 'headlines', 'competes',
]);
const PAST = new Set([
  'said', 'was', 'were', 'had', 'did', 'gave', 'took', 'made', 'came', 'went', 'got', 'told', 'met', 'began', 'won', 'lost', 'fell', 'rose', 'saw', 'left',
  'held', 'ran', 'sent', 'shot', 'struck', 'sold', 'bought', 'paid', 'spent', 'brought', 'thought', 'found', 'led', 'kept', 'fled', 'flew', 'drew', 'wrote',
  'spoke', 'broke', 'chose', 'became', 'knew', 'grew', 'threw', 'stood', 'sat', 'felt', 'heard', 'built', 'caught', 'fought', 'sought', 'ate',
  'drove', 'rode', 'wore', 'tore', 'swore', 'froze', 'stole', 'woke', 'forgot', 'shook', 'understood', 'withdrew', 'overtook', 'undertook', 'hid',
  'dealt', 'meant', 'lent', 'dug', 'hung', 'swung', 'sped', 'laid', 'slept', 'swept', 'wept', 'arose', 'underwent', 'withheld', 'upheld', 'oversaw',
  'overcame', 'rang', 'sang', 'sank', 'shrank', 'spun', 'sprang', 'blew', 'taught', 'lit', 'bent', 'forgave', 'foresaw',
  'ago', 'earlier', 'yesterday', 'previously', "wasn't", 'wasn’t', "weren't", 'weren’t', "didn't", 'didn’t', "hadn't", 'hadn’t',
]);
// Words ending in -ed that are not past verbs.
const NOT_PAST_ED = new Set(['need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'breed', 'greed', 'weed', 'reed', 'creed', 'deed', 'proceed', 'succeed', 'exceed', 'embed', 'naked', 'wicked', 'sacred', 'kindred', 'ted', 'fred', 'ned', 'united', 'limited']);
const PASSIVE_AUX = new Set(['be', 'been', 'being']);
// The present perfect looks back ("has been grounded since March", "have run a series in February"), except up to a
// limit still to come ("has been extended until Tuesday").
const PERFECT_AUX = new Set(['has', 'have', 've', 'hasn’t', "hasn't", 'haven’t', "haven't"]);
const IRREGULAR_PARTICIPLES = new Set([
  'been', 'had', 'made', 'said', 'done', 'gone', 'seen', 'run', 'won', 'lost', 'held', 'left', 'met', 'sent', 'spent', 'paid', 'told', 'taken', 'given',
  'known', 'shown', 'grown', 'put', 'set', 'cut', 'hit', 'let', 'brought', 'bought', 'caught', 'taught', 'thought', 'found', 'built', 'kept', 'led', 'come',
  'become', 'begun', 'written', 'spoken', 'broken', 'chosen', 'risen', 'fallen', 'struck', 'sold', 'stood', 'fled', 'flown', 'drawn', 'driven', 'eaten',
]);
const isParticiple = (w: string | undefined): boolean => !!w && (IRREGULAR_PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)));
// Present-tense states say nothing of a day: "plague infections are rare today", "the business I have today".
const STATIVE = new Set(['is', 'are', 'am', 's', 'remain', 'remains', 'has', 'have', 'exist', 'exists', 'seem', 'seems', 'continue', 'continues']);
const PAST_AUX = new Set(['was', 'were', 'had']);
// A pronoun's contracted copula: "it's", "that’s", "there's".
const STATE_CONTRACTION = /^(?:it|that|there|this|here|what)['’]s$/;
const SAME_PAST = new Set(['bid', 'cut', 'set', 'hit', 'put', 'quit', 'shut', 'cast', 'spread', 'hurt', 'cost', 'let', 'slit', 'split', 'upset', 'broadcast', 'forecast', 'beat']);
const SINGULAR_PRONOUN = new Set(['he', 'she', 'it']);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'this', 'that']);
// A present copula before a participle makes it a state ("remain unresolved", "isn't appreciated"); a modal before "have"
// a guess ("may well have expanded").
const COPULA = new Set(['is', 'are', 'am', 'isn’t', "isn't", 'aren’t', "aren't", 'remain', 'remains', 'seem', 'seems']);
const GUESS = new Set([...UNSURE, 'would', 'should', 'must', 'wouldn’t', "wouldn't", 'couldn’t', "couldn't", 'might']);

type Mark = Tense | 'perfect' | 'skip';

function classify(words: readonly string[], i: number, stative: boolean): Mark {
  const w = words[i]!;
  const prev = words[i - 1];
  if (!stative) {
    // A state or a guess names no event's day: "tensions that remain unresolved today", "their role isn't appreciated",
    // "Today that mission scope may well have expanded".
    const guessed = (j: number): boolean => [words[j - 1], words[j - 2]].some((x) => x !== undefined && GUESS.has(x));
    if (PERFECT_AUX.has(w) && guessed(i)) return 'skip';
    if (prev !== undefined && isParticiple(w) && (COPULA.has(prev) || (PERFECT_AUX.has(prev) && guessed(i - 1)))) return 'skip';
  }
  if (PERFECT_AUX.has(w) && (isParticiple(words[i + 1]) || (words[i + 1] === 'not' && isParticiple(words[i + 2])))) return 'perfect';
  if (!stative && (STATIVE.has(w) || UNSURE.has(w))) return 'skip';
  // "next week's show", "next year's election": "next" of a possessive dates the thing, not the clause's verb ("On Wednesday I
  // put the first 500 tickets on sale for next week's show" looks back).
  if (w === 'next' && /['’]s$/.test(words[i + 1] ?? '')) return 'skip';
  // "there'll", "it’ll": a contracted "will".
  if (FUTURE.has(w) || /\w['’]ll$/.test(w) || (FUTURE_BEFORE_TO.has(w) && words[i + 1] === 'to')) {
    // "was due to be released", "was set to dock": a past plan, its time unsure — though a weekday so planned is
    // still to come ("It was set to dock with the space station on Saturday"), as with "would".
    if (prev && PAST_AUX.has(prev)) return PLANNED.has(w) ? 'unsure' : null;
    return 'future';
  }
  if (UNSURE.has(w)) return 'unsure';
  // "the race is held much later (Dec 17th)": a present passive, as a regular one ("is scheduled") is, tells what is to come.
  if (PAST.has(w) && IRREGULAR_PARTICIPLES.has(w) && (prev === 'is' || prev === 'are') && w !== 'been') return 'future';
  if (PAST.has(w)) return 'past';
  // A verb whose past is its base ("bid", "cut", "set") is past after a singular subject, which the present would
  // give an -s: "In December, the firm bid $16.50 per share", "the Fed cut rates in July", "she quit in May".
  if (SAME_PAST.has(w) && words[i + 1] !== 'of' && (SINGULAR_PRONOUN.has(prev ?? '') || (prev !== undefined && DETERMINER.has(words[i - 2] ?? '') && !isVerbWord(prev) && !/(?:est|ing)$/.test(prev)))) return 'past';
  if (PRESENT.has(w)) return 'future';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) {
    // "will be divulged": the auxiliary before the participle decides.
    if (prev && PASSIVE_AUX.has(prev)) return 'skip';
    if (prev === 'is' || prev === 'are') return 'future';
    return 'past';
  }
  return 'skip';
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z’']+/g) ?? []).map((w) => w.replace(/^['’]+|['’]+$/g, '')).filter(Boolean);
}

/** The nearest tense word to the gap between `before` and `after` (the one before on a tie) within `reach` words; 'skip' when none. */
function nearest(before: readonly string[], after: readonly string[], stative: boolean, reach = 16): Mark {
  for (let k = 0; k < Math.max(before.length, after.length) && k < reach; k++) {
    const i = before.length - 1 - k;
    if (i >= 0) {
      const t = classify(before, i, stative);
      if (t !== 'skip') return t;
    }
    if (k < after.length) {
      const t = classify(after, k, stative);
      if (t !== 'skip') return t;
    }
  }
  return 'skip';
}

const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'because', 'after', 'before', 'while', 'although', 'though', 'if', 'unless', 'saying', 'adding', 'than']);
// A line of a schedule: "Lakers: Visit the Thunder on Friday.", "Next: At Dallas on Sunday." — still to come.
const SCHEDULE_LINE = /^\W*[A-Z][\w.&'’ -]{0,40}:\s+(?:Visit|Host|Play|Face|Meet|Welcome|Travel to|At|vs\.?|Versus)\b/;
const CLAUSE_EDGE = /[,;:()—–]|\s-\s/g;

/** Whether a sentence is a line of a schedule ("Lakers: Visit the Thunder on Friday."). */
export function isScheduleLine(sentence: string): boolean {
  return SCHEDULE_LINE.test(sentence);
}

/**
 * The tense that governs the date at [at, end) of `sentence`: its clause's nearest tense word, else the sentence's.
 * With `stative: false`, states ("is", "remains", "has") and modals ("may") do not count: only an event's verb does.
 */
export function tenseAt(sentence: string, at: number, end: number, { stative = true }: { stative?: boolean } = {}): Tense {
  if (SCHEDULE_LINE.test(sentence)) return 'future';
  const t = markAt(sentence, at, end, stative);
  if (t !== 'perfect') return t;
  return /\b(?:until|till|through|by)\s+(?:the\s+)?(?:(?:next|this|coming)\s+)?$/i.test(sentence.slice(0, at)) ? 'future' : 'past';
}

function markAt(sentence: string, at: number, end: number, stative: boolean): Tense | 'perfect' {
  let lo = 0;
  let hi = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_EDGE)) {
    if (m.index + m[0].length <= at) lo = m.index + m[0].length;
    else if (m.index >= end) {
      hi = m.index;
      break;
    }
  }
  // A clause opened after the date by "that", "which", "who" … has its own verb: "passed a bill Tuesday that would
  // require a review" looks back.
  const after = wordsOf(sentence.slice(end, hi));
  const before = wordsOf(sentence.slice(lo, at));
  if (subjectParticiple(before, after)) return 'past';
  // A second verb joined after the date is its own ("passed the House on Thursday and now goes to the Senate" looks back):
  // when the date's clause has its verb before it, the words past "and"/"but"/"or" do not count.
  const joined = before.some(isVerbWord) ? after.findIndex((w) => w === 'and' || w === 'but' || w === 'or') : -1;
  const own = joined >= 0 ? after.slice(0, joined) : after;
  const sub = own.findIndex((w) => SUBORDINATORS.has(w));
  const inClause = nearest(before, sub >= 0 ? own.slice(0, sub) : own, stative);
  if (inClause !== 'skip') return inClause;
  // A state's clause before a subordinate one ("Today it's clear that the iPhone needed a good keyboard", "Today it is hard to
  // believe that …"): the state governs the date, and the verb past "that" tells no event of that day.
  if (!stative && sub >= 0 && after.slice(0, sub).some((w) => STATIVE.has(w) || STATE_CONTRACTION.test(w))) return null;
  // Else the sentence's verb, however far: "the Doobies will loop into Shoreline … on Sept. 12, with Houston's … hosting
  // the final date on the tour, Oct. 10." — but "today" needs its event's verb near ("Today, the majority … is of European
  // descent" names no day however far a past verb stands). A comparison's verb ("than they did 30 years ago") governs only its own clause.
  const rest = wordsOf(sentence.slice(end));
  // For "today", a relative or subordinate clause's verb is not the sentence's ("Today, TEs carry on this tradition of setting the
  // standard which all products should achieve" names no day).
  const cut = stative ? -1 : rest.findIndex((w) => SUBORDINATORS.has(w) && w !== 'that');
  const than = cut >= 0 ? cut : rest.indexOf('than');
  const inSentence = nearest(wordsOf(sentence.slice(0, at)), than >= 0 ? rest.slice(0, than) : rest, stative, stative ? 48 : 16);
  return inSentence === 'skip' ? null : inSentence;
}

/**
 * Whether the date closes a subject shortened from a relative clause, right before the main verb: "The malware described
 * in the FBI warning Monday is thought to be …", "The report released Tuesday shows …". The participle ("described",
 * "released") dates it — a thing already done — not the main verb's present after it. Only when nothing else before the
 * participle is a verb (the words are the subject), and not for a plan ("the game scheduled for Monday is …").
 */
function subjectParticiple(before: readonly string[], after: readonly string[]): boolean {
  if (after.length === 0 || !MAIN_VERB_AFTER.has(after[0]!)) return false;
  const i = before.findIndex((w) => w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !FUTURE.has(w) && !PLANNED.has(w) && !PLAN_PARTICIPLES.has(w));
  if (i < 2 || !DETERMINER.has(before[0]!)) return false;
  return !before.some((w, j) => j !== i && isVerbWord(w));
}
const PLAN_PARTICIPLES = new Set(['planned', 'proposed', 'anticipated', 'rescheduled', 'booked', 'promised', 'pencilled', 'penciled', 'postponed', 'delayed', 'moved']);
const MAIN_VERB_AFTER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'shows', 'show', 'says', 'said', 'remains', 'appears', 'seems']);

/** Whether a lower-case word is a verb's, tense-bearing or modal ("sat", "announced", "is", "will", "plays"). */
export function isVerbWord(w: string): boolean {
  return FUTURE.has(w) || UNSURE.has(w) || PAST.has(w) || PRESENT.has(w) || STATIVE.has(w) || PASSIVE_AUX.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
}
