import { isGivenName } from './given-names.ts';
import { hasOrgWord, isPlaceName } from './entity-types.ts';
import { GAZETTEER_PLACES } from './gazetteer.ts';
import type { EntityType } from './types.ts';

/**
 * Whether a name shows itself an actor (issue 9, session 17): product, feature, standard, dish and work names in title case
 * ("Touch Bar", "Dolby Atmos", "Neural Engine", "Face ID", "Smart Keyboard Folio", "Asian Chicken Zoodles") take a person's
 * or an organisation's shape, but nothing around them says that anyone acts: they speak, announce or hire nowhere, no "he",
 * "who" or title goes with them, and the text writes them after an article ("the Touch Bar") as one writes things, never
 * people. The reviewers of 45 real pages found about 150 such names among the fact sheets' people and organisations.
 */

/** A mention's words around it (entity-salience.ts Occurrence). */
interface Mention { lead: string; after: string; determined?: boolean }

// An article, a possessive determiner or "new" right before a mention: "the Touch Bar", "its Neural Engine", "a new Smart
// Keyboard Folio". A person is never written so ("the Sundar Pichai" is no English); an organisation often is ("the Sacramento
// Bee", "the Pentagon"), so it only says "no person".
export const DETERMINER_LEAD = /(?:^|[^\p{L}])(?:the|a|an|its|their|my|your|our|this|that|these|those|new|latest|every|each)\s$/iu;

// What only an actor does right after its name: speaks, announces, hires, sues, buys, raises money; or is a who, has staff
// ("Expercom is knocking…" is left open: a verb alone is a product's too, "the Touch Bar replaces the function keys").
const ACTOR_AFTER = /^(?:,?\s+(?:(?:also|has|had|have|will|would|later|then|now|recently|previously|reportedly|quickly|already|did|does|not|never|since)\s+)*(?:said|says|say|told|tells|added|adds|announced|announces|confirmed|confirms|declined|denied|explained|responded|replied|wrote|writes|tweeted|argued|noted|warned|claimed|stated|insisted|hired|hires|fired|sued|sues|acquired|acquires|bought|buys|raised|raises|invested|invests|unveiled|unveils|reported|reports|plans|planned|agreed|agrees|filed|files|partnered|founded|joined|resigned|signed|employs|owns|apologi[sz]ed|admitted|refused|promised|pledged|vowed|asked|urged|criticized|criticised|praised|accused|appointed|named|elected|testified|died|was born|grew up|studied|graduated|published|publishes|surveyed|polled|estimated|estimates)\b|,\s(?:who|whose)\b|,\s\d{1,3},|\s(?:himself|herself)\b|,?\s(?:he|she)\s|['’]s\s(?:chief|CEO|founder|co-founder|president|chairman|spokes\w+|employees|staff|workers|engineers|executives|board|shares|stock|headquarters|wife|husband|son|daughter|family|career|lawyer|attorney))/u;
// A title, a role or a calling right before a mention: "chief executive Sundar Pichai", "Mr Pichai", "singer Lorde".
const ROLE_LEAD = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov|President|CEO|chief|executive|founder|co-founder|director|manager|minister|spokes\w+|analyst|author|writer|editor|reporter|singer|actor|actress|player|coach|captain|striker|artist|designer|engineer|professor|researcher|scientist|student|lawyer|attorney|judge|officer|chairman|chairwoman|leader|host|producer|star)\.?,?\s$/i;
// ", chief executive of Google", ", a spokeswoman", ", 42,": an apposition that says who the name is.
const ROLE_AFTER = /^,\s(?:(?:a|an|the|its|his|her|their)\s)?(?:former\s|senior\s|chief\s|vice\s|co-)?(?:chief|executive|CEO|founder|president|director|manager|head|spokes\w+|analyst|professor|researcher|author|writer|editor|reporter|minister|secretary|chair\w*|partner|lawyer|attorney|officer|leader|senator|governor|mayor|owner|creator|designer|engineer|scientist|student|coach|player|actor|actress|singer|artist|host|producer|\d{1,3}\b)/i;

// "according to the Sioux Falls Argus Leader", "told the Sacramento Bee": a source one cites or tells is an actor.
const SOURCE_LEAD = /\b(?:according to|told|tells|telling|speaking to|spoke to|interview with|statement to)\s(?:the\s)?$/i;
// The last word of a product's, a feature's or a standard's name, that no person's surname or firm's name ends in unless
// it acts: "Face ID", "Apple Pay", "Neural Engine", "USB-C PD Car Charger", "Smart Keyboard Folio", "App Store", "iPhone
// 11 Pro Max", "Starter Kit", "Voice Control", "Dark Mode", "Touch Bar", "True Tone", "Magic Keyboard".
const PRODUCT_CUE = /^(?:ID|Pay|Engine|Charger|Folio|Store|Pro|Max|Plus|Edition|Series|Kit|Mode|Control|Bar|Tone|Keyboard|Trackpad|Display|Pencil|Case|Cover|Adapter|Cable|Hub|Dock|Stand|Mount|Earbuds|Headphones|Buds|Card|Chip|Processor|Sensor|Camera|Lens|Router|Controller|Console|Bundle|Pack|Set|Remote|Assistant|Browser|Update|Feature|Features|Protocol|Format|Codec|Player|Recorder|Tablet|Laptop|Phone|Phones|Salad|Soup|Sauce|Bowl|Cake|Pie|Smoothie|Noodles|Zoodles|Tacos)$/;

const isKnownPlace = (name: string): boolean => isPlaceName(name) || GAZETTEER_PLACES.has(name.toLowerCase());
// An institution's unit: "Joint Narcotics Enforcement Team", "Special Victims Unit".
// A movement's, a campaign's or a newspaper's head: "the Sunrise Movement", "the Lincoln Project", "the Sacramento Bee", "the
// Christian Science Monitor", "the Evening Standard", "Human Rights Watch".
const UNIT_WORD = /^(?:Team|Unit|Squad|Division|Task|Force|Brigade|Battalion|Regiment|Corps|Bloc|Caucus|Project|Movement|Campaign|Collective|Front|Observer|Bee|Star|Sun|Globe|Mail|Mirror|Telegraph|Independent|Standard|Examiner|Inquirer|Monitor|Beacon|Ledger|Bulletin|Dispatch|Courier|Record|Sentinel|Leader|Watch|Band)$/;
// What one does with a thing, not a person: "support for Dolby Atmos", "play Fallen Order", "running Unigine Heaven", "powered
// by Snapdragon Elite".
const USE_LEAD = /\b(?:play|playing|played|plays|support for|supports|supporting|featuring|powered by|running|install|installing|installed|download|downloading|downloaded|stream|streaming|order|ordering|ordered|equipped with|compatible with|benchmarks? like|benchmarked with|tested with)\s$/i;
// "Fallen Order is a confident, focused game", "Tomato Cucumber Salad is a recipe": the text says what kind of thing it is.
const IS_A_THING = /^\s(?:is|was|remains)\s(?:a|an)\s(?:[\p{L}-]+,?\s){0,4}(?:game|video game|film|movie|show|series|sitcom|book|novel|album|song|single|phone|smartphone|laptop|tablet|device|gadget|app|feature|product|dish|recipe|salad|drink|cocktail|console|headset|car|model|benchmark|font|typeface|colou?r|shade|flavou?r)\b(?![\s-](?:changer|developer|maker|designer|studio|company|publisher|critic|reviewer|star|host|writer|director|producer|engineer|manufacturer|player|coach|executive)\b)/u;
const BUILDING_WORD = /^(?:Hall|Palace|Castle|Temple|Cathedral|Chapel|Station|Tower|Towers|Court|Chambers|Manor|Lodge|Gardens)$/;
// A lower-case word after a name that is no verb, auxiliary or small word: the noun the name modifies ("settlement bloc",
// "survey", "poll", "ecosystem"). (A verb in -s or -ed after the name, "the Touch Bar replaces", leaves the name the head.)
const MODIFIES_NOUN = /^\s(?!(?:and|or|but|nor|to|in|on|at|for|with|from|of|as|that|which|is|was|are|were|be|been|has|had|have|will|would|can|could|should|may|might|must|does|did|do|not|also|still|just|now|then|itself|alone|too|lets|let|gives|makes|takes|gets|runs|sits|feels|looks|comes|goes|brings)\b)\p{Ll}+(?<!s|ed)\b(?![’'-])/u;

/** The facts a caller knows of a name besides its mentions. */
export interface ActorContext {
  type: EntityType;
  /** Quotes name it as their speaker. */
  speaker: boolean;
  /** The page's JSON-LD names it. */
  trusted: boolean;
  /** Read after a title in its run ("President Xi Jinping"). */
  titled: boolean;
  /** Written also in a shorter form the text resolved to it ("Pichai" of "Sundar Pichai"). */
  anchored: boolean;
}

/** True when some mention says an actor is named: it acts, has a title or a role, or is said who it is. */
function showsActor(mentions: readonly Mention[]): boolean {
  return mentions.some((m) => ACTOR_AFTER.test(m.after) || ROLE_LEAD.test(m.lead) || ROLE_AFTER.test(m.after) || SOURCE_LEAD.test(m.lead));
}

/**
 * A name typed a person or an organisation that names a thing, not an actor:
 * - a product's, a feature's or a standard's cue word last ("Face ID", "Smart Keyboard Folio", "App Store", "Pro Max"), no
 *   institution's word inside ("Epic Games Store", "Bank of America Pay" stay), and no mention acting;
 * - typed a person by its shape alone (no known given name first) and written after an article ("the Touch Bar", "the
 *   Neural Engine"), no mention acting, no title or role, no short form.
 */
export function namesNoActor(name: string, mentions: readonly Mention[], ctx: ActorContext): boolean {
  if (ctx.type === 'place' || ctx.speaker || ctx.trusted || ctx.titled || !name.includes(' ')) return false;
  const words = name.split(' ');
  if (isGivenName(words[0]!)) return false;
  // ("Centers for Disease Control", "Joint Narcotics Enforcement Team": an institution's words.)
  if (words.some((w) => hasOrgWord(w) || UNIT_WORD.test(w) || /^\p{Ll}/u.test(w))) return false;
  if (showsActor(mentions)) return false;
  if (PRODUCT_CUE.test(words[words.length - 1]!) || mentions.some((m) => IS_A_THING.test(m.after))) return true;
  // ("the Gallup Korea poll", "the Sioux Falls Argus Leader": a place's name inside makes a firm's or a paper's.)
  if (ctx.type !== 'person' || ctx.anchored || words.some((w, i) => isKnownPlace(w) || (i > 0 && isKnownPlace(`${words[i - 1]!} ${w}`)))) return false;
  // ("the Nittany Lions", "the Golden Knights": a team's plural; "the City Hall", "the Crystal Palace": a building's or a
  // seat's name, which stands for who sits in it.)
  if (/\p{Ll}[^suoi’'\s]s$/u.test(name) || BUILDING_WORD.test(words[words.length - 1]!)) return false;
  // (Not a mention that modifies the noun after it, "the Gush Etzion settlement bloc", "the Stack Overflow survey": a
  // place's or a firm's name, used as a term.)
  return mentions.some((m) => ((m.determined || DETERMINER_LEAD.test(m.lead)) && !MODIFIES_NOUN.test(m.after)) || USE_LEAD.test(m.lead));
}
