/**
 * Words of a headline or body as grouping terms: lower-cased, accents and possessives dropped,
 * English function words removed, plurals and common suffixes folded ("files", "filing", "filed"
 * → "file") so that two headlines of one piece of news share terms even when worded apart.
 */

// Function words and the words of headline furniture ("update", "exclusive", "video") that say
// nothing about which news a headline tells.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'says say said saying told tells tell report reports reported according via amid new update updated updates exclusive breaking video photos watch live latest news here heres what whats how why may might could would should gets get got one two its im dont doesnt isnt wont cant first just'
  ).split(/\s+/),
);

/** Folds a word to a rough stem: "filings" → "file", "companies" → "company", "tapering" → "taper". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "stopp(ing)" → "stop", "plann(ed)" → "plan"
  if (w.length > 4 && /([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The significant terms of a text, in order (repeats kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`](s|d|ll|re|ve|t)\b/g, '')
    .replace(/['’`]/g, '');
  for (const m of folded.matchAll(/[a-z0-9]+(?:[.,][0-9]+)*/g)) {
    const word = m[0];
    if (word.length < 2 && !/[0-9]/.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    const s = /^[0-9]/.test(word) ? word.replace(/,/g, '') : stem(word);
    if (s.length < 2 && !/[0-9]/.test(s)) continue;
    out.push(s);
  }
  return out;
}

/** A headline reduced for exact comparison (the "identical normalised title" rule). */
export function normalizeTitle(title: string): string {
  return terms(title).join(' ');
}
