import { genderOfGivenName } from './given-names.ts';

/**
 * Capitalised names that are not people, organisations or places (issue 9): annotators list who
 * and where, not the works, products, plans, laws, events and heavenly bodies an article names.
 * Each test reads the name's shape or the words around one mention; none knows a title by heart.
 */

// Multi-word names whose last word says what kind of thing they are: a plan or programme, a law,
// a treaty, a war, a competition or a festival ("SunShot Initiative", "Affordable Care Act",
// "Vietnam War", "Davis Cup", "Hubble Space Telescope").
const WORK_HEAD = /\s(?:Plan|Plans|Program|Programs|Programme|Programmes|Initiative|Strategy|Roadmap|Act|Bill|Treaty|Accord|Agreement|Doctrine|War|Cup|Championship|Championships|Tournament|Olympics|Festival|Tour|Summit|Show|Report|Expo|Fair|Exhibition|Week|Prize|Award|Trophy|Medal|Final|Finals|Semifinal|Semifinals|Quarterfinal|Quarterfinals|Telescope)$/;
// Planets and moons, named as places are named but never annotated as places.
const HEAVENLY = /^(?:Earth|Moon|Sun|Mars|Venus|Jupiter|Saturn|Uranus|Neptune|Pluto|Europa|Enceladus|Titan|Ganymede|Callisto|Io|Ceres|Milky Way)$/;
// Nouns that follow a product's, a work's or an instrument's name rather than its maker's: "Blue Moon
// lander", "Galileo probe", "ILEARN exam", "Nikkei futures", "Treasury yields", "Minecraft versions"; a term named
// after its discoverer, "Riemann hypothesis", "Carmichael numbers", "Down syndrome"
// (not "jets", "phones" or "vaccines", which follow makers as often: "Boeing jets"). A name counts as a product only
// when every mention of it is one.
const PRODUCT_NOUN = /^\s+(?:apps?|lander|landers|probe|probes|spacecraft|telescope|rover|capsule|versions?|keyboards?|exam|exams|substances?|futures|yields|index|films?|movies?|album|albums|songs?|series|episodes?|franchise|trilogy|sequel|novel|musical|console|consoles|controllers?|headsets?|smartphones?|tablets?|laptops?|editions?|subscriptions?|owners|accessories|displays?|models|program|programme|benchmarks?|hypothesis|conjecture|theorem|lemma|numbers|primes|equations?|constant|paradox|syndrome|disease|virus|gem|gems|library|libraries|plugin|plugins|plug-in|plug-ins|framework|frameworks|layouts?|templates?|packages?|extensions?|modules?|syntax|bindings|APIs?|SDKs?|feature|conference)\b/;
// A thing one owns or buys, alone after its article or owner: "an iPhone.", "my Stadia", "the new MacBook Air,".
const OWNED_LEAD = /\b(?:an?|my|your|his|her|their|our|new|latest|older|newer|cheaper|own)\s$/i;
// A model number before the name ("737 Max", "787-9 Dreamliner") or a quantity before a unit ("8.69 GW"); not a year.
const MODEL_NUMBER = /(?<![\d,.])(?:\d{3}|\d+[.-]\d+)\s$/;
// A model, version or stage number right after the name ("iPhone 4", "Destiny 2", "Block 1B", "Phase 1"), not a maker's
// model (three digits or a model name after the number: "Boeing 787", "Aerion 737 Max", "BMW 3 Series"),
// not a score, a time, a range, a decimal or the next item of a numbered list ("Chelsea 2-1", "Tokyo 10:30", "Finland 2."),
// nor a player's tally ("Jessica Newton 2 saves", "21 points": see isPlayerShaped).
const MODEL_AFTER = /^ \d{1,2}[A-Z]?(?![\d\p{L}.),]|[-–:\/]\d| (?!(?:is|was|has|does|its|plus|as|us|this|thus)\b)\p{Ll}+s\b| \p{Lu})/u;
// A game's or a device's edition number, which a player's tally ("Kyleigh Trout 1 goal", "Jessica Newton 2 saves") never
// is: the number, with a letter of its own ("3D"), then a capitalised word or a verb's or a conjunction's small word ("Mario
// Kart 8 and Super Smash Bros. sold", "Super Mario 3D World", "Surface Pro 3 is"). A name shaped like a person's is read as
// a product's only then.
const EDITION_AFTER = /^ \d{1,2}[A-Z]?(?: \p{Lu}| (?:and|or|is|was|has|had|will|were|are|sold|sells|for|on|in|with|as|at|to|from)\b)/u;
// A numbered list's item ("1. Finland 2. Norway", split into sentences at each stop): the number after the name is
// the next item's.
const LIST_ITEM = /\d[.)]\s*$/;
const INITIALS_AMPERSAND = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;
const OPENING_QUOTE = /[“"‘]\s*$/;
// "the medieval disease dubbed the Black Death": a nickname, not a name.
const NICKNAMED = /\b(?:dubbed|nicknamed|so-called)\s+(?:the\s+)?[“"‘]?$/i;
const CLOSING_QUOTE = /^[,.!?]?\s*[”"’]/;

// Market indices named after their publisher or exchange, which the same name may also be ("Nikkei" the newspaper, "Dow
// Jones & Co", "S&P" the rating agency): an index only when a move, a level or "index" follows.
const MARKET_INDEX = /^(?:Nikkei|Dow|Dow Jones|S&P|FTSE|DAX|CAC|Hang Seng|Kospi|KOSPI|Sensex|Nifty|Topix|TOPIX|Stoxx|STOXX|Euro Stoxx|Nasdaq|NASDAQ|ASX|TSX|IBEX|Ibex|MSCI)$/;
const INDEX_AFTER = /^(?:[’']s )?(?:\s*\d|\s*(?:index|indexes|indices|average|averages|composite|industrial|industrials|benchmark|gauge|futures|stock average|share average|record|rose|rises|fell|falls|gained|gains|lost|loses|closed|ended|dropped|drops|slipped|slips|climbed|climbs|jumped|jumps|added|shed|sheds|tumbled|tumbles|edged|edges|surged|surges|slid|slides|plunged|plunges|rallied|rallies|finished|opened|was up|was down|is up|is down|hit|hits|advanced|declined|retreated|rebounded)\b)/;

const SOFTWARE_LEAD = /\b(?:run(?:s|ning)? under|install(?:s|ed|ing)?|(?:written|coded|programmed|implemented) in|port(?:s|ed|ing)? (?:it |them )?to|compiled with)\s$/i;

// Awards named alone, without the "Award" or "Prize" WORK_HEAD reads ("five Oscars", "won the Palme d’Or", "Grammys").
const AWARD = /^(?:Oscars?|Grammys?|Emmys?|Golden Globes?|Palme d['’]Or|BAFTAs?|Pulitzers?|Razzies)$/;

/** True for the name of a plan, law, treaty, war, competition, festival, award or instrument. */
export function isWorkName(name: string): boolean {
  return WORK_HEAD.test(name) || AWARD.test(name);
}

/** True for a planet or a moon. */
export function isHeavenly(name: string): boolean {
  return HEAVENLY.test(name);
}

// Kinds of works, in the plural, that introduce examples of them: "franchises such as Assassin's Creed, Tomb Raider, Red
// Dead Redemption", "films like Star Wars", "titles to test out during our review: Gears of War 4, Killer Instinct and Super
// Lucky's Tale". (Not "apps", "services" or "products": those are named after their makers as often, "apps like Uber".)
const WORK_KINDS = '(?:games|titles|franchises|films|movies|shows|series|books|novels|albums|songs|singles|records|podcasts|sitcoms|dramas|comics|plays|operas|musicals)';
// One title of such a list: capitalised words, numbers and the small words of a title ("Gears of War 4", "Attack on Titan:
// Final Battle 2", "Super Lucky's Tale"); the mention may be the end of one ("Creed Origins" of "Assassin's Creed Origins",
// "Tomb Raider" of "Shadow of the Tomb Raider").
const WORK_ITEM = "(?:\\p{Lu}[\\p{L}\\p{N}’'.:&!-]*|\\d+\\p{L}*)(?:\\s(?:(?:of|the|on|in|to|a|an|for|at)\\s)*(?:\\p{Lu}[\\p{L}\\p{N}’'.:&!-]*|\\d+\\p{L}*))*";
const WORK_SEP = '(?:,\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s)';
const WORK_LIST_LEAD = new RegExp(`\\b${WORK_KINDS}(?:,?\\s(?:such as|like|including|include|included):?|\\s[\\p{Ll}\\s,'’-]{0,60}:)\\s(?:${WORK_ITEM}${WORK_SEP})*(?:${WORK_ITEM}\\s|${WORK_ITEM}[’']s\\s)?(?:(?:of|the)\\s)*$`, 'u');

/**
 * True for a mention inside an enumeration of works introduced by their kind ("franchises such as Assassin's Creed, Tomb
 * Raider, Red Dead Redemption", "titles to test out during our review: Gears of War 4, Killer Instinct and …"), from the
 * text of its sentence before it: a work's title, not an organisation, a person or a place of the news.
 */
export function isWorkListMention(before: string): boolean {
  return WORK_LIST_LEAD.test(before.slice(-300));
}

// A kind of product, then a verb of naming, before the name: "a product called WibiData", "the new alarm management solution
// called Digistat Patient Watch", "an app dubbed Houseparty". (Not "a startup called …", "a company named …": see
// entity-salience.ts KIND_BEFORE for the kinds of organisations.)
const CALLED_PRODUCT_LEAD = /\b(?:product|solution|app|application|tool|platform|service|device|software|feature|game|program|programme|drug|vaccine|robot|headset|console|smartphone|chatbot|browser|database|framework|algorithm|plugin|extension|gadget|wearable|assistant|model|chip|card|system)s?,? (?:called|named|dubbed|known as|branded)\s(?:the\s)?[“"‘]?$/i;
/** True for a mention that the article introduces as a product by name ("a product called WibiData"). */
export function isCalledProduct(lead: string): boolean {
  return CALLED_PRODUCT_LEAD.test(lead);
}

/** True for one mention that fills a quotation on its own (a title, a slogan: “Star Wars”) or follows "dubbed". */
export function isTitleMention(lead: string, after: string): boolean {
  return (OPENING_QUOTE.test(lead) && CLOSING_QUOTE.test(after)) || NICKNAMED.test(lead);
}

// Words a title leaves in lower case: articles, short prepositions and conjunctions.
const TITLE_SMALL = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs\.?|is|it|n’|n')$/;

/**
 * True for a mention inside a short quotation set in title case ("“Dancing with the Stars”", "“Takin’ It To the
 * Streets”", "“Dawson’s Creek” star"): the title of a show, a song or a book, whose words are not the article's names.
 * A quotation that is a sentence (a lower-case word other than a title's small words) is speech.
 */
export function isInQuotedTitle(text: string, start: number, end: number): boolean {
  let open = text.lastIndexOf('“', start);
  let close = open >= 0 && !text.slice(open, start).includes('”') ? text.indexOf('”', end) : -1;
  if (close < 0) {
    // Straight quotes: inside when an odd number of them come before.
    const before = text.slice(0, start).split('"').length - 1;
    if (before % 2 === 0) return false;
    open = text.lastIndexOf('"', start);
    close = text.indexOf('"', end);
  }
  if (open < 0 || close < 0) return false;
  const inner = text.slice(open + 1, close).replace(/[,.!?]$/, '');
  const words = inner.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8 || /[.!?;:]\s/.test(inner)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^\d/.test(w) || TITLE_SMALL.test(w)) && words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w));
}

/** A name that may be a player's before a tally ("Kyleigh Trout 1 goal", "K. Hupfer 1 goal"): a given name, or two or three plain words. */
function isPlayerShaped(name: string): boolean {
  const words = name.split(' ');
  return genderOfGivenName(words[0]!) !== null || (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u.test(w)));
}

// A model year between a determiner and the name: "the 2021 Ford Mustang Mach-E", "a used 2014 Honda Civic", "her 1967 Ford
// Mustang". What follows is the model's end: a possessive, a stop, a verb or a small word ("the 2020 Sentra is"), not the
// common noun of an event or an office that a year also dates ("the 2016 Trump campaign", "the 2019 Apple report").
const MODEL_YEAR_LEAD = /\b(?:the|a|an|this|that|its|his|her|their|our|my|your|new|used|old|all-new|redesigned)\s(?:19[5-9]|20[0-4])\d\s$/i;
const MODEL_YEAR_AFTER = /^(?:$|[’']s\b|\s*[,.;:!?)—–]|\s+(?:is|was|are|were|has|had|will|would|can|could|gets|got|comes|came|costs|starts|offers|features|looks|drives|and|or|with|in|at|for|from|to|on|as|that|which)\b)/;
/** True for a mention of a car's or a device's model by its model year ("the 2021 Ford Mustang Mach-E's design"). */
export function isModelYearMention(lead: string, after: string): boolean {
  return MODEL_YEAR_LEAD.test(lead) && MODEL_YEAR_AFTER.test(after);
}

// A capitalised word and a model's or an edition's number before the mention, not a year: "iPhone 11 " of "iPhone 11 Pro Max",
// "Resident Evil 2 " of "Resident Evil 2 Remake", "GTX 1660 " of "GTX 1660 Ti Laptop"; or an article and a number before a
// name of two words ("the 80 Day Obsession").
const NAME_NUMBER_LEAD = /(?:^|[\s(“"])(?:[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*|(?:the|a|an|its|my|your|their|our))\s(?!(?:19|20)\d\d\s)\d{1,4}[A-Za-z]{0,2}\s$/u;
/**
 * True for a mention that is the tail of a longer name holding a number ("Pro Max" of "iPhone 11 Pro Max", "Remake" of
 * "Resident Evil 2 Remake"), a piece of a product's or a work's name. (Not a score's team: "Chelsea 2 Arsenal 1".)
 */
function isNumberedNameTail(name: string, lead: string, after: string): boolean {
  if (!NAME_NUMBER_LEAD.test(lead) || /^\s*\d/.test(after)) return false;
  // ("the 49 Democrats", "the 3 Apple stores": after an article a number counts what follows, unless the name has two words.)
  return !/(?:^|[\s(“"])(?:the|a|an|its|my|your|their|our)\s\d{1,4}[A-Za-z]{0,2}\s$/.test(lead) || name.includes(' ');
}

/**
 * True for one mention that names a product or a model of the thing, or a unit: a noun after it
 * ("the Blue Moon lander"), a model or version number after it ("Destiny 2", "iPhone 4"), a model number or a quantity
 * before it ("737 Max", "8.69 GW", "10 GW"); a short word right after a number is its unit ("77 kWh", "150 kW", "402 hp").
 */
export function isProductMention(name: string, lead: string, after: string): boolean {
  // "S&P 500", "S&P 100": initials joined by an ampersand before a number name a market index, not the company.
  if (INITIALS_AMPERSAND.test(name) && /^ \d/.test(after)) return true;
  // "The Nikkei rose 1.2 percent", "the Dow Jones industrial average", "S&P's record close": a market index, not its publisher.
  if (MARKET_INDEX.test(name) && INDEX_AFTER.test(after)) return true;
  // "run under Sinatra", "install Ruby", "written in Erlang", "ported to Rails": software or a language, which one runs,
  // installs or writes in.
  if (SOFTWARE_LEAD.test(lead)) return true;
  return PRODUCT_NOUN.test(after) || isModelYearMention(lead, after) || isNumberedNameTail(name, lead, after) || (!LIST_ITEM.test(lead) && (isPlayerShaped(name) ? EDITION_AFTER.test(after) : MODEL_AFTER.test(after))) || (OWNED_LEAD.test(lead) && !/^[\s-]+\p{Ll}/u.test(after.replace(/^\./, ''))) || MODEL_NUMBER.test(lead) || (/^\p{L}{1,4}$/u.test(name) && /\d\s?$/.test(lead));
}

// A determiner or an adjective of age before a thing one owns or buys: "the iPhone", "an iPad", "old MacBooks".
const DETERMINER_LEAD = /\b(?:the|a|an|this|that|its|their|his|her|my|your|our|new|old|older|newer|first|latest|every|each|smaller|larger)\s$/i;
/**
 * True for a product named in camel case: a lower-case prefix ("iPhone", "iPad", "xCloud") after a determiner ("the
 * iPhone did", "an iPhone to calibrate" — a company, "iFixit", takes none), or the plural of a camel-case name whose
 * singular the text also writes ("MacBooks" beside "MacBook Pro", "iPhones"): a class of things, not one maker.
 */
export function isCamelProduct(name: string, occurrences: readonly { lead: string }[], text: string): boolean {
  if (/^\p{Ll}{1,2}\p{Lu}/u.test(name) && occurrences.some((o) => DETERMINER_LEAD.test(o.lead))) return true;
  return /\p{Ll}\p{Lu}\p{L}*\p{Ll}s$/u.test(name) && !name.includes(' ') && text.includes(name.slice(0, -1) + ' ');
}

/** True for an acronym that the words before its bracket spell: "hypersensitivity pneumonitis (HP)" is a term, not a name. */
export function isDefinedTerm(acronym: string, before: string): boolean {
  // ("command-and-control (C&C)": an ampersand's initials leave out the "and" the words spell.)
  const letters = acronym.replace(/&/g, '');
  const words = before.replace(/\s*\($|,? or $/, '').split(/[\s-]+/).filter((w) => !(acronym.includes('&') && (w === 'and' || w === '&'))).slice(-letters.length);
  return words.length === letters.length && words.every((w) => /^\p{Ll}/u.test(w)) && words.map((w) => w[0]).join('') === letters.toLowerCase();
}

/** True for a heading set in title case ("Possible Water Plumes on Europa: The Discovery in Images"): its words are not the article's names. */
export function isTitleCaseHeading(text: string): boolean {
  if (/[.!?"”’)]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

// Acronyms that English uses as common nouns, for things, techniques and substances rather than for any one
// organisation: a closed class, as in a dictionary ("an LED", "the SUV", "a GPS", "HTML and CSS"), and the mixed-case
// ones of software and telephony ("a SaaS company", "VoIP calls", "SMS messages").
/**
 * Software, programming languages, operating systems, browsers, cryptocurrencies and devices that are no company's name
 * (their makers go by another): SPEC's entities are people, organisations and places, and these name none. A closed list
 * of the most written-about; names shared with a company ("Docker", "Zoom", "Slack", "GitHub", "WhatsApp") stay out of it.
 */
const KNOWN_PRODUCT = new Set(`JavaScript TypeScript Python Java Ruby Rust Golang Kotlin Swift PHP Perl Haskell Scala Elixir Erlang Clojure Lua Fortran COBOL
React ReactJS Angular AngularJS Vue Vue.js jQuery Node.js Deno Django Flask Laravel Svelte Next.js Backbone.js Bootstrap
Kubernetes Linux Ubuntu Debian Fedora Windows macOS iOS iPadOS watchOS tvOS Android ChromeOS Firefox Safari Chromium WebKit
Jenkins Ansible Terraform Nginx PostgreSQL MySQL SQLite MongoDB Elasticsearch Kafka Hadoop
Excel PowerPoint Outlook Photoshop Illustrator Gmail Alexa Siri Cortana Bixby ChatGPT Copilot Chrome CarPlay iMessage FaceTime OneDrive
Bitcoin Ethereum Dogecoin Litecoin iPhone iPhones iPad iPads iPod MacBook MacBooks iMac AirPods Kindle Xbox PlayStation Stadia Walkman
Minecraft Fortnite Tetris
MagSafe Thunderbolt Bluetooth DisplayPort FireWire`.split(/\s+/));
// Diseases and conditions named after a place, a person or by initials ("Ebola (org) ×4", "Alzheimer", "AIDS", "ADHD" on
// the reviewed feeds): what the news is about, never who acts in it.
const KNOWN_CONDITION = new Set(`Ebola Zika Covid COVID Coronavirus Omicron Alzheimer Alzheimers Parkinson Parkinsons Crohn Asperger Aspergers Tourette
Hepatitis Chikungunya Dengue Nipah Marburg Lassa AIDS ADHD PTSD OCD SARS MERS COPD SIDS ALS`.split(/\s+/));

/**
 * True for a well-known product, program, currency or disease that is no company's name ("Android", "JavaScript", "Bitcoin"), and
 * for its editions and services named after it ("Windows Phone", "Android Wear", "Xbox Live", "Kindle Fire"), unless an
 * institution's word ends the name ("Linux Foundation", "Python Software Foundation").
 */
export function isKnownProduct(name: string): boolean {
  if (KNOWN_PRODUCT.has(name) || KNOWN_CONDITION.has(name)) return true;
  const words = name.split(' ');
  // ("PlayStation VR", "Windows XP": an edition named by initials.)
  return words.length >= 2 && words.length <= 3 && (KNOWN_PRODUCT.has(words[0]!) || KNOWN_CONDITION.has(words[0]!)) && words.slice(1).every((w) => /^\p{Lu}[\p{Ll}\d]*$|^\d+$|^\p{Lu}{2,3}$/u.test(w)) && !EDITION_ORG_WORD.test(name);
}
// Words that make a name after a product's an institution's or a publication's: "Linux Foundation", "Android Authority".
const EDITION_ORG_WORD = /\b(?:Industries|Foundation|Authority|Central|Society|Association|Institute|Conference|Summit|Magazine|Team|Group|Council|Inc|Corp|Ltd)$/;

const COMMON_ACRONYM = /^(?:LED|LCD|OLED|EV|SUV|GPS|USB|CPU|GPU|RAM|SSD|HDD|HDMI|PDF|HTML|CSS|PHP|SQL|JSON|XML|API|SDK|URL|DNA|RNA|HIV|MRI|ICU|ATM|PIN|VPN|IP|PR|DM|LSD|MDMA|THC|CBD|GDP|IPO|ETF|VAT|ROI|KPI|FAQ|DIY|ATV|UFO|VR|PC|HR|UV|IQ|PPE|RPM|MPG|MPH|AWD|RWD|FWD|SIM|NFT|QR|4K|HD|5G|4G|LTE|SSL|TLS|DSL|ADSL|VDSL|NFV|SDN|OOXML|ODF|HTTP|HTTPS|FTP|DNS|NFC|OS|DJ|GP|Wi-Fi|WiFi|USB-[ABC]|USB4|PCIe|NVMe|AMOLED|QLED|HDR|HDR10|eSIM|SaaS|PaaS|IaaS|VoIP|SMS|MMS|RSS|P2P|B2B|B2C|R&D|M&A|Q&A|B&B|P&L|R&B|F&B|D&D|A&E)$/;
// (Session 13: the terms written with an ampersand, "R&D", "M&A", "Q&A", since capitals joined by one are a name's word, names.ts.)
// (Session 17: connectors and display standards, "USB-C", "USB-A", "PCIe", "HDR10", typed organisations on the reviewed pages.)
// (Session 14: protocols and document formats, "SSL", "VDSL", "OOXML", "ODF", and a role in capitals, "the DJ sacked", "a GP".)

// A part or a kind of hardware named by its acronym after the words that specify it ("16GB DDR3 RAM", "12GB of GDDR5 RAM",
// "an Intel Core i7 CPU", "a Samsung OLED"): a thing, whoever makes it, which no organisation's name ends with.
const THING_ACRONYM_TAIL = /\s(?:RAM|CPU|CPUs|GPU|GPUs|SSD|SSDs|HDD|HDDs|LED|LEDs|LCD|OLED|HDMI|USB|GPS|SIM|NFC|LTE|SUV|SUVs)$/;

/**
 * True for a class of things named by an acronym ("SUVs", "CEOs", "APIs"), and for the acronym
 * itself when the text also writes its plural ("SUV" beside "SUVs"), and a thing named by a hardware acronym after its
 * specification ("DDR3 RAM").
 */
export function isCommonAcronym(name: string, text: string): boolean {
  if (/^\p{Lu}{2,}s$/u.test(name) || COMMON_ACRONYM.test(name) || THING_ACRONYM_TAIL.test(name)) return true;
  return /^\p{Lu}{2,}$/u.test(name) && new RegExp(`\\b${name}s\\b`, 'u').test(text);
}

// Words after a name that leave it the head of its noun phrase: punctuation, the end, or a function word.
const HEAD_AFTER = /^(?:$|[\s]*[.,;:!?)—–]|\s+(?:and|or|but|that|which|with|for|from|in|on|at|to|of|is|was|are|were|will|would|can|could|has|had|have)\b)/;
/**
 * An all-caps name used as a common noun: after an indefinite article or quantifier, perhaps with adjectives,
 * and heading its phrase ("an EV.", "a new SUV, …", "every LED that…"), not modifying one ("an FBI agent").
 */
export function isAcronymNoun(name: string, occurrences: readonly { lead: string; after: string }[]): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(name)) return false;
  return occurrences.some((o) => /\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach)\s(?:(?!(?:by|in|of|to|for|from|with|at|on|as|and|or|that)\s)[\p{Ll}-]+(?<!ed)\s){0,2}$/u.test(o.lead) && HEAD_AFTER.test(o.after));
}

// An inline element that sets a title apart: italics, emphasis, a citation.
const ITALIC_SPAN = /<(i|em|cite)\b[^>]*>([^<]{1,120}(?:<(?!\/\1>)[^<]*){0,6})<\/\1>/gi;
const HTML_ENTITY = /&(?:amp|#38|#x26|nbsp|#160|#xa0|rsquo|#8217|#x2019|apos|#39|#x27);/gi;
const ENTITY_TEXT: Record<string, string> = { amp: '&', '#38': '&', '#x26': '&', nbsp: ' ', '#160': ' ', '#xa0': ' ', rsquo: '’', '#8217': '’', '#x2019': '’', apos: "'", '#39': "'", '#x27': "'" };

/**
 * The texts the body's HTML sets in italics, as emphasis or as a citation ("<i>The Dragon Waiting</i>", "<em>Star
 * Trek</em>"), without a leading article or trailing punctuation: how a page marks the title of a book, a film, a game
 * or a periodical.
 */
export function italicSpans(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(ITALIC_SPAN)) {
    const text = m[2]!.replace(/<[^>]*>/g, '').replace(HTML_ENTITY, (e) => ENTITY_TEXT[e.slice(1, -1).toLowerCase()] ?? e).replace(/\s+/g, ' ').trim();
    const bare = text.replace(/^(?:The|A|An)\s+/, '').replace(/[.,:;!?’'"“”]+$/, '');
    if (bare) out.add(bare);
  }
  return out;
}

/**
 * A name the page writes alone in italics ("<i>The Phantom Menace</i>", "<em>Star Trek</em>") is a title: a work's,
 * unless it names a periodical or an institution by one of its words ("<i>New York Times</i>", "<i>Brooklyn Daily
 * Eagle</i>"), a person by a given name, or a place. One word alone in italics is as often a publication ("<i>Nature</i>",
 * "<i>Quanta</i>") and stays.
 */
export function isItalicWork(
  forms: readonly string[],
  occurrences: readonly { lead: string }[],
  italics: ReadonlySet<string>,
  isOrgWord: (word: string) => boolean,
  isGivenName: (word: string) => boolean,
  isPlace: (name: string) => boolean,
): boolean {
  if (!italics.size) return false;
  const name = forms[0]!;
  const words = name.split(' ');
  if (words.length < 2 || words.some(isOrgWord) || isGivenName(words[0]!) || isPlace(name)) return false;
  // "published in the journal Nature Astronomy", "published in BMJ Case Reports": a periodical, an organisation.
  if (occurrences.some((o) => PUBLICATION_LEAD.test(o.lead))) return false;
  // (A one-word alias in italics is the work's namesake, not the name: "<em>Columbus</em>" of "Columbus, Indiana".)
  return forms.some((f) => f.includes(' ') && (italics.has(f) || italics.has(f.replace(/^The /, ''))));
}

// A title's shape: up to eight words, each capitalised, a number or a small word of a title ("Attack on Titan: Final Battle
// 2", "Rise of the Tomb Raider", "Assassin's Creed Odyssey"); not a sentence set in italics for emphasis or an editor's note.
const TITLE_WORD = /^(?:[\p{Lu}\d][\p{L}\p{N}’'.:&!?-]*|of|the|on|in|to|a|an|and|or|for|at|with|from|vs\.?|de|la|le|du|von|&|[:–—-])$/u;
const isTitleShaped = (span: string): boolean => {
  const words = span.split(' ');
  return words.length >= 2 && words.length <= 8 && words.every((w) => TITLE_WORD.test(w));
};

/**
 * A name every mention of which lies inside a longer title the page sets in italics: "Tomb Raider" of "<em>Rise of the Tomb
 * Raider</em>", "Final Battle" of "<em>Attack on Titan: Final Battle 2</em>", "Mortal Kombat" of "<em>Mortal Kombat
 * 11</em>" — a piece of a work's title, not an organisation, a person or a place. A name that is an institution's or a
 * periodical's by one of its words stays ("New York Times" of "<i>The New York Times Magazine</i>").
 */
export function isItalicTitleFragment(
  forms: readonly string[],
  occurrences: readonly { lead: string; after: string }[],
  italics: ReadonlySet<string>,
  isOrgWord: (word: string) => boolean,
): boolean {
  if (!italics.size || !occurrences.length || forms.some(isOrgWord)) return false;
  const spans = [...italics].filter((s) => s.length > 3 && forms.some((f) => s.length > f.length && s.includes(f)) && isTitleShaped(s));
  if (!spans.length) return false;
  return occurrences.every((o) => spans.some((span) => forms.some((f) => insideSpan(span, f, o))));
}

function insideSpan(span: string, form: string, o: { lead: string; after: string }): boolean {
  for (let at = span.indexOf(form); at >= 0; at = span.indexOf(form, at + 1)) {
    const before = span.slice(0, at);
    const rest = span.slice(at + form.length);
    // The span's words on either side of the mention, as far as the occurrence's window reaches.
    const leadOk = before === '' || o.lead.endsWith(before.slice(-o.lead.length)) || (o.lead.length < before.length && before.endsWith(o.lead));
    const afterOk = rest === '' || o.after.startsWith(rest.slice(0, o.after.length)) || (o.after.length < rest.length && rest.startsWith(o.after));
    // Word edges: the name is not part of a longer word of the span.
    const edges = (before === '' || /[\s:–—-]$/.test(before)) && (rest === '' || /^[\s:’'.,!?–—-]/.test(rest));
    if (leadOk && afterOk && edges && (before !== '' || rest !== '')) return true;
  }
  return false;
}
const PUBLICATION_LEAD = /(?:\bjournals?|\bmagazines?|\bnewspapers?|\bpublished (?:\S+ ){0,3}(?:in|on|by)(?: the)?|\btold(?: the)?|\baccording to(?: the)?)\s$/;
