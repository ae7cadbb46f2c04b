import { GAZETTEER_ORGANIZATIONS, GAZETTEER_PLACES, GAZETTEER_SURNAMES } from './gazetteer.ts';
import { COMMON_NOUNS } from './common-nouns.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';
import { opensFirmName } from './names.ts';
import type { EntityType } from './types.ts';

/**
 * Typing a name as a person, an organisation or a place by its shape (issue 9): places from a short
 * gazetteer of countries, regions and cities that news names most, or a geographic head word;
 * organisations by a corporate or institutional word, an acronym or CamelCase; people as two or
 * three plain capitalised words, or a known speaker. A context hint ("in X" → place, "Mr X" →
 * person) decides what the shape leaves open.
 */
const PLACES = new Set(`Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria
Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala
Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg
Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru
Philippines Poland Portugal Qatar Romania Russia Rwanda Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey
Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Europe Asia Africa America Americas Antarctica Arctic Gaza Crimea
Hong Kong Macau Tibet Xinjiang Kashmir Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky
Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
Washington Wisconsin Wyoming London Paris Berlin Madrid Rome Moscow Beijing Shanghai Shenzhen Tokyo Seoul Delhi Mumbai Dubai Doha Riyadh Tehran Baghdad Kabul Istanbul Ankara
Cairo Lagos Nairobi Johannesburg Sydney Melbourne Toronto Vancouver Montreal Chicago Boston Seattle Atlanta Houston Dallas Miami Denver Detroit Philadelphia Brooklyn Manhattan
Frankfurt Munich Hamburg Zurich Geneva Brussels Amsterdam Vienna Prague Warsaw Stockholm Oslo Copenhagen Helsinki Dublin Edinburgh Manchester Lisbon Athens Kyiv Kiev Minsk
Jerusalem Tel Aviv Beirut Damascus Singapore Bangkok Jakarta Manila Hanoi Taipei Karachi Lahore Islamabad Dhaka Hangzhou Guangzhou Wuhan Silicon Valley Wall Street`.split(/\s+/));
const MULTI_PLACES = /^(?:New York|New Jersey|New Mexico|New Hampshire|New Zealand|New Delhi|North Carolina|South Carolina|North Dakota|South Dakota|West Virginia|Rhode Island|Los Angeles|San Francisco|San Diego|San Jose|Las Vegas|Hong Kong|Tel Aviv|Abu Dhabi|Saudi Arabia|South Africa|South Korea|North Korea|United States|United Kingdom|United Arab Emirates|Sri Lanka|Costa Rica|Puerto Rico|Silicon Valley|Wall Street|Washington D\.?C\.?|Middle East|Latin America|Southeast Asia|East Asia|Western Europe|Eastern Europe|Hong Kong SAR|Mexico City|Monte Carlo|Kuala Lumpur|Buenos Aires|Rio de Janeiro|Sao Paulo|São Paulo|Cape Town)$/;
const PLACE_HEAD = /\b(?:Reservation|Waterfront|Trail|Refuge|City|County|Province|State|Region|District|Island|Islands|River|Valley|Bay|Sea|Ocean|Mountains?|Lake|Coast|Peninsula|Strait|Canal|Desert|Airport|Square|Street|Avenue|Park|Beach|Plateau|Area|Stadium|Arena|Auditorium|Amphitheatre|Amphitheater)$/;
// (Session 13: a company's legal form in mixed case, "Pearson Plc"; a maker's trade, "Samsung Electronics"; a firm's
// partners, "Draper Associates"; the Korean and Japanese words for a daily paper, "Joongang Ilbo", "Asahi Shimbun"; a
// shop's trade, "Blue Bottle Coffee", "Anchor Brewing", "Tartine Bakery".)
// (Session 14: a maker's or a body's word, "Sikorsky Aircraft", "National Guard", "Bletchley Park Trust", "Dick Clark
// Productions", "Sky Sports", "Doobie Brothers", "Amnesty International", "Virginia Tech"; a club's, "Dundee United",
// "Bristol Rovers", "Glasgow Rangers"; a carrier's, a lender's, a publisher's, "Virgin Mobile", "Quicken Loans", "Strange Animal
// Publications".)
// (Session 15: a trade's word, "Clever Training", "Pixar Animation", "Intuitive Machines", "Ulta Beauty".)
// (Session 16: "Balmond Studio", "The Tennis Podcast", "Live Nation", "Navajo Nation", "Yahoo Finance".)
const ORG_WORD = /\b(?:Inc|Corp|Corporation|Ltd|Co|LLC|PLC|Plc|Electronics|Associates|Ilbo|Shimbun|AG|SA|GmbH|NV|Group|Holdings|Company|Bank|Airlines?|Airways|Aviation|Agency|Authority|Ministry|Department|Office|Council|Commission|Committee|Court|Police|Prosecution|University|Institute|Association|Federation|Union|Party|Government|Administration|Board|Bureau|Service|Services|Systems|Technologies|Labs?|Motors|Energy|Capital|Partners|Securities|Research|News|Times|Post|Journal|Exchange|Fund|Foundation|Center|Centre|Network|Media|Studios|Entertainment|Pharmaceuticals|Therapeutics|Health|Hospital|Army|Navy|Forces?|Treasury|Parliament|Congress|Senate|Assembly|Organi[sz]ation|Alliance|Coalition|Club|League|Railways?|Telecom|Communications|Electric|Petroleum|Steel|Mining|Insurance|Financial|Investments|Ventures|Industries|Enterprises|Reserve|Airshow|Magazine|Press|Review|Daily|Tribune|Herald|Gazette|Guardian|Reuters|Bloomberg|Street Journal|Motor|Software|Games|Cloud|AI|College|School|Academy|Museum|Society|Laboratory|Observatory|Institution|Infirmary|Clinic|Channel|Forum|Awards?|Library|House|Nations|Chronicle|Register|Courant|Insider|Reporter|Theat(?:er|re)|Panel|Solutions|Express|Coffee|Caf[eé]|Bakery|Brewing|Brewery|Foods|Aircraft|Guards?|Trust|Mobile|Loans|Publications|Productions|Sports|Robotics|Singers|Brothers|Warehouse|International|Equities|Church|Monastery|Tech|United|Rovers|Wanderers|Albion|Rangers|Hotspur|Training|Consulting|Marketing|Publishing|Engineering|Logistics|Outfitters|Apparel|Analytics|Animation|Machines|Beauty|Pizza|Pizzeria|Grill|Restaurants?|Diner|Pharmacy|Supermarkets?|Stores|Testing|Studio|Podcast|Nation|Finance|Devices|Instruments|Semiconductors?)\.?$/;

const FOUNDER_WORD = /^(?:Bloomberg|Reuters)$/;
// "University College Cork", "University of New Haven", "Museum of Modern Art", "Athletic Bilbao", "Inter Milan": an
// institution's or a club's word first makes an organisation, whatever place or person-shaped words follow.
const ORG_FIRST = /^(?:University|College|Institute|Museum|Ministry|Department|Bank|Church|Embassy|Athletic|Atl[eé]tico|Inter|Sporting|Dynamo|Olympique|Borussia)(?: of)? \p{Lu}/u;
// "Old City of Mosul", "Gulf of Mexico", "Isle of Man": a place's head word and the place it lies in.
const PLACE_OF = /^(?:(?:Old|New) )?(?:City|Old City|Gulf|Bay|Isle|Port|Province|State|Region|District|Islands?|Straits?|Sea|Lake|Valley|Republic|Kingdom) of (?:the )?/;
// "Eiffel Tower", "Oak Court Mall", "Brooklyn Bridge": a landmark's or a building's head word makes a place (after a given
// name it may be a surname: "John Tower", "Jeff Bridge").
// The head of a place named after someone's or something's possessive: "Martha’s Vineyard", "Fisherman’s Wharf", "Hell’s Kitchen".
const POSSESSIVE_PLACE_HEAD = /[’']s (?:\p{Lu}\p{Ll}+ )?(?:Vineyard|Terminal|Wharf|Island|Bay|Landing|Point|Cove|Hill|Park|Square|Kitchen|Bush|Cross|Wood|End|Lane|Creek|Harbou?r|Beach|Valley|Gate|Inn|Green)$/u;
const LANDMARK_HEAD = /\s(?:Tower|Towers|Bridge|Mall|Cathedral|Castle|Pier|Tunnel|Dam|Monument|Plaza|Canyon|Harbou?r|Boulevard|Promenade|Basilica|Mosque|Shrine)$/;
// "St. Louis", "Ft. Worth", "Mount Kenya", "Mt. Gox": a saint's, a fort's or a mountain's word opens a place's or a firm's
// name, never a person's ("Mt." and "St." are no "Mr."). News style spells out "Mount" and "Fort" and abbreviates "St."
// (AP: "Mount Everest", "St. Louis"), so a name opening "Mt." with nothing to say it is a place is a firm's: "Mt. Gox files
// for bankruptcy".
// ("Port Madison", "Port Moresby", "Port Said": a port's, too; "Port Authority" is an institution's, hasOrgWord.)
const PLACE_OPENER = /^(?:Mt|St|Ft|Mount|Saint|Fort|Port)\.? \p{Lu}/u;
// "Google Testing", "Stryd Apple", "Amazon Kindle": a brand the lexicon knows, or a maker's name that is a common word,
// inside a name that opens with no given name.
const BRAND_WORD = /^(?:Apple|Amazon|Google|Microsoft|Samsung|Facebook|Meta|Oracle|Tesla|Nvidia|Intel|Fitbit|Garmin|Netflix|Spotify|Twitter|Uber|Sony)$/;
// The lexicon's gaps a news reader fills (gazetteer.ts comes from compromise's, which tags these as common words or not at all):
// the surnames of people the news names alone ("Trump said", "Merkel called for calm", "Biden welcomed the launch") and
// companies named after a founder, shaped as a person's name ("Morgan Stanley", "Ferrari", "Electronic Arts"). (Not the
// surnames that are also common words: "May", "Brown", "Bush", "Warren".)
const NEWS_SURNAMES = new Set(`trump biden merkel macron musk pelosi zelensky zelenskyy netanyahu erdogan modi sunak starmer scholz bezos zuckerberg
pichai nadella altman lula milei meloni orban khamenei mcconnell schumer desantis newsom trudeau albanese kishida blinken yellen lagarde draghi
guterres stoltenberg rutte barra dimon buffett clinton romney pence farage mandela churchill maduro bolsonaro duterte jinping assad sisi
rouhani raisi navalny lukashenko kagame ramaphosa tinubu zuma sharif khan`.split(/\s+/));
const NEWS_ORGANIZATIONS = new Set(['morgan stanley', 'electronic arts', 'ferrari', 'lamborghini', 'maserati', 'porsche', 'bugatti',
  'general mills', 'general dynamics', 'general atomics', 'merrill lynch', 'lazard', 'ubisoft', 'lockheed martin', 'northrop grumman']);

/** A one-word name the lexicons know as a person's surname ("Obama", "Trump") or an organisation's ("Ferrari", "Boeing", "Apple"). */
export function isKnownName(word: string): boolean {
  const key = word.toLowerCase();
  return GAZETTEER_ORGANIZATIONS.has(key) || NEWS_ORGANIZATIONS.has(key) || BRAND_WORD.test(word) || GAZETTEER_SURNAMES.has(key) || NEWS_SURNAMES.has(key);
}

/** A one-word name the lexicons know as an organisation's ("Apple", "Boeing", "Ferrari"), not as a surname. */
export function isKnownOrganization(word: string): boolean {
  const key = word.toLowerCase();
  return GAZETTEER_ORGANIZATIONS.has(key) || NEWS_ORGANIZATIONS.has(key) || BRAND_WORD.test(word);
}

const COUNTRY_INITIALS = /^(?:U\.S\.(?:A\.)?|USA?|UK|U\.K\.|UAE|U\.A\.E\.)$/;
/** A word of a person's name of the plain shape: capitalised, an initial, or a lower-case particle ("von der Leyen", "Peter ter
 * Horst", "Ben du Toit", "José Eduardo dos Santos", "Karl-Theodor zu Guttenberg"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]+$|^\p{Lu}\.$|^(?:de|di|du|van|von|der|den|da|dos|das|ter|ten|zu|bin|ibn|al|la|le)$/u;
/**
 * A surname with its particle written onto it: joined ("Neil deGrasse Tyson", "Kevin deGroot", "Tim duPont") or, for the
 * Arabic article, hyphened ("Bashar al-Assad", "Abdel Fattah al-Sisi", "Salah ad-Din"). A person's name, not a brand's inner
 * capital ("iPhone", "KeyBank").
 */
const PARTICLE_SURNAME = /^(?:(?:de|di|du|da|van|von|ter|le|la)\p{Lu}\p{Ll}+|(?:al|el|ad|ar|as|ash|at|az|an|ud)-\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)$/u;
// "Ansar al-Sharia", "Jabhat al-Nusra", "Hayat Tahrir al-Sham": an Arabic word for a front, a movement or an army opens a
// group's name, not a person's.
const ARABIC_GROUP = /^(?:Ansar|Jabhat|Ahrar|Hayat|Harakat|Jaish|Kataib|Hizb|Tahrir|Jamaat|Jamiat|Liwa|Saraya|Asaib|Tanzim|Majlis|Dar|Bayt|Masjid)$/;
/**
 * A surname after a known given name may have more shapes: parts joined by hyphens ("Ocasio-Cortez",
 * "Liu-Shiu-Cheong"), a patronymic or particle prefix before a second capital ("McConnell", "O'Brien",
 * "DeSantis", "DelGiorno", "MacKenzie"), or inner capitals ("Chris RuiWen Kuo").
 */
const SURNAME_WORD = /^\p{Lu}[\p{L}'’.]+(?:-\p{L}[\p{L}'’.]*)*$/u;
/** An internal capital after a name prefix ("McCain", "O'Brien", "DeSantis"), not a brand's ("KeyBank", "iPhone", "MacBook"). */
const PREFIXED_SURNAME = /^(?:Mc|O['’]|D['’]|De|Del|Di|La|Le)\p{Lu}\p{Ll}+$/u;
// "Jean MacDonald", "Ronald MacLeod": "Mac" before a capital is a surname's after a given name ("MacBook Air" has none).
const MAC_SURNAME = /^Mac\p{Lu}\p{Ll}{2,}$/u;
const BRAND_CAPITAL = /\p{Ll}\p{Lu}/u;
const hasBrandCapital = (name: string): boolean => {
  const words = name.split(' ');
  const given = words.length >= 2 && isGivenName(words[0]!);
  return words.some((word, i) => !PARTICLE_SURNAME.test(word) && !(given && i > 0 && MAC_SURNAME.test(word))
    && word.split('-').some((w) => BRAND_CAPITAL.test(w) && !PREFIXED_SURNAME.test(w)));
};

const NO_WORDS: ReadonlySet<string> = new Set();

// "Guardians of Peace", "Friends of the Earth", "Sons of Liberty": a plural noun of its members and what they stand for
// name a group, never one person ("Duke of Wellington", "Francis of Assisi" are singular or a given name).
const PLURAL_GROUP = /^(?:The )?(\p{Lu}\p{Ll}+[^suiy'’\s]s) of (?:the )?\p{Lu}/u;
const GROUP_NOT = /^(?:Isles|Islands|Straits|Falls|Heights|Hills|Mountains|Lakes|Plains|Springs|Woods|Gardens|Gates|Fields|Lands)$/;
const isPluralGroup = (name: string): boolean => {
  const head = PLURAL_GROUP.exec(name)?.[1];
  return head !== undefined && !GROUP_NOT.test(head) && !isGivenName(head);
};
// "Big Four", "Big Ten", "Central Park Five": a name ending in a number word counts its members — a group, a league.
const COUNT_LAST = /\s(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred)$/;
// "Tacx Flux Smart", "Coros Linx Smart Helmet", "Garmin Edge Pro": a product's word after the maker's name is no
// part of a person's name (after a given name it may be a surname: "Elizabeth Smart", "Ryan Pro").
const PRODUCT_WORD = /^(?:Smart|Helmet|Pro|Edition|Plus|Max|Mini|Ultra|Lite|Watch|Phone|Tablet|Camera|Headphones|Earbuds|Speaker|Sensor|Tracker|Console|Controller|Drone|Charger|Bolt|Bundle)$/;

/** Returns the type of a named entity, given the names known to speak (people) and a hint from the words before a mention. */
export function entityType(name: string, people: ReadonlySet<string>, hint: EntityType | undefined, lowerWords: ReadonlySet<string> = NO_WORDS): EntityType {
  // A speaker is a person unless its name says otherwise ("a spokesperson for the World Health Organization", "Hong Kong said").
  // (Not a speaker the text itself calls a firm, and whose name opens with no given name: "her former record label, Big
  // Machine" … "Big Machine have twice denied".)
  // (Nor a name joining two with "and": "Customs and Border Protection said".)
  if (people.has(name) && !isPlaceName(name) && !ORG_WORD.test(name) && !isPluralGroup(name) && !/ and /.test(name)
    && !(hint === 'organization' && name.includes(' ') && !isGivenName(name.split(' ')[0]!))) return 'person';
  if (isPluralGroup(name)) return 'organization';
  if (PLACE_OPENER.test(name) && !hasOrgWord(name)) return hint === 'organization' || (/^Mt\.? /.test(name) && hint !== 'place') ? 'organization' : 'place';
  // "McAllen, Texas": a town and its state (entity-runs.ts).
  // "U.S.", "US", "UK", "UAE": a country by its initials (before the shape that makes capitals an organisation).
  // "Islamic State": a state named by an adjective is a movement, not a place ("Osun State", "New York State" are places).
  if (/^\p{Lu}\p{Ll}+(?:ic|ian|ist) State$/u.test(name)) return 'organization';
  // (A place's head alone, "Square", "Park", is a common word or a company's name — "Square said" — not a place.)
  // "Rio Grande do Sul", "Santa Cruz do Sul", "Mato Grosso do Sul": a Portuguese or Spanish place named by its part of a
  // country ("Banco do Brasil" is no such name).
  if (/ (?:do|da|del) (?:Sul|Norte|Sur|Leste|Oeste)$/.test(name) && !hasOrgWord(name)) return 'place';
  if (isPlaceName(name) || COUNTRY_INITIALS.test(name) || (PLACE_HEAD.test(name) && name.includes(' ')) || townOf(name) !== null) return 'place';
  if (LANDMARK_HEAD.test(name) && !(name.split(' ').length === 2 && isGivenName(name.split(' ')[0]!))) return 'place';
  // "Old City of Mosul", "Gulf of Mexico": a place's head word of a known place is a place.
  if (PLACE_OF.test(name) && knownPlace(name.replace(PLACE_OF, ''))) return 'place';
  // Names a lexicon knows: "Khartoum", "Punjab" are places; "Wells Fargo", "Home Depot", "Manchester United" organisations
  // (a single word that is also a given name and reads as a person's stays open: "Georgia said").
  const key = name.toLowerCase().replace(/^the /, '');
  if (GAZETTEER_ORGANIZATIONS.has(key) || NEWS_ORGANIZATIONS.has(key)) return 'organization';
  if (knownPlace(key) && hint !== 'person') return 'place';
  if (ORG_FIRST.test(name)) return 'organization';
  // "Angie’s List", "Sam’s Club": a possessive inside a name makes it a company's or a shop's, not a person's.
  // ("Martha’s Vineyard", "Fisherman’s Terminal", "Hell’s Kitchen": unless its head or the words around it make it a place.)
  if (/\p{L}[’']s \p{Lu}/u.test(name)) return hint === 'place' || POSSESSIVE_PLACE_HEAD.test(name) ? 'place' : 'organization';
  const words = name.split(' ');
  // "Mitch McConnell", "Alexandria Ocasio-Cortez", "Chris RuiWen Kuo": a known given name and name-shaped words make a person.
  // ("Michael Bloomberg": a firm's word that is its founder's surname, after a given name.)
  if (words.length >= 2 && words.length <= 4 && genderOfGivenName(words[0]!) !== null && (!ORG_WORD.test(name) || (words.length === 2 && FOUNDER_WORD.test(words[1]!))) && words.slice(1).every((w) => NAME_WORD.test(w) || SURNAME_WORD.test(w) || PARTICLE_SURNAME.test(w))) return 'person';
  if (ORG_WORD.test(name) || /^\p{Lu}{2,}$/u.test(name) || hasBrandCapital(name) || /[&\d]/.test(name)) return 'organization';
  // "Jamie McMurray", "Aden O'Hara", "Kairi Thomas-Brooks", "T.J. Carrie": a surname of a richer shape last, initials first.
  const personShaped = words.length >= 2 && words.length <= 4 && words.every((w, i) => NAME_WORD.test(w)
    || (i > 0 && (PARTICLE_SURNAME.test(w) || (MAC_SURNAME.test(w) && isGivenName(words[0]!))))
    || (i === words.length - 1 && (PREFIXED_SURNAME.test(w) || (/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u.test(w) && !w.split('-').some(isPlaceName))))
    || (i === 0 && /^(?:\p{Lu}\.){2,3}$/u.test(w) && !/^(?:U\.[SKN]\.|E\.U\.)$/.test(w))
    // "CJ DeBose", "TJ Holmes", "AJ Styles": a given name of two initials written without their stops.
    || (i === 0 && words.length === 2 && /^(?:[ABCDJKPRT]J|J[RT])$/.test(w))
    // "LeBron James", "DeMar DeRozan", "DeAndre Jordan": a given name with a name prefix's inner capital.
    || (i === 0 && PREFIXED_SURNAME.test(w)));
  if (personShaped) {
    if (hint === 'place') return 'place';
    if (ARABIC_GROUP.test(words[0]!)) return 'organization';
    // "General Mills", "General Dynamics": a firm's "General" (names.ts).
    if (opensFirmName(words[0]!, words[1])) return 'organization';
    if (!people.has(name) && hint !== 'person' && !isGivenName(words[0]!) && isNotPersonsName(words)) return 'organization';
    if (!people.has(name) && !isGivenName(words[0]!) && (COUNT_LAST.test(name) || words.slice(1).some((w) => PRODUCT_WORD.test(w)))) return 'organization';
    if (!people.has(name) && hint !== 'person' && !isGivenName(words[0]!) && words.some((w) => BRAND_WORD.test(w) || GAZETTEER_ORGANIZATIONS.has(w.toLowerCase()))) return 'organization';
    // "the Norwegian newspaper Verdens Gang", "Blue Origin, a rocket company": the text's own word for its kind decides a
    // name that opens with no given name.
    if (hint === 'organization' && (!people.has(name) || !isGivenName(words[0]!)) && genderOfGivenName(words[0]!) === null) return 'organization';
    // "Simple Dollar", "Space Pirate Empire": words all of which the article also writes in lower case, and no given name,
    // make a title or a brand, not a person's name ("Will Smith" keeps "Smith", a name).
    if (!people.has(name) && hint !== 'person' && genderOfGivenName(words[0]!) === null && words.every((w) => lowerWords.has(w.toLowerCase()))) return 'organization';
    // So do two common nouns or more after no given name ("Blue Bottle Coffee", "Magic Box", "Sound System"): a shop's or
    // a brand's name. (On the corpus the 16 person-typed names of this shape were none a person's.)
    if (!people.has(name) && hint !== 'person' && genderOfGivenName(words[0]!) === null && words.filter((w) => COMMON_NOUNS.has(w.toLowerCase())).length >= 2
      // (Not when a word is an institution's, "Force Headquarters": salience reads such a person-shaped name as a phrase.)
      && !words.some((w) => ORG_WORD.test(w))) return 'organization';
    // A place's name inside a name of this shape is no person's ("Real Madrid", "Kansas City Star", "Gallup Korea"), unless
    // the name opens with a given name or the place is one ("Chelsea Clinton", "Paris Hilton"); a place first and one word
    // after may be a person's given name ("Jordan Spira").
    // "North America", "South Sudan", "Northern Ireland": a quarter of a place is a place.
    if (/^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Inner|Outer)$/.test(words[0]!) && isPlaceName(words.slice(1).join(' '))) return 'place';
    if (!people.has(name) && genderOfGivenName(words[0]!) === null && words.some((w, i) => (i > 0 || words.length > 2) && PLACES.has(w) && genderOfGivenName(w) === null)) return 'organization';
    return 'person';
  }
  // "EBay rejects Icahn board nominees", "let Putin get away with this": one word the lexicon knows as a surname, of no
  // place or firm, is a person's name.
  if (hint === undefined && !name.includes(' ') && (GAZETTEER_SURNAMES.has(name.toLowerCase()) || NEWS_SURNAMES.has(name.toLowerCase()))) return 'person';
  return hint ?? 'organization';
}

// A title-case phrase's small word: "Doctors Without Borders", "Rage Against the Machine", "Campaign For Change".
const PHRASE_WORD = /^(?:Without|Against|With|For|From|Into|Over|Under|And|Or|The|To|In|On|At|By|Beyond|Across|Of)$/;
// An adjective that opens the names of bands, groups and places, never a given name: "New Order", "Old Crow Medicine Show".
// ("Blue Origin", "Red Hat", "Air Astana": a colour or "Air" opens a firm's name.)
const NAME_ADJECTIVE = /^(?:New|Old|Great|Grand|Royal|United|Free|Open|True|Blue|Red|Air)$/;
// An adjective of a common shape, "Electronic Arts", "Digital Domain", "Creative Artists": a trade's or a quality's word, not
// a given name (those of this shape, "Dominic", "Crystal", are known given names; "-ous" ends given names too: "Damarious").
const ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}{4,}(?:ic|ical|ive|al)$/u;
/**
 * Words shaped as a person's name whose first word opens no person's (`words[0]` no given name): a small word of a title-case
 * phrase inside, a plural common noun first ("Doctors Without Borders", "Engineers Against Poverty"), or an adjective first.
 */
function isNotPersonsName(words: readonly string[]): boolean {
  const first = words[0]!;
  return words.slice(1).some((w) => PHRASE_WORD.test(w)) || NAME_ADJECTIVE.test(first) || ADJECTIVE_SHAPE.test(first)
    || (/\p{Ll}s$/u.test(first) && COMMON_NOUNS.has(first.slice(0, -1).toLowerCase()));
}

/** True for a name in the gazetteer of countries, regions and cities. */
export function isPlaceName(name: string): boolean {
  return PLACES.has(name) || MULTI_PLACES.test(name);
}

/** A place of the gazetteers. */
function knownPlace(name: string): boolean {
  return isPlaceName(name) || GAZETTEER_PLACES.has(name.toLowerCase());
}


/** True for a name ending in a corporate or institutional word ("Enterprise Institute", "Prosecution Authority"). */
export function hasOrgWord(name: string): boolean {
  return ORG_WORD.test(name) || /\b(?:University|Awards?|Institute|Authority|Court|Embassy|Academy|Museum|Council|Taliban)\b/.test(name);
}

/**
 * "Nashville, Tennessee", "McAllen, Texas": a town and its state (entity-runs.ts) name the town; returns it, or null. An
 * institution with its fields or campus ("Council on Energy, Environment and Water", "University of California, San Diego")
 * or a company with its legal form ("U.S. Games Systems, Inc.") is no town.
 */
export function townOf(name: string): string | null {
  const m = /^([^,]+), ([^,]+)$/.exec(name);
  return m && !m[1]!.split(' ').some((w) => hasOrgWord(w)) && !/^(?:Inc|Ltd|LLC|Corp|Co|PLC|LLP)\.?$/.test(m[2]!) ? m[1]! : null;
}

/** A mention's words around it (entity-salience.ts Occurrence): up to 24 characters before, 40 after. */
interface Mention { lead: string; after: string }

// "from prison in Rochdale", "near Omaha", "the conservation village of New Lanark": a place's preposition or a settlement's
// noun before the name…
const PLACE_LEAD = /(?:\b(?:in|near|outside)|\b(?:village|town|city|suburb|outskirts|county|district|province|borough|region|island|hamlet|capital) of)\s$/;
// (…not a stake or a flaw in a company: "invested in Uber", "a bug in Chrome")…
const NOT_PLACE_LEAD = /\b(?:invest\w*|stakes?|shares?|holdings?|interest|features?|bugs?|flaws?|vulnerabilit\w+|changes?|updates?|available|built|integrated|listed|roles?)\s+in\s$/;
// …and the clause going on after it, not a noun it qualifies ("in Google searches", "in Facebook's feed").
// (Not "in Instagram and the WhatsApp cases", "innovation in Thunderbird was": a clause's time or place goes on.)
const PLACE_AFTER = /^(?:$|[,.;:)!?—–]|\s(?:on|last|this|next|in|at|where|when|while|after|before|since|until|during|earlier|later|yesterday|today|tomorrow)\b|\s\()/;
// "Blue Origin, a rocket company", "New Lanark, a village in": an apposition's kind noun.
const APPOSITION = /^,\s(?:a|an|the)\s((?:[\p{L}-]+\s?){1,4})/u;
// (The last kind noun of the apposition is its head: ", a former company director" is a person's.)
const PERSON_NOUN = /^(?:man|woman|boy|girl|director|executive|founder|spokes\w+|player|singer|actor|actress|writer|author|resident|student|teacher|officer|lawyer|doctor|professor|member|mother|father|son|daughter|veteran|star)$/;
const PLACE_NOUN = /^(?:village|town|city|suburb|neighbou?rhood|district|region|county|province|island|hamlet|capital|port|resort|state)$/;
// "the Norwegian newspaper Verdens Gang", "aerospace company Blue Origin", "the band Daft Punk": a kind noun before the name.
const ORG_NOUN = /^(?:company|firm|startup|start-up|newspaper|paper|tabloid|publisher|magazine|broadcaster|network|channel|band|group|label|club|side|brand|retailer|chain|maker|manufacturer|carrier|airline|agency|charity|organi[sz]ation|nonprofit|non-profit|university|college|developer|studio|outlet|bank|insurer|lender|contractor|supplier|shop|store|conglomerate|outfit|publication|website|trust|firm|exchange|marketplace|platform|app|service)$/;
// "the mutual fund giant Fidelity", "tech giant Apple": a giant of a trade is a company (not "the giant Tāne Mahuta", a tree).
const TRADE_GIANT = /\b(?!the\s|a\s|an\s)\p{Ll}[\p{Ll}-]+\sgiant\s$/u;
// "21 Trump cards", "two Boeing jets", "three Ferrari cars": a count before a name and a plural noun after it count things the
// name marks (a maker's, a brand's), not a person (said of a name written once: one such phrase does not make a person
// written often a brand).
const COUNT_BEFORE = /(?:^|\s)(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)\s$/;
// (Not people who follow a person: "500 Trump supporters", "two Biden aides".)
const PLURAL_AFTER = /^\s(?!\p{Ll}*(?:ers|ors|ists|ans|ees|ites|aides|allies|critics|officials|fans|staffers)\b)\p{Ll}{3,}[^s\W]s\b/u;
// "Kyle Orland, reporting for Ars Technica", "a columnist at Atlas Obscura": whom a writer writes for is a publication.
const WRITES_FOR = /\b(?:writ(?:ing|es|ten)|wrote|report(?:ing|s|ed)|columnist|contributor|correspondent|reporter|editor|blogging) (?:for|at) $/;
// "grabbed $50 million from Andreessen Horowitz", "a new survey from Piper Jaffray", "equity strategist at Miller Tabak",
// "chief executive of Con Edison": whom money, a study or a post comes from is a firm (of a name of two words or more:
// "led by Bezos" may be a person's, and a known given name first keeps a person: "$2 million from Peter Thiel").
const FIRM_LEAD = /(?:(?:[$€£]\s?[\d.,]+\s*(?:million|billion|bn|[mbk])?|funding|financing|investment|backing|survey|study|report|poll|research|analysis|estimates?|forecast)\s(?:from|by)|\b(?:analyst|strategist|economist|director|vice president|executive|officer|engineer|manager|chairman|chairwoman|founder|co-founder|CEO|CFO|CTO|COO|partner)\s(?:at|with))\s(?:the\s)?$/;
// "the D.A. Davidson brokerage", "the Andreessen Horowitz fund": a firm's kind noun after the name.
const FIRM_AFTER = /^\s(?:brokerage|firm|fund|bank|consultancy|exchange|platform)\b/;
// "bankrupt Mt. Gox", "the defunct Pan Am": what fails is a firm (of a name of two words or more: "bankrupt Detroit").
// "climbed Mt. Everest", "the summit of Mt. Rainier", "base camp of Mt. Everest": a mountain's.
const CLIMB_LEAD = /\b(?:climb\w*|scal(?:e|ed|ing)|summit(?:ed)?(?: of)?|slopes? of|foot of|base camp (?:of|on)|atop|top of|erupti\w+ (?:of|at))\s$/;
const FIRM_FAILED = /\b(?:bankrupt|defunct|insolvent|collapsed|shuttered)\s$/;
// "moved to Cornwall last year", "fled to Sochi": a journey's end is a place.
const JOURNEY_TO = /\b(?:move[sd]?|moving|relocat(?:ed|ing)|travel(?:l?ed|l?ing)?|flew|fl(?:y|ies|ying)|fled|emigrated|returned|retired) to $/;
// "striker Lingard", "singer Lorde", "Mr Trump": a person's calling or title before a one-word name.
const PERSON_LEAD = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|striker|midfielder|defender|goalkeeper|keeper|winger|forward|captain|coach|manager|singer|songwriter|rapper|actor|actress|director|playwright|novelist|author|writer|artist|comedian|pianist|guitarist|drummer|footballer|boxer|golfer|president|senator|chancellor|minister|premier|teammate|team-mate|son|daughter|wife|husband|brother|sister|mother|father|baby|girl|boy)\.?,?\s$/;
// "Trump, who", "Lingard bursts down", "Trump's speech", "Stanislavski himself", ", 32,": what only a person is or does.
const PERSON_AFTER = /^(?:,\s(?:who|whose)\b|,\s\d{1,3},|\s(?:himself|herself)\b|,?\s(?:he|she)\s(?:said|says|added|told|wrote)\b|\s(?:bursts|drags|dribbles|scored|scores|heads|headed|sang|sings|tweeted|married|smiled|laughed|grinned|shrugged|nodded|wept|was born)\b|['’]s\s(?:wife|husband|son|daughter|sons|daughters|mother|father|brother|sister|family|parents|girlfriend|boyfriend|widow|career|speech|lawyer|attorney|death|birthday|debut|header|injury|memoir|knee|hamstring|ankle|presidency)\b)/;

// "Netscape's parent company", "a Netscape staff meeting", "Taliban members": what only an organisation has.
// ("Rival Lowe's was also lower": a shop's name ending in "'s" before a verb.)
const ORG_AFTER = /^(?:['’]s\s(?:was|were|is|are|has|have|had|reported|posted|rose|fell)\b|(?:['’]s)?\s(?:(?:files?|filed|filing)\sfor\s(?:\p{Lu}+\s|U\.S\.\s)?(?:bankruptcy|Chapter|creditor|insolvency)|parent|subsidiary|employees|staff|shares|stock|CEO|chief executive|headquarters|founders?|spokes\w+|board|customers|users|subscribers|members|fighters|representatives?|leadership)\b)/u;

const PREPOSITION_PHRASE = /\b(?:in|at|on|with|for|from|to|of|by|into|inside|within|across|after|before|during)\s(?:the|a|an|his|her|their|its|our)\s(?:[\p{Ll}-]+\s)?[\p{Ll}-]+,\s$/iu;

/**
 * "raised $100 million from Battery Ventures, T. Rowe Price": a name listed right after an organisation's, in a list of
 * backers or members, is one too. (Not an apposition: "the leader of the People Power Party, Han Dong-hoon".)
 */
function afterOrgInList(lead: string): boolean {
  const prev = /\b(?:from|including|includes|such as)\s(?:\p{Lu}[\p{L}.&-]*\s){0,3}(\p{Lu}[\p{L}.]+),(?:\sand)?\s$/u.exec(lead)?.[1];
  return prev !== undefined && ORG_WORD.test(prev);
}

/**
 * The type that the words around a name's mentions give it, or undefined when they say nothing or disagree: a kind noun
 * ("the band Daft Punk"), an apposition ("New Lanark, a village"), a place's preposition for a one-word name ("from prison
 * in Rochdale"), what only a person does or has ("Lingard bursts down", "Trump's speech").
 */
export function contextType(name: string, mentions: readonly Mention[]): EntityType | undefined {
  const votes = { person: 0, organization: 0, place: 0 };
  for (const { lead, after } of mentions) {
    const kind = APPOSITION.exec(after)?.[1]?.split(/\s+/).reverse().find((w) => ORG_NOUN.test(w) || PLACE_NOUN.test(w) || PERSON_NOUN.test(w));
    // ("Pizza-maker Sbarro", "the bitcoin exchange Mt. Gox": the noun's last part is its kind.)
    const leadNoun = /(\p{Ll}+)\s$/u.exec(lead)?.[1];
    // "her former record label, Big Machine": a kind noun and a comma before a name of no given name (not a phrase of
    // place or time before the clause's subject: "In the band, Tāne Mahuta played").
    const commaNoun = name.includes(' ') && !isGivenName(name.split(' ')[0]!) && !PREPOSITION_PHRASE.test(lead) ? /(\p{Ll}[\p{Ll}-]+),\s$/u.exec(lead)?.[1] : undefined;
    if ((kind && ORG_NOUN.test(kind)) || ORG_AFTER.test(after) || (mentions.length === 1 && COUNT_BEFORE.test(lead) && PLURAL_AFTER.test(after)) || (leadNoun && ORG_NOUN.test(leadNoun)) || (commaNoun && ORG_NOUN.test(commaNoun)) || TRADE_GIANT.test(lead) || WRITES_FOR.test(lead)
      || (name.includes(' ') && !isGivenName(name.split(' ')[0]!) && (FIRM_LEAD.test(lead) || FIRM_AFTER.test(after) || FIRM_FAILED.test(lead) || afterOrgInList(lead)))) votes.organization++;
    // ("Charlotte-based Chiquita": where a firm is based is a place.)
    // ("climbers on the slopes of Mt. Everest": what one climbs is a mountain.)
    else if ((kind && PLACE_NOUN.test(kind)) || (/\b(?:village|town|hamlet|suburb|outskirts) of\s$/.test(lead)) || (!name.includes(' ') && /^-based\b/.test(after))
      || (PLACE_OPENER.test(name) && CLIMB_LEAD.test(lead))) votes.place++;
    // ("the Taliban, who have long refused": a group after the article is no person.)
    else if ((kind && PERSON_NOUN.test(kind)) || PERSON_LEAD.test(lead) || (PERSON_AFTER.test(after) && !/\bthe\s$/i.test(lead))) votes.person++;
    else if (!name.includes(' ') && ((PLACE_LEAD.test(lead) && !NOT_PLACE_LEAD.test(lead)) || JOURNEY_TO.test(lead)) && PLACE_AFTER.test(after)) votes.place++;
  }
  const ranked = (Object.entries(votes) as [EntityType, number][]).filter(([, n]) => n > 0);
  return ranked.length === 1 ? ranked[0]![0] : undefined;
}
