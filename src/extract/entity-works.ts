/**
 * Capitalised names that are not people, organisations or places (issue 9): annotators list who
 * and where, not the works, products, plans, laws, events and heavenly bodies an article names.
 * Each test reads the name's shape or the words around one mention; none knows a title by heart.
 */

// Multi-word names whose last word says what kind of thing they are: a plan or programme, a law,
// a treaty, a war, a competition or a festival ("SunShot Initiative", "Affordable Care Act",
// "Vietnam War", "Davis Cup", "Hubble Space Telescope").
const WORK_HEAD = /\s(?:Plan|Plans|Program|Programs|Programme|Programmes|Initiative|Strategy|Roadmap|Act|Bill|Treaty|Accord|Agreement|Doctrine|War|Cup|Championship|Championships|Tournament|Olympics|Festival|Summit|Week|Prize|Telescope)$/;
// Planets and moons, named as places are named but never annotated as places.
const HEAVENLY = /^(?:Earth|Moon|Sun|Mars|Venus|Jupiter|Saturn|Uranus|Neptune|Pluto|Europa|Enceladus|Titan|Ganymede|Callisto|Io|Ceres|Milky Way)$/;
// Nouns that follow a product's, a work's or an instrument's name rather than its maker's: "Blue Moon
// lander", "Galileo probe", "ILEARN exam", "Nikkei futures", "Treasury yields", "Minecraft versions"
// (not "jets", "phones" or "vaccines", which follow makers as often: "Boeing jets").
const PRODUCT_NOUN = /^\s+(?:lander|landers|probe|probes|spacecraft|telescope|rover|capsule|versions?|keyboards?|exam|exams|substances?|futures|yields|index|films?|movies?|album|albums|songs?|series|episodes?|franchise|trilogy|sequel|novel|musical|console)\b/;
const OPENING_QUOTE = /[“"‘]\s*$/;
const CLOSING_QUOTE = /^[,.!?]?\s*[”"’]/;

/** True for the name of a plan, law, treaty, war, competition, festival or instrument. */
export function isWorkName(name: string): boolean {
  return WORK_HEAD.test(name);
}

/** True for a planet or a moon. */
export function isHeavenly(name: string): boolean {
  return HEAVENLY.test(name);
}

/** True for one mention that fills a quotation on its own: a title, a slogan, a nickname (“Star Wars”, “Gucci Grace”). */
export function isQuotedTitle(lead: string, after: string): boolean {
  return OPENING_QUOTE.test(lead) && CLOSING_QUOTE.test(after);
}

/** True for one mention followed by a noun that names a product or model of the thing ("the Blue Moon lander"). */
export function isProductMention(after: string): boolean {
  return PRODUCT_NOUN.test(after);
}

/**
 * True for a class of things named by an acronym ("SUVs", "CEOs", "APIs"), and for the acronym
 * itself when the text also writes its plural ("SUV" beside "SUVs").
 */
export function isCommonAcronym(name: string, text: string): boolean {
  if (/^\p{Lu}{2,}s$/u.test(name)) return true;
  return /^\p{Lu}{2,}$/u.test(name) && new RegExp(`\\b${name}s\\b`, 'u').test(text);
}
