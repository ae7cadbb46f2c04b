import { NAME_PARTICLES, nameRuns, stripTitles } from './names.ts';
import type { Sentence } from './sentences.ts';
import type { Entity } from './types.ts';

/**
 * Organisations and people named in the article: JSON-LD `about`/`mentions` first (the
 * publisher's own tagging), then capitalised sequences of the text — "Alibaba", "OpenAI",
 * "Acme Corp.", "Thariq Shihipar" — minus sentence-initial common words, months and weekdays.
 * A surname alone counts as a mention of the full name introduced earlier.
 */
const NOT_ENTITIES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  // Demonyms and languages are adjectives here, not organisations or people.
  'American', 'British', 'Chinese', 'European', 'Japanese', 'German', 'French', 'Russian', 'Indian', 'Korean', 'Canadian', 'Australian',
  'Italian', 'Spanish', 'Israeli', 'Iranian', 'Ukrainian', 'Taiwanese', 'Mexican', 'Brazilian', 'African', 'Asian', 'Western', 'English',
  'GMT', 'UTC', 'BST', 'CET', 'EST', 'EDT', 'PST', 'PDT',
  'I', 'I’m', "I'm", 'I’ve', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'CTO', 'AI', 'US', 'U.S', 'U.S.', 'UK', 'EU', 'Mr', 'Mrs', 'Ms', 'Dr',
]);
// Capitalised only because they open a sentence (or a headline-cased clause).
const COMMON = new Set(`The A An In On At But And Or So If As It Its It's This That These Those There Their They Them He She His Her We Our You Your
Yet Still Also Even Some Many Most More Much Other Others Such Each Every All Both Either Neither No Not None Now Then Than When While Where Which Who Whom Whose What Why How
After Before Since Until During Over Under About Around Across Through Into From With Without Within For By Of To Up Down Out Off Last Next First Second Third
However Meanwhile Instead Although Though Because Despite Today Yesterday Tomorrow Here Earlier Later Already Only Just One Two Three Four Five Six Seven Eight Nine Ten
Is Are Was Were Be Been Has Have Had Do Does Did Will Would Could Should Can May Might Must Shall Let Please Read See Watch Click Sign Subscribe Share Follow
Photo Image Video Credit Source Advertisement Update Updated Editor Note According Asked Speaking Like Unlike Among Against Per Via Despite Plus Overall Why`.split(/\s+/));
const SUFFIX = /^(?:Inc|Corp|Ltd|Co|LLC|PLC|AG|SA|GmbH|NV|Group|Holdings)\.?$/;

function cleanRun(run: string): string | null {
  const words = run.split(' ').filter((w) => w !== '');
  while (words.length && (COMMON.has(words[0]!) || NAME_PARTICLES.has(words[0]!))) words.shift();
  while (words.length && NAME_PARTICLES.has(words[words.length - 1]!)) words.pop();
  if (!words.length) return null;
  const name = stripTitles(words.join(' ')).replace(/\.$/, (dot) => (SUFFIX.test(words[words.length - 1]!) ? dot : ''));
  if (NOT_ENTITIES.has(name) || name.length < 2 || /^\p{Lu}\.?$/u.test(name)) return null;
  // "London-based", "Google-backed": adjectives built on a name.
  if (/-(?:based|led|owned|backed|born|made|funded|controlled|era|style)$/.test(name)) return null;
  if (words.every((w) => NOT_ENTITIES.has(w) || COMMON.has(w))) return null;
  return name;
}

/**
 * Returns named entities with their mention counts, most mentioned first. Capitalisation marks
 * names only where common nouns are lower-case: for German (every noun capitalised) only the
 * trusted JSON-LD names and the `extraNames` the caller knows (quote speakers) are counted.
 */
export function findEntities(sentences: readonly Sentence[][], trusted: readonly string[] = [], language: string | null = null, extraNames: readonly string[] = []): Entity[] {
  if (language && /^de\b/i.test(language)) return countKnown(sentences, [...trusted, ...extraNames]);
  const counts = new Map<string, number>();
  const midSentence = new Set<string>();
  const initialOnly: string[] = [];
  for (const paragraph of sentences) {
    for (const s of paragraph) {
      const runs = nameRuns(s.text);
      const firstWord = s.text.replace(/^[^\p{L}]+/u, '').split(/\s/)[0]?.replace(/[^\p{L}\p{N}.&-]+$/u, '') ?? '';
      runs.forEach((run) => {
        const name = cleanRun(run);
        if (!name) return;
        const atStart = run.startsWith(firstWord) && firstWord !== '' && s.text.replace(/^[^\p{L}]+/u, '').startsWith(run);
        if (atStart && !name.includes(' ')) initialOnly.push(name);
        else {
          midSentence.add(name);
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      });
    }
  }
  // A one-word name that only ever opens sentences ("Officials said…") is counted only if it also appears mid-sentence.
  // A surname opening a sentence ("Shihipar said…") counts when the full name appears.
  const multi = [...counts.keys()].filter((n) => n.includes(' '));
  const known = (name: string): boolean =>
    midSentence.has(name) || trusted.includes(name) || multi.some((n) => n.endsWith(` ${name}`));
  for (const name of initialOnly) if (known(name)) counts.set(name, (counts.get(name) ?? 0) + 1);

  // "Shihipar" → "Thariq Shihipar"; "Voltaero" → "Voltaero Systems" when exactly one longer form appears.
  const names = [...counts.keys()];
  for (const short of names) {
    if (short.includes(' ')) continue;
    const full = names.filter((n) => n !== short && n.includes(' ') && (n.endsWith(` ${short}`) || n.startsWith(`${short} `)));
    if (full.length === 1) {
      counts.set(full[0]!, (counts.get(full[0]!) ?? 0) + counts.get(short)!);
      counts.delete(short);
    }
  }
  for (const t of trusted) if (!counts.has(t)) counts.set(t, Math.max(1, 0));
  const trustedSet = new Set(trusted);
  return [...counts.entries()]
    .map(([name, mentions]) => ({ name, mentions }))
    .sort((a, b) => b.mentions - a.mentions || Number(trustedSet.has(b.name)) - Number(trustedSet.has(a.name)) || a.name.localeCompare(b.name))
    .slice(0, 40);
}

function countKnown(sentences: readonly Sentence[][], names: readonly string[]): Entity[] {
  const unique = [...new Set(names)];
  const text = sentences.map((p) => p.map((s) => s.text).join(' ')).join('\n');
  return unique
    .map((name) => {
      const surname = name.split(' ').pop()!;
      const hits = text.split(name).length - 1;
      const surnameOnly = name.includes(' ') ? text.split(surname).length - 1 - hits : 0;
      return { name, mentions: Math.max(1, hits + surnameOnly) };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
