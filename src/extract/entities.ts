import { isNameParticle, LEADING_KIND, NAME_PARTICLES, opensFirmName, stripTitles } from './names.ts';
import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from './function-words.ts';
import { genderOfGivenName } from './given-names.ts';
import { entityRuns, isCreditSentence, isStaffBiography } from './entity-runs.ts';
import type { Sentence } from './sentences.ts';
import { contextType, entityType, hasOrgWord, isKnownName, isPlaceName, townOf } from './entity-types.ts';
import { initials, mergeForms } from './entity-merge.ts';
import { isAcronymNoun, isCamelProduct, isCommonAcronym, isKnownProduct, isModelYearMention, isWorkListMention, isCalledProduct, isDefinedTerm, isHeavenly, isInQuotedTitle, isItalicTitleFragment, isItalicWork, isProductMention, isTitleCaseHeading, isTitleMention, isWorkName } from './entity-works.ts';
import { isExampleMention, isLikeListMention, keepSalient, KIND_AFTER, OFFICE_AFTER, salienceSignals, type Occurrence, type SalienceSignals } from './entity-salience.ts';
import { COMMON_NOUNS } from './common-nouns.ts';
import { namesNoActor } from './entity-evidence.ts';
import { GAZETTEER_ORGANIZATIONS } from './gazetteer.ts';
import type { Entity, EntityType } from './types.ts';

/**
 * Organisations and people named in the article: JSON-LD `about`/`mentions` first (the
 * publisher's own tagging), then capitalised sequences of the text — "Alibaba", "OpenAI",
 * "Acme Corp.", "Thariq Shihipar" — minus sentence-initial common words, months and weekdays.
 * A surname alone counts as a mention of the full name introduced earlier.
 *
 * Rules of our own rather than an NLP library (issue 9, measured on tests/fixtures/facts, 46 pages,
 * same scoring as bench/facts.ts): compromise 14.17 P 0.475 / R 0.526 at ~4 pages/s; wink-nlp 2 with
 * wink-eng-lite-web-model has no person/organisation/place recogniser, its PROPN runs give
 * P 0.337 / R 0.781, and as a filter on these rules' names P 0.708 / R 0.775 against 0.703 / 0.779
 * without it — no gain for a second parse of every page and a model dependency.
 */
const NOT_ENTITIES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  // Demonyms and languages are adjectives here, not organisations or people.
  'American', 'British', 'Chinese', 'European', 'Japanese', 'German', 'French', 'Russian', 'Indian', 'Korean', 'Canadian', 'Australian',
  'Italian', 'Spanish', 'Israeli', 'Iranian', 'Ukrainian', 'Taiwanese', 'Mexican', 'Brazilian', 'African', 'Asian', 'Western', 'English',
  'GMT', 'UTC', 'BST', 'CET', 'EST', 'EDT', 'PST', 'PDT',
  'Brexit', 'Company', 'Rs', 'Democratic', 'Republican', 'Election Day', 'Day', 'Democrats', 'Republicans',
  'I', 'I’m', "I'm", 'I’ve', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'CTO', 'AI', 'Mr', 'Mrs', 'Ms', 'Dr',
  // Ordinals capitalised as a list's or a round's label ("Fifth: …", "Seventh place"), and holidays: dates, not actors.
  'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth',
  // A currency, a kind of attack and a character standard, capitalised as names are ("customers' Bitcoins", "DDoS attacks",
  // "Unicode is still cutting edge"); their organisations take a head ("Bitcoin Foundation", "Unicode Consortium").
  'Bitcoin', 'Bitcoins', 'DDoS', 'Unicode',
  'Christmas', 'Easter', 'Thanksgiving', 'Halloween', 'Diwali', 'Ramadan', 'Hanukkah', 'Passover', 'Lent',
  // Weather patterns, named like people or places ("made more intense by the El Nino weather pattern"): no actor.
  'El Niño', 'El Nino', 'La Niña', 'La Nina',
]);
// A funding round's name ("a $42 million Series B led by Sequoia", "its Series C-1"): a stage of the news, no organisation.
const FUNDING_ROUND = /^Series [A-H](?:-?\d)?$/;
// "the Valley" of tech writing, Silicon Valley as a milieu ("hiring engineers in the Valley"): a name only whole ("Silicon
// Valley", "Napa Valley"), so not in NOT_ENTITIES, whose words are cut from a name's end.
const ALONE_NOT_ENTITIES = new Set(['Valley']);
// The last word of an investor's or a bank's name ("First Round Capital", "One Equity Partners").
const FIRM_HEAD = /^(?:Capital|Ventures|Partners|Bank|Bancorp|Financial|Fund|Investments|Equity|Holdings)$/;
// Capitalised only because they open a sentence (or a headline-cased clause).
const COMMON = new Set(`The A An In On At But And Or So If As It Its It's This That These Those There Their They Them He She His Her We Our You Your My
Yet Still Also Even Some Many Most More Much Other Others Such Each Every All Both Either Neither No Not None Now Then Than When While Where Which Who Whom Whose What Why How
After Before Since Until During Over Under About Around Across Through Into From With Without Within For By Of To Up Down Out Off Last Next First Second Third
However Meanwhile Instead Although Though Because Despite Today Yesterday Tomorrow Here Earlier Later Already Only Just One Two Three Four Five Six Seven Eight Nine Ten
Is Are Was Were Be Been Has Have Had Do Does Did Will Would Could Should Can May Might Must Shall Let Please Read See Watch Click Sign Subscribe Share Follow
Photo Image Video Credit Source Advertisement Update Updated Editor Note According Asked Speaking Like Unlike Among Against Per Via Despite Plus Overall Why
Perhaps Maybe Yes Once Again Indeed Recently Formerly Presently Welcome Whenever Luckily Gradually Frankly Thus Hence Otherwise
Enter Remember Hey Hi Hello Oh Thanks Tell Consider Behold Congratulations Sorry Get Make Imagine Being Try Find Take Give Use Check Learn Explore
Several Various Numerous Recent Former Everyone Everybody Everyone's Someone Somebody Anyone Anybody Nobody Everything Something Anything Summary`.split(/\s+/));
// Words that make a weekday a day's name ("Black Friday", "Super Tuesday"); after any other word a weekday dates the mention.
const DAY_NAME = /^(?:Black|Super|Cyber|Good|Ash|Holy|Palm|Maundy|Shrove|Easter|Bloody|Giving|Blue|Manic|Man|Girl|Casual|Freaky|Throwback|Mad|Small)$/;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SUFFIX = /^(?:Inc|Corp|Ltd|Co|LLC|PLC|AG|SA|GmbH|NV|Group|Holdings)\.?$/;
// Page furniture and section names that arrive capitalised (issue 9: "AM ESTUpdated", "Published Wed", "Emerging", "Global").
const FURNITURE = new Set(`Updated Published Posted Modified Edited Reporting Writing Additional Editing Emerging Global Local National International Breaking Live Latest Top Related
Popular Trending Sponsored Opinion Analysis Exclusive Markets Market Business World Politics Tech Technology Sports Sport Health Science Entertainment Video Videos Photos Photo
Watch Listen Podcast Newsletter Home News Menu Search Comments Comment Share Tweet Email Print Reprints Permissions Subscribe Login Register Privacy Terms Cookies Contact
Advertisement Ad Ads Getty Images Photo File Reuters/ Wed Thu Fri Sat Sun Mon Tue ESTUpdated EDTUpdated GMTUpdated Read More Story Stories Features Feature Economy
Investing Finance Personal Lifestyle Travel Culture Style Food Europe Asia Americas Africa Middle East Commodities Stocks Bonds Currencies Earnings Quote Quotes Chart Charts
Data Graphic Graphics Getty Shutterstock Image Images Caption Credit Credits Copyright Rights Reserved Inc. Click Here Download App Follow Like Reply Replies Continue
Tags Tag Category Categories Categoria Categorias Categoría Categorías Categorie Etiquetas Kategorie Kategorien`.split(/\s+/));
// Furniture words that cling to the edges of a name run ("Published Wed", "AM ESTUpdated").
const FURNITURE_EDGE = new Set(`Updated Published Posted Modified Edited ESTUpdated EDTUpdated GMTUpdated Wed Thu Fri Sat Sun Mon Tue Getty Images Photo File Read More Click Here
Advertisement Share Tweet Email Print Subscribe Comments Caption Credit Copyright Sponsored Related Trending Exclusive Watch Listen Video Photos`.split(/\s+/));
const FURNITURE_RUN = /(?:^|\s)(?:Updated|Published|Posted|ESTUpdated|EDTUpdated|Reporting by|Editing by|Writing by|Additional reporting|Staff Reports?|Staff Writers?|Wire Reports?)\b|\b(?:AM|PM)\s?(?:EST|EDT|ET|GMT|UTC|BST|PT|PST|PDT)\b|^(?:[A-Z]{2,}\s)+(?:Reuters|AP|AFP|Bloomberg|CNBC|CNN|BBC)$/;

// Heads that begin an institution's name with "of": "Bank of America", "University of Oxford".
const INSTITUTION_HEAD = /^(?:Bank|University|Department|Ministry|Office|Institute|College|School|Museum|Church|Republic|Kingdom|State|States|City|Port|Gulf|Isle|Duke|Prince|Princess|Queen|King|House|Council|Court|Board|Federation|Association|Society|Union|Commonwealth|Chamber|Bureau|Secretary|Royal|National|Central|Federal|People's|United|Government|Embassy|Academy|Order|Church|Sisters|Friends|Party|Army|Navy|Archdiocese|Diocese|Province|District|Authority|Agency|Commission|Committee|Governor|Mayor|Attorney General)$/;

// Role and title words inside a capitalised run: "Disney Chief Executive Bob Iger", "Interior Minister Wolfgang Peschorn".
const ROLE_IN_RUN = /^(?:Chief|Executive|Hon|Honourable|Honorable|Rt|President|Vice|Minister|Secretary|Speaker|Attorney|General|Administrator|Coach|Judge|Justice|Employee|Defenseman|Forward|Guard|Quarterback|Superintendent|Ombudsman|Insider|Gov|Governor|Rep|Representative|Sen|Senator|Interim|Acting|Police|Chair|Chairman|Chairwoman|CEO|CFO|CTO|COO|Director|Commissioner|Mayor|Officer|Inspector|Spokesperson|Spokesman|Spokeswoman|Press|Founder|Co-founder|Analyst|Professor|Prof|Dr|Lt|Col|Sgt|Capt|Deputy|Senior|Ambassador|Prosecutor|Sheriff|Manager|Head|Leader|Adviser|Advisor|Correspondent|Editor|Reporter|Prime|Premier|Chancellor|King|Queen|Prince|Princess|Pope|Bishop|Pastor|Rabbi|Imam|Sergeant|Captain|Lieutenant|Colonel|Major|Admiral|Trustee|Councilman|Councilwoman|Councillor|Assemblyman|Assemblywoman|Delegate|Treasurer|Auditor|Comptroller|Commander|Chef|Author|Writer|Columnist|Sheriff|Gov|Artist|Singer|Actor|Actress|Player|Striker|Midfielder|Defender|Goalkeeper|Pitcher|Catcher|Center|Tackle|Receiver|Linebacker)$/;
// A sovereign's or a pope's title, which stays before a given name alone ("Prince Andrew", "Pope Francis").
/**
 * A kind of person or company titling the name after it, also in the plural for a group ("Engineers Nitin Ganatra",
 * "Hosts Russia finish top").
 */
function isLeadingKind(word: string): boolean {
  return LEADING_KIND.test(word) || isPluralKind(word);
}
function isPluralKind(word: string): boolean {
  return /\p{Ll}s$/u.test(word) && (LEADING_KIND.test(word.slice(0, -1)) || ROLE_IN_RUN.test(word.slice(0, -1)));
}
const ROYAL = /^(?:King|Queen|Prince|Princess|Pope|Emperor|Empress)$/;
// Positions on a team, abbreviated before a player's name: "Cleveland DL Larry Ogunjobi", "Browns QB Baker Mayfield",
// "Thunder F Hamidou Diallo".
const POSITION = /^(?:QB|RB|WR|TE|DL|DE|DT|LB|CB|OL|OT|OG|FB|GM|F|G|C)$/;
// A nationality before a person's name ("Australian Timothy Weeks") is not part of it.
const DEMONYM = /^(?:American|Australian|British|Canadian|Chinese|French|German|Indian|Irish|Italian|Japanese|Russian|Spanish|Swedish|Ukrainian|Israeli|Iranian|Mexican|Brazilian|Korean|South Korean|Dutch|Pakistani|Afghan|Ghanaian|Nigerian|Kenyan|Turkish|Saudi|Egyptian|Polish|Swiss|Austrian|Belgian|Danish|Norwegian|Finnish|Greek|Portuguese|Argentine|Colombian|Venezuelan|Scottish|Welsh|English)$/;

// US postal abbreviations of the states, written after a town ("West Palm Beach, FL"): part of an address, not a name.
const POSTAL = /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)$/;

// A word of a person's name: capitalised, lower case after ("Xi", "Jinping", "O'Neill").
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Splits "Disney Chief Executive Bob Iger" into the organisation before the role and the person after it. */
function splitRole(run: string): [string, EntityType | null][] {
  const words = run.split(' ');
  // ("Then-President Barack Obama", "Ex-Minister …": a title of the past is the title's.)
  const isRole = (w: string): boolean => ROLE_IN_RUN.test(w.replace(/\.$/, '').replace(/-elect$/, '').replace(/^(?:Then|Ex|Former)-(?=\p{Lu})/u, '')) || POSITION.test(w);
  let last = -1;
  // ("General Motors Chief Executive Mary Barra": a firm's "General" is no rank.)
  const from = opensFirmName(words[0]!, words[1]) ? 1 : 0;
  // A demonym opening a place's name ("Saudi Arabia", "South Korean") is part of it, not a nationality before a surname.
  // A kind of person before a given name titles it ("Comedian Jerry Seinfeld", "Girl Scout Danielle Lei"), not "Studio Ghibli".
  for (let i = from; i < words.length - 1; i++) if (isRole(words[i]!) || (DEMONYM.test(words[i]!) && !isPlaceName(`${words[i]!} ${words[i + 1]!}`)) || (isLeadingKind(words[i]!) && genderOfGivenName(words[i + 1]!) !== null)
    // ("Original iPhone Engineers Nitin Ganatra": a kind of people in the plural, then a name of two or three words ending the run.)
    || (isPluralKind(words[i]!) && words.length - i - 1 >= 2 && words.length - i - 1 <= 3 && words.slice(i + 1).every((w) => PERSON_WORD.test(w)))) last = i;
  if (last < 0) return [[run, null]];
  let person = words.slice(last + 1);
  // "Deputy Director of Public Prosecution Eva-Marie Persson": the office a role is "of" ends at its institutional word.
  if (person[0] === 'of') {
    const office = person.findLastIndex((w) => hasOrgWord(w));
    if (office >= 0) {
      person = person.slice(office + 1);
      return person.length >= 2 && person.length <= 3 ? [[person.join(' '), 'person']] : [[run, null]];
    }
    // "Professor of Entomology Thomas Kuhar": a field, not an institution, ends at the holder's given name.
    const given = person.findIndex((w, i) => i >= 2 && genderOfGivenName(w) !== null);
    const holder = person.slice(given);
    if (given >= 0 && holder.length >= 2 && holder.length <= 3 && holder.every((w) => PERSON_WORD.test(w))) {
      const org = words.slice(0, last).filter((w) => !isRole(w)).join(' ');
      return org.includes(' ') ? [[org, null], [holder.join(' '), 'person']] : [[holder.join(' '), 'person']];
    }
  }
  // "President Xi Jinping of China", "King Salman of Saudi Arabia": a title, a name, then "of" and a place: the holder of
  // the title and the place whose it is, not the place alone.
  const ofAt = person.indexOf('of');
  if (ofAt >= 1 && ofAt <= 3 && isRole(words[last]!) && words.slice(0, last + 1).every((w) => isRole(w) || DEMONYM.test(w)) && person.slice(0, ofAt).every((w) => (PERSON_WORD.test(w) && !hasOrgWord(w)) || NAME_PARTICLES.has(w)) && isPlaceName(person.slice(ofAt + 1).join(' '))) {
    // ("Queen Elizabeth of England": a sovereign's title stays before a given name alone.)
    const holder = ofAt === 1 && last === 0 && ROYAL.test(words[0]!) ? `${words[0]!} ${person[0]!}` : person.slice(0, ofAt).join(' ');
    return [[holder, 'person'], [person.slice(ofAt + 1).join(' '), 'place']];
  }
  // "Center on Poverty", "Police Department Narcotics Unit": the words after a role are a person's name only when they
  // are all capitalised and none is an institution's.
  if (person.some((w) => (!/^\p{Lu}/u.test(w) && !isNameParticle(w)) || hasOrgWord(w))) return [[run, null]];
  // "Chief Strategy Officer", "Senior Vice President": the words after a role end with a role, so they are the title's.
  if (person.length >= 2 && isRole(words[last]!) && isRole(person[person.length - 1]!) && genderOfGivenName(person[0]!) === null) {
    return words.slice(0, last).some((w) => !isRole(w)) ? [[run, null]] : [];
  }
  // "American Enterprise Institute", "Swedish Prosecution Authority": a nationality opening an institution's name is part of it.
  if (DEMONYM.test(words[last]!) && !ROLE_IN_RUN.test(words[last]!) && hasOrgWord(person.join(' '))) return [[run, null]];
  let first = last;
  while (first > 0 && (isRole(words[first - 1]!) || DEMONYM.test(words[first - 1]!) || NAME_PARTICLES.has(words[first - 1]!))) first--;
  // "President Trump", "Vice President Pence", "Ukrainian President Zelensky": a surname after nothing but a title is a person.
  // "Prince Andrew", "Queen Elizabeth", "Pope Francis": a sovereign's title before a given name alone is part of the name.
  if (person.length === 1 && first === 0) return isRole(person[0]!) ? [] : words.length === 2 && ROYAL.test(words[0]!) ? [[run, 'person']] : [[person[0]!, 'person']];
  if (person.length < 2 || person.length > 4) return [[run, null]];
  const org = words.slice(0, first).join(' ');
  const out: [string, EntityType | null][] = [[person.join(' '), 'person']];
  // A one-word prefix is as often a ministry's subject ("Interior", "Foreign") as an employer: only longer ones count.
  // (Before a kind of people in the plural the words describe the group, not an employer: "Original iPhone Engineers
  // Nitin Ganatra, Scott Herz…".)
  if (org.includes(' ') && !/^(?:US|U\.S\.?|UK|The|A|An)\b/.test(org) && !isPluralKind(words[last]!)) out.unshift([org, null]);
  return out;
}

// Streets and addresses ("Seventh Street", "Gladstone Avenue", "NW Suite"), market indices and tickers
// ("Dow Jones Industrial Average", "Hang Seng Index HSI", "Copper CMCU3"): places and numbers of the page, not actors.
const PLURAL_TITLE = /^(?:Sens|Reps|Govs|Drs|Profs|Messrs|Mmes|Mses)$/;
const ADDRESS = /\s(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Place|Pl|Court|Ct|Suite|Way|Parkway|Highway|Hwy|Terrace)\.?$/;
// A court of justice is an institution, not an address's "Court": "the Supreme Court", "Spain's High Court", "the
// International Criminal Court", "U.S. District Court" (all thrown away as addresses before).
const COURT_OF_JUSTICE = /\b(?:Supreme|High|Criminal|District|Circuit|Appeals?|Federal|Constitutional|Crown|Magistrates['’]?|County|Superior|Family|Juvenile|Bankruptcy|Tax|Claims|Municipal|Justice|Administrative|Labou?r|Arbitration|Commercial|Military|Youth|Sessions|Chancery|Trial|Civil|Regional|State|Royal|International|Provincial|Appellate|Probate|Electoral|Industrial|Sharia|Revolutionary|Cassation|Arbitral|Disciplinary|Human Rights|World|Kangaroo) Court$/;
// (Not a firm named so, its trade after the word: "Index Ventures", "Composite Capital", "Index Exchange".)
const MARKET = /\b(?:Index|Average|Composite)\b(?! (?:Ventures|Capital|Partners|Exchange|Group|Holdings|Technologies|Labs)\b)/;
// Party and state tags ("D-Minn", "R-W.Va"), link labels ("MORE").
const TAG = /^(?:MORE|[DRI]-\p{Lu})/u;
// Adjectives of nationality or religion, singular or plural: "Swedish", "Ecuadorean", "Kenyan", "Americans", "Sudanese";
// and people of a nation named by a noun of their own ("Filipinos", "a Swede", "Danes").
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ish|ese|ean|eans|ian|ians|can|cans|ists|ites)$|^\p{Lu}\p{Ll}{3,}[^g]ist$|^(?:Greeks?|Soviets?|Copts?|Slavs?|Celts?|Catholics?|Islamic|Olympic|Hispanic|Arabic|Dutch|Swiss|Thai|Afghan|Argentine|Israeli|Pakistani|Saudi|Iraqi|Kuwaiti|Qatari|Omani|Yemeni|Bangladeshi|Somali|Nepali|Muslims?|Jews?|Jewish|Catholics?|Nazis?|Arab|Arabs|Kurds?|Sikhs?|Hindus?|Latino|Latinos|Latina|Roma|Filipinos?|Filipinas?|Swedes?|Danes|Brits|Turks|Serbs?|Croats?|Scots|Poles|Finns|Kiwis|Aussies)$/u;

/** Page text run together, a name repeated across a missing space: "Kristi NoemKristi Lynn Noem", "Ilhan OmarIlhan Omar". */
function isGlued(name: string): boolean {
  if (!/\p{Ll}\p{Lu}/u.test(name)) return false;
  const tokens = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[\s-]+/);
  return new Set(tokens).size < tokens.length;
}

/** False for runs shaped like an address, an index, a tag, an adjective of nationality or two names joined by a hyphen ("US-China", "Brexit-weary"). */
function isNameShaped(name: string): boolean {
  if ((ADDRESS.test(name) && !COURT_OF_JUSTICE.test(name)) || TAG.test(name)) return false;
  if (MARKET.test(name)) return false;
  // Glued page text: "Kristi NoemKristi Lynn NoemSouth Dakota".
  if (isGlued(name)) return false;
  const parts = name.split('-');
  if (parts.length > 1 && !name.includes(' ')) {
    // "Brexit-weary", "Republican-dominated", "Olympic-size"; "US-China", "Asia-Pacific", "African-American".
    // ("al-Qaeda", "al-Shabaab": the Arabic article, not an adjective.)
    if (parts.some((p, i) => /^\p{Ll}/u.test(p) && !(i === 0 && /^(?:al|el)$/.test(p)))) return false;
    if (parts.every((p) => /^(?:U\.?S\.?|UK|EU|Pacific|Atlantic)$/.test(p) || DEMONYM.test(p) || DEMONYM_SHAPE.test(p) || isPlaceName(p))) return false;
  }
  return true;
}
// Places whose names end like demonyms.
const PLACES_LIKE = /^(?:Afghanistan|Pakistan|Kazakhstan|Uzbekistan|Sudan|Japan|Iran|Oman|Taiwan|Wuhan|Milan|Tehran|Isfahan|Yerevan|Amman|Pacific|Atlantic|Arctic|Antarctic|Baltic|Adriatic|Vatican|Caribbean)$/;

// The last word of a product's model or edition name.
const MODEL_SUFFIX = /\s(?:Pros?|Ultras?|Minis?|Lite|Editions?|Concepts?|Convertibles?|Sportback|SUVs?|Coupes?|Sedans?|Hatchbacks?|Kits?)$/;
const LONG_LIST = /(?:(?:the )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}, ){4,}(?:and |or )?(?:the )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}/gu;
const COMMON_FORM = /^\p{Lu}\p{Ll}+(?:ing|ed|ly|ers|ors|ments|ness|tions|ists|ians|makers|ives)$/u;
const GENERIC_HEAD = /^(?:Center|Centre|Group|Fund|Research|Staff|Office|Court|Agency|Authority|Committee|Commission|Company|Corporation|Police|Navy|Army|Street|Avenue|Road|Week|Hours|Program|Programme|Project|Initiative|Plan|Report|Study|Act|Bill|Law|Amendment|Division|Conference|League|Team|Club|Unit|Station|Airport|Hospital|School|Market|Index|Industry|Sector|Region|Province|County|District|Ward|Village|Town|North|South|East|West|Northern|Southern|Eastern|Western|Central|Latest|Several|Various|Whatever|Whoever)$/;
const TRAILING_ROLE = /^(?:Gov|Governor|Secretary|Director|Sheriff|Mayor|Senator|Sen|Rep|Writer|Columnist|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|CEO|CFO|COO|CTO|Analyst|Attorney|Speaker|Rt|Hon)$/;
// Roles after an institution's name that always name its holder ("U.S. Ambassador", "Google Stadia Founder",
// "United Nations High Commissioner"), a leader after a chamber or a party ("Senate Leader", not "Argus Leader"), and
// a party's member after a place ("a Virginia Democrat", not "Liberal Democrat").
const HOLDER_ROLE = /^(?:Ambassador|Commissioner|Founder|Co-founder|Cofounder|Officer)$/;
const RANK = /^(?:High|Chief|Deputy|Senior|Vice|Majority|Minority)$/;
function isTrailingRole(words: readonly string[]): boolean {
  const last = words[words.length - 1]!.replace(/\.$/, '');
  const rest = words.slice(0, -1);
  if (TRAILING_ROLE.test(last) || HOLDER_ROLE.test(last)) return true;
  if (last === 'Leader') return /^(?:Senate|House|Majority|Minority|Opposition|Party)$/.test(rest[rest.length - 1]!);
  return /^(?:Democrat|Republican)$/.test(last) && isPlaceName(rest.join(' '));
}
const MINISTRY_SUBJECT = /^(?:State|Defense|Defence|Justice|Commerce|Interior|Energy|Health|Treasury|Transportation|Labor|Labour|Agriculture|Education|Finance|Trade|Foreign|Home)$/;

// ("French foreign ministry", "China's commerce ministry", "Inner Mongolia health authority": a ministry or an authority
// of a field, after a place, its possessive or a demonym.)
const LOWER_HEAD = /^( |[’']s )(province|prison|airport|government|police|military|network|schools|(?:foreign|defen[cs]e|interior|commerce|health|finance|justice|trade|economy|education) (?:ministry|authority))\b/;
const PLACE_HEAD = /^(?:province|prison|airport)$/;
const SUB_UNIT = /^(?:Division|Directorate|Unit|Subcommittee|Desk|Branch|Section)$/;
const PARENT_ORG = /^(?:Department|Conference|Agency|Office|Bureau|Service|Police|Commission|Ministry|Council|League|Association|Corporation|Company|Group|Administration|Authority|Institute|University)$/;

// The markets a company names its regional arms after. (Not "of Japan", "of China", "of Korea": in English news "Toyota of
// Japan", "Alibaba of China" give a company's home, not an arm's name.)
const MARKET_REGION = /^(?:America|North America|Latin America|Europe|Canada)$/;
/** "Nintendo" + "America": one capitalised word that is no common word (nor a plural, a role, a demonym) before a market. */
function isRegionalArm(head: string, place: string): boolean {
  return MARKET_REGION.test(place) && /^\p{Lu}[\p{L}-]+$/u.test(head) && !/s$/.test(head) && !COMMON.has(head) && !FURNITURE.has(head) && !ROLE_IN_RUN.test(head)
    && !GENERIC_HEAD.test(head) && !COMMON_NOUNS.has(head.toLowerCase()) && !COMMON_FORM.test(head) && !DEMONYM_SHAPE.test(head) && !isPlaceName(head) && genderOfGivenName(head) === null;
}

function cleanRun(run: string, spelledOut = false): string | null {
  if (FURNITURE_RUN.test(run)) return null;
  // "Shares of Alibaba", "Director of Public Prosecution": a generic head before "of" is not part of the name.
  const of = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\sof\s(.+)$/u.exec(run.replace(/^(?:The|A|An)\s/, ''));
  // ("Michigan Department of Health" keeps its place: the head is the last word before "of".)
  // ("Guardians of Peace, or GOP": a name the text spells out as an acronym keeps its head.)
  // ("Nintendo of America", "Volkswagen of America", "Sony of Europe": a company's name before "of" and a market's is its
  // regional arm, one organisation; a common word before it, "Shares of", "Citizens of", "Battle of", is no name.)
  if (of && !spelledOut && !INSTITUTION_HEAD.test(of[1]!) && !INSTITUTION_HEAD.test(of[1]!.split(' ').pop()!) && !isRegionalArm(of[1]!, of[2]!)) run = of[2]!;
  // Buttons and section heads in capitals ("SEE MORE", "UP NEXT", "DON'T MISS"): a common word or a contraction opens them.
  const caps = run.split(' ');
  if (caps.length > 1 && caps.every((w) => /^\p{Lu}[\p{Lu}'’]*$/u.test(w)) && (/['’]/.test(caps[0]!) || COMMON.has(titleCase(caps[0]!)) || FURNITURE.has(titleCase(caps[0]!)))) return null;
  // Headings and buttons shout ("GET OUT", "TOYOTA RAV4 PRIME"): a run with a capitals-only word of five letters or more is not a name.
  if (/\b\p{Lu}{5,}\b/u.test(run) && run.includes(' ')) return null;
  // "Republican Phil Bryant": a party before a person's name is a role.
  run = run.replace(/^(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Independent|Sen|Rep)\.?\s(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$)/u, '');
  const words = run.split(' ').filter((w) => w !== '');
  // "Marketing- und Mediaprofis", "Promise- and generator-based": a compound cut at its hyphen ends what a name could be.
  const cut = words.findIndex((w) => w.endsWith('-'));
  if (cut >= 0) words.splice(cut);
  while (words.length && FURNITURE_EDGE.has(words[0]!.replace(/[.,]$/, ''))) words.shift();
  while (words.length && FURNITURE_EDGE.has(words[words.length - 1]!.replace(/[.,]$/, ''))) words.pop();
  // "Black Friday Apple deals", "Cyber Monday Amazon sale": a day's name before a name dates the mention, as a weekday does.
  if (words.length > 2 && DAY_NAME.test(words[0]!) && WEEKDAY.test(words[1]!)) words.splice(0, 2);
  // A role after a name belongs to the next person ("South Dakota Gov", "UK Home Secretary", "Advocacy Director").
  while (words.length > 1 && isTrailingRole(words) && !/^(?:Attorney|General)$/.test(words[words.length - 2]!)) {
    words.pop();
    if (words.length > 1 && (MINISTRY_SUBJECT.test(words[words.length - 1]!) || /^(?:Home|Advocacy|Aerospace)$/.test(words[words.length - 1]!))) words.pop();
    // "United Nations High Commissioner", "Senate Majority Leader": the rank before the role is the role's too.
    while (words.length > 1 && RANK.test(words[words.length - 1]!)) words.pop();
  }
  // A ticker or the name's own acronym after it: "London Metal Exchange CMAL3", "Named Binary Tag NBT".
  if (words.length > 1 && /^\p{Lu}{2,}\d*$/u.test(words[words.length - 1]!)) {
    const last = words[words.length - 1]!;
    if (/\d$/.test(last) || (words.length > 2 && initials(words.slice(0, -1).join(' ')).endsWith(last))) words.pop();
  }
  // A unit inside an organisation is named by the organisation ("Columbus Police Department Intelligence Led Policing Unit",
  // "Mid-American Conference West Division"); alone ("Central Division", "Science Mission Directorate") it is no actor.
  if (words.length > 1 && SUB_UNIT.test(words[words.length - 1]!)) {
    const parent = words.findLastIndex((w, i) => i < words.length - 1 && PARENT_ORG.test(w));
    if (parent < 0) return null;
    words.splice(parent + 1);
  }
  // A month after a name is the date of the mention ("FL June"), and so is a weekday after a place or an acronym
  // ("London Thursday", "told the Argus Leader Monday") — not in "Black Friday".
  // ("Packard Motor Car Company": "Company" alone is no name, but it ends a company's.)
  while (words.length > 1 && NOT_ENTITIES.has(words[words.length - 1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]!) && words[words.length - 1] !== 'Company'
    && (!WEEKDAY.test(words[words.length - 1]!) || words.length >= 3 || (words.length === 2 && (isPlaceName(words[0]!) || /^\p{Lu}{2,}$/u.test(words[0]!) || !DAY_NAME.test(words[0]!))))) words.pop();
  // The pronoun after a sentence's opening word: "Maybe I", "Once I".
  if (words.length === 2 && words[1] === 'I') words.pop();
  // The next sentence's opening word read into a name across a stop ("Group D. The", "Xbox One S. That"): an article or a
  // common word after an initial closes no name.
  while (words.length > 1 && (/^(?:The|An)$/.test(words[words.length - 1]!) || (/^\p{Lu}\.$/u.test(words[words.length - 2]!) && COMMON.has(words[words.length - 1]!)))) {
    words.pop();
    words[words.length - 1] = words[words.length - 1]!.replace(/^(\p{Lu})\.$/u, '$1');
  }
  if (words.length === 1 && FURNITURE.has(words[0]!.replace(/[.,]$/, ''))) return null;
  // "South Korean TV", "British TV": a nationality and the medium are a kind of broadcaster, not one broadcaster's name.
  if (words.length >= 2 && words[words.length - 1] === 'TV' && DEMONYM.test(words.slice(0, -1).join(' '))) return null;
  // "Australian-born Assange", "London-based Revolut": the adjective before the name is not part of it.
  // ("Bluetooth-enabled Magic Keyboard", "Steeply-raked D-pillars": any participle after the hyphen makes an adjective.)
  while (words.length > 1 && /^\p{Lu}[\p{L}.]*-(?:born|based|bred|raised|listed|headquartered|dominated|controlled|led|owned|backed|run|linked|affiliated|leading|winning|bound|educated|trained|funded|made|maker|makers|style|era|focused|inspired|themed|\p{Ll}{3,}(?:ed|ing))$/u.test(words[0]!)) words.shift();
  // "I’m Haoyu Zhang-Demir", "We’ve Apple": a contraction opens the clause, not the name.
  // ("al Qaeda", "al Shabaab": the Arabic article opens the name, names.ts.)
  // (An ordinal or a number that opens a firm's name stays: "First Round Capital", "One Equity Partners", "Third Point
  // Ventures" — three words or more ending with a firm's head.)
  const firmOpener = words.length >= 3 && /^(?:First|Second|Third|One|Two|Three)$/.test(words[0]!) && FIRM_HEAD.test(words[words.length - 1]!) && words.slice(1).every((w) => /^\p{Lu}/u.test(w));
  while (!firmOpener && words.length && (COMMON.has(words[0]!) || (NAME_PARTICLES.has(words[0]!) && !(words[0] === 'al' && words.length > 1)) || (/^\p{Ll}+$/u.test(words[0]!) && words[0] !== 'al') || /^\p{L}+['’](?:m|ve|re|ll|d)$/u.test(words[0]!))) words.shift();
  // "John Milbank RRP", "Ruskin KJ": capitals after a person's name begin what follows it (a price, a citation's initials).
  if (words.length === 3 && /^\p{Lu}{2,4}$/u.test(words[2]!) && genderOfGivenName(words[0]!) !== null && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && !/^(?:II|III|IV|MP|QC|KC|MD|PhD|MBE|OBE|CBE)$/.test(words[2]!)) words.pop();
  while (words.length && (NAME_PARTICLES.has(words[words.length - 1]!) || /^\p{Ll}+$/u.test(words[words.length - 1]!))) words.pop();
  // A show named after its host ("Speaking on Jimmy Kimmel Live, …"): the host, who acts in it.
  if (words.length === 3 && words[2] === 'Live' && genderOfGivenName(words[0]!) !== null && PERSON_WORD.test(words[1]!)) words.pop();
  // A generic head with a letter is a label ("Group A", "Plan B"); a corporate suffix alone is no name ("Inc").
  if ((words.length === 2 && GENERIC_HEAD.test(words[0]!) && /^\p{Lu}$/u.test(words[1]!)) || (words.length === 1 && SUFFIX.test(words[0]!))) return null;
  // "Secretary of State Mike Pompeo" leaves "State Mike Pompeo": a ministry's subject before a person's name is part of the title.
  if (words.length === 3 && MINISTRY_SUBJECT.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) words.shift();
  if (!words.length) return null;
  // "the CEO of New Media Investment Group": a title before "of" leaves the institution.
  const titled = (words.length === 2 && ROYAL.test(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) ? words.join(' ') : stripTitles(words.join(' '))).split(' ');
  while (titled.length > 1 && /^\p{Lu}{2,}$|^(?:of|for|at)$/u.test(titled[0]!) && titled[1] === 'of') titled.shift();
  while (titled.length > 1 && /^(?:of|for|at)$/.test(titled[0]!)) titled.shift();
  const name = titled.join(' ').replace(/\.$/, (dot) => (SUFFIX.test(words[words.length - 1]!) ? dot : ''))
    // An abbreviation written with stops keeps its last one: "U.S.", "U.N.".
    .replace(/^(?:\p{Lu}\.)+\p{Lu}$/u, (abbr) => `${abbr}.`);
  if (NOT_ENTITIES.has(name) || ALONE_NOT_ENTITIES.has(name) || FUNDING_ROUND.test(name) || name.length < 2 || /^\p{Lu}\.?$/u.test(name)) return null;
  // "London-based", "Google-backed": adjectives built on a name.
  if (/-(?:based|led|owned|backed|born|made|funded|controlled|era|style|listed|dominated|linked|affiliated|run|sized|size|like|themed|inspired|focused|wide)$/.test(name)) return null;
  if (words.every((w) => NOT_ENTITIES.has(w) || COMMON.has(w))) return null;
  // Numbers, model names and tickers: "787", "CMCU3".
  // (an ordinal opens a name: "20th Century Fox", "82nd Airborne Division")
  if (/\d{3,}|^\d(?!\d{0,2}(?:st|nd|rd|th)\s\p{Lu})|^\p{Lu}{2,}\d+$/u.test(name)) return null;
  if (!isNameShaped(name)) return null;
  // A generic head or a role alone ("University", "Court", "Office", "Judge", "Rep") is a common noun capitalised, not a name.
  // (So is a title abbreviated in the plural before the names it titles: "Sens. James Lankford and Chris Murphy", "Reps.")
  if (!name.includes(' ') && (INSTITUTION_HEAD.test(name) || ROLE_IN_RUN.test(name) || GENERIC_HEAD.test(name) || PLURAL_TITLE.test(name))) return null;
  // Two sentences glued without a space: "Wednesday.The".
  if (/\p{Ll}\.\p{Lu}/u.test(name)) return null;
  // Contractions open quoted speech: "We’ve", "They’re".
  if (/[’']\p{Ll}+$/u.test(name)) return null;
  if (/[’']$/.test(name) || /^(?:Calif|Ill|Ind|Fla|Mass|Minn|Tenn|Wash|Ariz|Colo|Conn|Mich|Wis|Va|Pa|Ga|La|Md|Mo|Ky|Ala|Okla|Ore|Nev|Neb|Kan|Miss|Ark)$/.test(name)) return null;
  return name;
}

// An acronym right after a name, in brackets or after ", or": "Guardians of Peace (GOP)", "Guardians of Peace, or GOP".
const ACRONYM_AFTER = /^(?: \(|,? or )(\p{Lu}{2,6})\b/u;
/** "GOP" spells "Guardians of Peace", "FDA" spells "Food and Drug Administration": the initials of every word or of the capitalised ones. */
function spells(acronym: string, name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && (initials(name) === acronym || words.map((w) => w[0]!.toUpperCase()).join('') === acronym);
}

/** "saidOpens": a lower-case word of the text run into the capitalised word after it (link text, a button). */
function isGluedWord(name: string, lowerWords: ReadonlySet<string>): boolean {
  const m = /^(\p{Ll}{3,})\p{Lu}\p{Ll}+$/u.exec(name);
  // Four lower-case letters or more are a word ("said", "click"); "iPhone", "eBay", "macOS" begin with a prefix.
  return m !== null && (m[1]!.length >= 4 || lowerWords.has(m[1]!));
}

function titleCase(word: string): string {
  return word[0]! + word.slice(1).toLowerCase();
}

/** A candidate entity with the signals that say whether the article is about it (entity-salience.ts). */
export interface EntityCandidate extends Entity {
  signals: SalienceSignals;
}

/**
 * Returns named entities with their mention counts, most mentioned first. Capitalisation marks
 * names only where common nouns are lower-case: for German (every noun capitalised) only the
 * trusted JSON-LD names and the `extraNames` the caller knows (quote speakers) are counted.
 * Only the names the article is about or that act in it are kept (entity-salience.ts).
 */
export function findEntities(sentences: readonly Sentence[][], trusted: readonly string[] = [], language: string | null = null, extraNames: readonly string[] = [], title: string | null = null, italics: ReadonlySet<string> = NO_ITALICS): Entity[] {
  if (readsGerman(sentences, language !== null && /^de\b/i.test(language))) return countKnown(sentences, [...trusted, ...extraNames]);
  const candidates = entityCandidates(sentences, trusted, extraNames, title, italics);
  candidateObserver?.(candidates);
  // At most 40 names. A lower cap does not buy precision (bench/entity-ranks.ts): the names annotators leave out sit at
  // every rank, not at the tail (tuning precision 0.87 at rank 1, 0.76 at ranks 6-10, 0.70 at 16-20, 0.58 at 31-40), so
  // every cut from 35 down to 10, fixed or proportional to the body's words, or a minimum of two mentions, lowers F1 on
  // tuning and on held-out 1 (cap 25: tuning P 0.763 -> 0.774, R 0.834 -> 0.792; cap 20: held-out R 0.721 -> 0.679 at
  // equal P). Lifting the cap adds recall on tuning (R 0.851) and nothing on held-out 1.
  return keepSalient(candidates)
    .map(({ signals: _signals, ...e }) => e)
    .slice(0, 40);
}

/**
 * True for a text written in German: its function words outnumber English ones four to one whatever the page declares,
 * or the page declares German and the text does not read English (a German edition's English article, `lang="de"`,
 * capitalises names only, as English does).
 */
// One look-up a word instead of two (a word of both lists counts as German, as it did).
const FUNCTION_WORD_LANGUAGE = new Map<string, 'de' | 'en'>([...[...ENGLISH_FUNCTION_WORDS].map((w) => [w, 'en'] as const), ...[...GERMAN_FUNCTION_WORDS].map((w) => [w, 'de'] as const)]);
function readsGerman(sentences: readonly Sentence[][], declaredGerman: boolean): boolean {
  let german = 0;
  let english = 0;
  for (const paragraph of sentences) for (const s of paragraph) for (const w of s.text.toLowerCase().split(/[^\p{L}]+/u)) {
    const language = FUNCTION_WORD_LANGUAGE.get(w);
    if (language === 'de') german++;
    else if (language === 'en') english++;
  }
  if (declaredGerman) return !(english >= 15 && english > 4 * german);
  return german >= 30 && german > 4 * english;
}

// Companies named with a possessive that the gazetteer spells without its apostrophe ("mcdonalds", "sainsburys") or lacks.
const POSSESSIVE_BRAND = /^(?:Macy|Wendy|Kellogg|Denny|Dillard|Lowe|Kohl|Moody|Sotheby|Christie|Chili|Domino|Hardee|Bloomingdale|Hershey|Levi|Lloyd|Claire|Friendly|Nathan|Dunkin|Culver|Raising Cane|Zale|Carrabba|Bojangle)$/;
// A verb right after "X's": no possessive ("McDonald's said", "Sainsbury's reported"), so the 's is the name's.
const VERB_AFTER_POSSESSIVE = /^[’']s (?:said|says|reported|reports|announced|announces|posted|posts|plans|planned|agreed|agrees|filed|files|will|won't|shares|stock|sales|restaurants|stores|outlets|franchisees)\b/;

/**
 * One-word names the text writes only with a possessive "'s" that belongs to the name: a company named after its founder
 * ("McDonald's", "Sainsbury's", "Macy's") — known by the gazetteer or its own list, or followed somewhere by a verb
 * ("Wendy's said"). Never when the text also writes the bare word ("Smith" … "Smith's car"), or after another capitalised
 * word ("Ronald McDonald's").
 */
const NAME_CHAR = /^[\p{L}-]$/u;
const NOT_BEFORE_NAME = /^[\p{L}\p{N}'’.-]$/u;
const POSSESSOR = /^\p{Lu}[\p{L}-]+$/u;
function possessiveBrands(text: string): Set<string> {
  const out = new Set<string>();
  const names = new Set<string>();
  // The words before a possessive "'s", read back from each apostrophe: what /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}-]+)[’']s\b/gu
  // finds, without trying the look-behind at every position of the text.
  for (const m of text.matchAll(/[’']s\b/g)) {
    const end = m.index!;
    let start = end;
    let before = '';
    while (start > 0) {
      const lo = text.charCodeAt(start - 1);
      const width = lo >= 0xdc00 && lo <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff ? 2 : 1;
      const ch = text.slice(start - width, start);
      if (!NAME_CHAR.test(ch)) {
        before = ch;
        break;
      }
      start -= width;
    }
    if (before !== '' && NOT_BEFORE_NAME.test(before)) continue;
    const word = text.slice(start, end);
    if (POSSESSOR.test(word)) names.add(word);
  }
  if (!names.size) return out;
  const forms = wordForms(text, names);
  for (const name of names) {
    const f = forms.get(name);
    if (!f || f.bare) continue;
    if (f.led > 0 && f.led >= f.count) continue;
    const known = GAZETTEER_ORGANIZATIONS.has(`${name.toLowerCase()}s`) || POSSESSIVE_BRAND.test(name);
    if (known || f.verb) out.add(name);
  }
  return out;
}

interface WordForms {
  /** How often the text writes the word (a mention within 40 characters of the one before is read with it). */
  count: number;
  /** Written once without a possessive "'s" after it. */
  bare: boolean;
  /** A verb after "X's" once ("Wendy's said"). */
  verb: boolean;
  /** How often "X's" comes after another capitalised word ("Ronald McDonald's"). */
  led: number;
}

const CAPITALISED_WORD = /(\p{Lu}[\p{L}-]*(?![\p{L}\p{N}-]))|[\p{L}\p{N}'’-]+/gu;

/** The mentions of `names` in the text with what possessiveBrands weighs of them, read in one pass. */
function wordForms(text: string, names: ReadonlySet<string>): Map<string, WordForms> {
  const out = new Map<string, WordForms>();
  const readUpTo = new Map<string, number>();
  const ledUpTo = new Map<string, number>();
  // (The words /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}-]*(?![\p{L}\p{N}-])/gu finds, read without its look-behind: a run of letters,
  // digits, apostrophes and hyphens that opens no such word is passed over whole; 1.4× faster.)
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const word = m[1];
    if (word === undefined || !names.has(word)) continue;
    const at = m.index!;
    const end = at + word.length;
    let f = out.get(word);
    if (!f) out.set(word, (f = { count: 0, bare: false, verb: false, led: 0 }));
    const possessive = /^[’']s\b/.test(text.slice(end, end + 4));
    if (possessive && at >= 1 && text[at - 1] === ' ' && at >= (ledUpTo.get(word) ?? 0) && /\p{Lu}[\p{L}-]*$/u.test(text.slice(Math.max(0, at - 80), at - 1))) {
      f.led++;
      ledUpTo.set(word, end + 2);
    }
    if (at < (readUpTo.get(word) ?? 0)) continue;
    const after = /^.{0,40}/.exec(text.slice(end, end + 40))![0];
    readUpTo.set(word, end + after.length);
    f.count++;
    if (!/^[’']s\b/.test(after)) f.bare = true;
    else if (VERB_AFTER_POSSESSIVE.test(after)) f.verb = true;
  }
  return out;
}

// What a possessive never opens as one name: a holiday ("Mother’s Day", "New Year’s Eve").
const HOLIDAY_TAIL = /^(?:Day|Eve|Night|Week)$/;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Angie’s" + "List", "Assassin’s" + "Creed", "Sam’s" + "Club", "Tom’s" + "Guide": a given name or a common word in the
 * possessive and the capitalised words after it are one name (a company's, a work's, a shop's) when the text never writes
 * the owner but in the possessive ("Angie’s net loss" is the company's short form), nor the owned name without the owner. A name of its own owns what follows
 * ("NASA’s Jet Propulsion Laboratory", "Vox Media’s Code Media", "Punjab’s Bhatinda", "Google’s Fitbit"), and nothing makes
 * one name with a place, a company, a person's name or a holiday after it ("Putin’s Russia", "Musk’s Tesla", "Mother’s Day").
 */
function possessiveTitles(text: string): (owner: string, rest: string) => boolean {
  const memo = new Map<string, boolean>();
  // The text's lower-case words, read once and only when a possessive run is weighed (most pages have none).
  let lowerWords: Set<string> | null = null;
  const lower = { has: (w: string): boolean => (lowerWords ??= new Set(text.match(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu) ?? [])).has(w) };
  const known = (n: string): boolean => isPlaceName(n) || GAZETTEER_ORGANIZATIONS.has(n.toLowerCase()) || NOT_ENTITIES.has(n) || DEMONYM_SHAPE.test(n) || DEMONYM.test(n);
  return (owner, rest) => {
    const key = `${owner}\u0000${rest}`;
    let out = memo.get(key);
    if (out !== undefined) return out;
    // (Not a pronoun's or an adverb's contraction: "It’s Star Wars", "Here’s Apple".)
    out = /^\p{Lu}\p{Ll}+$/u.test(owner) && !COMMON.has(owner) && !ENGLISH_FUNCTION_WORDS.has(owner.toLowerCase()) && (genderOfGivenName(owner) !== null || COMMON_NOUNS.has(owner.toLowerCase()) || lower.has(owner.toLowerCase())) && !known(owner) && !isHeavenly(owner)
      && !known(rest) && !HOLIDAY_TAIL.test(rest.split(' ').pop()!) && genderOfGivenName(rest.split(' ')[0]!) === null
      && [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRe(owner)}(?![\\p{L}\\p{N}-])(.{0,4})`, 'gu'))].every((m) => /^[’']s\b/u.test(m[1]!))
      && [...text.matchAll(new RegExp(`(.{0,${owner.length + 3}})(?<![\\p{L}\\p{N}-])${escapeRe(rest)}(?![\\p{L}\\p{N}-])`, 'gu'))].every((m) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRe(owner)}[’']s $`, 'u').test(m[1]!));
    memo.set(key, out);
    return out;
  };
}

let candidateObserver: ((candidates: readonly EntityCandidate[]) => void) | null = null;
/** Lets bench/fit-entity-salience.ts see every candidate of a page, before the salience cut, with its signals. */
export function observeEntityCandidates(fn: ((candidates: readonly EntityCandidate[]) => void) | null): void {
  candidateObserver = fn;
}

const NO_ITALICS: ReadonlySet<string> = new Set();
// Colours, which name a model's finish ("– Black (Renewed)", "in Crystal for $39.99"); a person's surname among them is read
// in the full name it is folded into ("Jack Black").
const COLOUR = /^(?:Black|White|Silver|Gold|Yellow|Red|Green|Blue|Pink|Purple|Grey|Gray|Crystal|Midnight|Graphite|Beige|Turquoise|Teal|Maroon|Ivory|Bronze|Rose Gold|Space Gr[ae]y|Jet Black|Matte Black)$/;
// Modifiers that open a sentence before a name (COMMON): "Several Microsoft executives", "Recent Samsung phones", "Former Google CEO …".
const MODIFIER_OPENER = /^(?:Several|Various|Numerous|Recent|Former|Top|(?:Black|Cyber|Super|Giving) (?:Friday|Monday|Tuesday)) \p{Lu}/u;
// The people a rank before a name ranks: "Top Pentagon officials", "Top Democrats aides", "top Apple executives".
const TOP_PEOPLE_AFTER = /^ (?:officials|executives|aides|advisers|advisors|brass|commanders|generals|officers|leaders|lawmakers|diplomats|managers|staff|negotiators|scientists|engineers|lieutenants|deputies|prosecutors)\b/;
const CONTINENT = /^(?:Europe|Asia|Africa|Americas)$/;
// A lower-case word (and a comma) right before a name: the name sits inside a sentence, not in a menu or a heading.
const IN_SENTENCE = /\p{Ll},?\s$/u;
// A web or mail address ("www.ascom.com", "press@acme.org"): its lower-case words are the name's spelling in a link, not
// the text writing the name as a common word.
// What every WEB_ADDRESS match holds ("://", "www." or a stop before a domain, "@"): a sentence without any is not scanned.
const MAY_HOLD_ADDRESS = /@|:\/\/|\.\S/;
/** How many times ", " occurs in the text, counted up to four. */
function commaSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(', '); i >= 0 && n < 4; i = text.indexOf(', ', i + 2)) n++;
  return n;
}
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|gov|edu|info|biz|tv|uk|de|fr|ch|eu|au|ca|in|jp)\b\S*/gu;

/** Every capitalised name of the text, merged across its surface forms, with its salience signals; `italics` are the body's italic texts (entity-works.ts). */
export function entityCandidates(sentences: readonly Sentence[][], trusted: readonly string[] = [], extraNames: readonly string[] = [], title: string | null = null, italics: ReadonlySet<string> = NO_ITALICS): EntityCandidate[] {
  const counts = new Map<string, number>();
  const typeHints = new Map<string, EntityType>();
  // Names read after a title ("President Xi Jinping"): people, whatever their shape.
  const titledPeople = new Set<string>();
  const midSentence = new Set<string>();
  const initialOnly: string[] = [];
  // One-word names that opened a sentence as its subject ("Facebook has banned…"), not after an interjection ("Hey Twitter").
  const openedSentence = new Set<string>();
  const seen = new Map<string, Occurrence[]>();
  // "Ministry of Trade, Industry and Energy (MOTIE)": an acronym in brackets right after a name is that name's.
  const bracketed = new Map<string, string>();
  // Acronyms the text defines from common words ("hypersensitivity pneumonitis (HP)").
  const terms = new Set<string>();
  const placeForms = new Map<string, string>();
  const lowerWords = new Set<string>();
  for (const paragraph of sentences) for (const s of paragraph) for (const w of (MAY_HOLD_ADDRESS.test(s.text) ? s.text.replace(WEB_ADDRESS, ' ') : s.text).split(/[^\p{L}-]+/u)) if (w !== '' && w === w.toLowerCase()) lowerWords.add(w);
  const allText = sentences.map((p) => p.map((s) => s.text).join(' ')).join('\n');
  const possessiveNames = possessiveBrands(allText);
  const possessiveTitle = possessiveTitles(allText);
  // Multi-word runs opening a clause with a word that may be a common one ("Following Assange", "Rival Lowe"): decided once
  // every mid-sentence name is known.
  const openers: { name: string; occ: Occurrence }[] = [];
  let order = 0;
  const add = (name: string, occ: Occurrence, counted: boolean): void => {
    const list = seen.get(name);
    if (list) list.push(occ);
    else seen.set(name, [occ]);
    if (!counted) initialOnly.push(name);
    else {
      midSentence.add(name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  };
  const schedule = scheduleLines(sentences);
  sentences.forEach((paragraph, pi) => {
    if (schedule.has(pi)) return;
    for (const text of entitySentences(paragraph, pi >= sentences.length - 3)) {
      const labelLine = paragraph.length === 1 && isLabelLine(text);
      const runs = entityRuns(text, possessiveTitle);
      // (A sentence of one word, "Ouch.", "Wow.", ends with its stop: the word opens it as any sentence's first word does.)
      const firstWord = (text.replace(/^[^\p{L}]+/u, '').split(/\s/)[0]?.replace(/[^\p{L}\p{N}.&-]+$/u, '') ?? '').replace(/(?<=\p{Ll}{2})\.$/u, (dot) => (/^\S+$/.test(text.trim()) ? '' : dot));
      let from = 0;
      // Enumerations of five names or more ("Italy, Canada, Ireland, Japan, Brazil, Australia, New Zealand, and the United States").
      // (LONG_LIST needs four ", " at least: most sentences are not scanned.)
      const lists = commaSpaces(text) >= 4 ? [...text.matchAll(LONG_LIST)].map((m) => [m.index!, m.index! + m[0].length] as const) : [];
      let prev: { name: string | null; end: number } = { name: null, end: -1 };
      // The state after a town comes as a run of its own, read inside the town's ("in Portland, Oregon, …"), unless the pair
      // opens the sentence as a dateline does ("SANTA FE, N.M. (AP) —", "Greenbelt, Maryland:").
      let townAtStart = false;
      // The end of a work's title read mid-sentence (see TITLE_OPENER): its later words are the title's, not names.
      let titleEnd = -1;
      const items = runs.flatMap((r): [string, EntityType | null, boolean][] => {
        const town = townOf(r);
        if (!town) return splitRole(r).map(([n, t]) => [n, t, false]);
        const state = r.slice(town.length + 2);
        return isPlaceName(state) ? [[r, 'place', false], [state, 'place', true]] : [[r, 'place', false]];
      });
      items.forEach(([run, roleType, inTown]) => {
        if (inTown && townAtStart) return;
        const found = text.indexOf(run, inTown ? from - run.length : from);
        const at = found >= 0 ? found : text.indexOf(run);
        if (found >= 0) from = found + run.length;
        const inBrackets = at > 0 && /^\p{Lu}{2,6}$/u.test(run) && ((text.slice(prev.end, at) === ' (' && text[at + run.length] === ')')
          // "the Guardians of Peace, or GOP,": an acronym after ", or" that spells the name before it is that name's.
          || (text.slice(prev.end, at) === ', or ' && prev.name !== null && spells(run, prev.name) && /^(?:[,.;:)]|\s|$)/.test(text.slice(at + run.length, at + run.length + 1))));
        const acronymAfter = ACRONYM_AFTER.exec(text.slice(at + run.length));
        const spelledOut = acronymAfter !== null && spells(acronymAfter[1]!, run.replace(/^(?:The|A|An)\s/, ''));
        const postal = POSTAL.test(run) && text.slice(at - 2, at) === ', ';
        // A continent is a section's name in the page's menus, and a place in a sentence: "throughout Europe", "in Africa".
        if (at < titleEnd) return;
        if (TITLE_OPENER.test(run) && /\p{Ll}\s$/u.test(text.slice(0, at))) {
          titleEnd = at + run.length + (TITLE_REST.exec(text.slice(at + run.length))?.[0].length ?? 0);
          return;
        }
        // "Top Pentagon officials", "top Google executives": a rank before a name and the plural of the people it ranks.
        // ("Top Gear presenters" names the show: a rank before one word only, no known name after it, stays.)
        const ranked = /^Top \p{Lu}/u.test(run) && / /.test(run.slice(4)) === false && TOP_PEOPLE_AFTER.test(text.slice(at + run.length)) ? run.slice(4) : run;
        const clean = (inBrackets && !prev.name) || postal ? null : cleanRun(ranked, spelledOut) ?? (CONTINENT.test(run) && IN_SENTENCE.test(text.slice(Math.max(0, at - 30), at)) ? run : null);
        // "Zabul province", "Hoa Lo prison", "the Afghan government", "Forest Hill police": a common noun after a place's
        // name makes the name of the place or of its institution.
        // A demonym alone is no name, but names an institution with its head: "the French foreign ministry".
        const base = clean ?? (DEMONYM.test(run) ? run : null);
        const headed = base && base.split(' ').length <= 3 ? LOWER_HEAD.exec(text.slice(at + run.length)) : null;
        // (Only a ministry or an authority is named after a possessive: not "China's government".)
        // (After a demonym read as an adjective, only a ministry or an authority: "the Chinese government", "British police"
        // took as many unlisted names as listed ones.)
        const head = headed && (headed[1] === ' ' || / /.test(headed[2]!)) && (clean !== null || / /.test(headed[2]!)) ? headed : null;
        // "McDonald's said …": a company named with its founder's possessive keeps it (see possessiveBrands).
        const brand = !head && clean !== null && possessiveNames.has(clean) && /^[’']s\b/.test(text.slice(at + run.length));
        const name = head ? `${base}${head[1]!}${head[2]!}` : brand ? `${clean}${text.slice(at + run.length, at + run.length + 2)}` : clean;
        if (head) typeHints.set(name!, PLACE_HEAD.test(head[2]!) ? 'place' : 'organization');
        if (head && PLACE_HEAD.test(head[2]!)) placeForms.set(name!, clean!);
        if (!inTown && townOf(run)) townAtStart = at === text.search(/\p{L}/u) || /[:—–]\s*$/.test(text.slice(0, at));
        const town = name && !inTown ? townOf(name) : null;
        if (town) placeForms.set(name!, town);
        const previous = prev.name;
        prev = { name, end: at + run.length };
        if (!name) return;
        if (inBrackets && previous && previous.includes(' ')) bracketed.set(name, previous);
        if (roleType) typeHints.set(name, roleType);
        if (roleType === 'person') titledPeople.add(name);
        const lead = at > 0 ? text.slice(Math.max(0, at - 24), at) : '';
        const end = at + run.length + (head ? head[0].length : brand ? 2 : 0);
        const after = at >= 0 ? text.slice(end, end + 40) : '';
        // “Star Wars,” “We’re Not Gonna Take It”: a name filling a quotation alone is a title or a slogan.
        if (isTitleMention(lead, after) || isInQuotedTitle(text, at, end)) return;
        // A column's name opening the text before a colon is its kicker, not a name of the news ("Brussels Beat: The common
        // challenge…", "The Saturday Essay: Despite…").
        if (/^(?:The )?$/.test(text.slice(0, at)) && after.startsWith(':') && COLUMN_KICKER.test(name)) return;
        if (/(?: \(|, or )$/.test(text.slice(0, at)) && (/^\p{Lu}{2,6}$/u.test(name) || INITIALS_AMPERSAND.test(name)) && isDefinedTerm(name, text.slice(0, at))) terms.add(name);
        // "Harrisburg, PA", "Elkton, MD": a town before a state's postal abbreviation.
        const postalAfter = /^, (\p{Lu}{2})\b/u.exec(after);
        if (postalAfter && POSTAL.test(postalAfter[1]!) && !typeHints.has(name)) typeHints.set(name, 'place');
        else if (!name.includes(' ')) {
          // A one-word name's shape says little; its context says less ("staff at Alibaba"): the gazetteer and speakers decide.
        } else if (/\b(?:in|near|across|outside)\s$/.test(lead)) typeHints.set(name, 'place');
        else if (/\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|President|CEO|executive|chief|minister|spokes\w+|analyst|said)\.?\s$/i.test(lead) && !typeHints.has(name)) typeHints.set(name, 'person');
        // "(AP) — …", "(Reuters) -": the wire agency of a dateline is named, not a capitalised sentence opener; so is the
        // outlet a round-up credits alone in square brackets after an excerpt ("[Engadget] Stadia isn't a console.").
        const agency = at > 0 && ((text[at - 1] === '(' && text[at + run.length] === ')') || (text[at - 1] === '[' && text[at + run.length] === ']'));
        // ("The FBI came…": the sentence opens with the article, so the name after it is no capitalised opener.)
        // ("Several Microsoft executives", "Recent Samsung phones": a modifier opens the sentence, the name after it is capitalised for itself.)
        const atStart = !agency && !(MODIFIER_OPENER.test(run) && !name.startsWith(run.slice(0, run.indexOf(' '))) && run.endsWith(name)) && run.startsWith(firstWord) && firstWord !== '' && at === text.search(/\p{L}/u) && !(ARTICLE_OPENER.test(run) && run.replace(ARTICLE_OPENER, '') === name);
        // After a colon or a dash a clause opens as a sentence does: "Washington, DC: Getting to the Moon…", "Ryan S. Hollman: Dealing in…".
        // So does a quotation opened inside a sentence: the phrase read: “Removing Acme Labs from the market.”
        const clauseStart = atStart || /(?:^|[:—–]|\s-)\s*$|(?:^|\s)[“"‘]$/.test(lead);
        // One capitalised word opening a sentence or heading that reads as a common word form (a gerund, a plural, an adverb):
        // "Getting", "Hours", "Lawmakers". Mid-sentence the same shape is a name ("Boeing", "Reading").
        // (Unless an apposition gives its kind: "Womply, a startup based in …".)
        // (Nor a name the lexicons know: "Boeing hires 500 engineers".)
        if (clauseStart && !name.includes(' ') && COMMON_FORM.test(name) && !KIND_AFTER.test(after) && !isKnownName(name)) return;
        // Link text glued to the word before it ("saidOpens a new window"): a word of the text, then a capital.
        if (isGluedWord(name, lowerWords)) return;
        // (The run may have ended with the office, "Hawaii Rep": what follows is read after the name itself.)
        const office = text.startsWith(name, at) && OFFICE_AFTER.test(text.slice(at + name.length, at + name.length + 40));
        const inList = lists.some(([a, b]) => at >= a && at < b);
        const occ: Occurrence = { paragraph: pi, order: order++, lead, after, atStart, product: isProductMention(name, lead, after), office, inList, example: isExampleMention(text.slice(0, at), after), likeList: isLikeListMention(text.slice(Math.max(0, at - 160), at), after), label: labelLine, work: isWorkListMention(text.slice(0, at)), determined: ARTICLE_OPENER.test(run) && !ARTICLE_OPENER.test(name) };
        // (A stop inside closing quotation marks ends a sentence the splitter kept going: "still “cutting edge.” Ouch.")
        const opens = atStart || (run === name && /[.!?][”"’]\s+$/.test(lead));
        if (clauseStart && name.includes(' ') && name.startsWith(`${run.split(' ')[0]!} `) && mayBeCommon(name.split(' ')[0]!, lowerWords)) openers.push({ name, occ });
        // A clause opened after a colon ("Q: Favorite apps?", "A: Junior") capitalises its first word as a sentence does; a
        // ranked list's label ("Fifth: Orvane", "3: Finland") is followed by the name it ranks.
        else add(name, occ, brand || !((opens || (/:\s*$/.test(lead) && !LIST_LABEL.test(lead))) && !name.includes(' ')) || (opens && run === name && namesItself(name, after, lowerWords)));
        if (opens && (run === name || brand)) openedSentence.add(name);
      });
    }
  });
  // "Following Assange", "Rival Lowe": the opening word is the sentence's, unless the whole run is also written mid-sentence.
  for (const { name, occ } of openers) {
    const rest = cleanRun(name.slice(name.indexOf(' ') + 1));
    const restKnown = rest !== null && (midSentence.has(rest) || [...midSentence].some((n) => n.endsWith(` ${rest}`)));
    // ("Billionaire Google executive…", "Developer Valve said": a kind of person or company titles the name after it.)
    if (midSentence.has(name) || isPlaceName(name) || rest === null || opensOwnName(name, rest, restKnown) || !(restKnown || isVerbForm(name.split(' ')[0]!) || isLeadingKind(name.split(' ')[0]!))) add(name, occ, true);
    else add(rest, occ, true);
  }
  // A one-word name that only ever opens sentences ("Officials said…") is counted only if it also appears mid-sentence
  // or is a known place ("1. Finland 2. Norway") or organisation ("Facebook has banned all advertising…", named once:
  // the company of the news, lost before).
  // A surname opening a sentence ("Shihipar said…") counts when the full name appears.
  const multi = [...counts.keys()].filter((n) => n.includes(' '));
  const known = (name: string): boolean =>
    midSentence.has(name) || trusted.includes(name) || multi.some((n) => n.endsWith(` ${name}`) || (/ (?:al|el)-/.test(n) && n.endsWith(`-${name}`))) || isPlaceName(name) || (openedSentence.has(name) && GAZETTEER_ORGANIZATIONS.has(name.toLowerCase()))
    // "Apple releases iOS 7.1", "Obama kicks off …", "GM hires law firms": a name the lexicons know, or a company's initials,
    // opening a sentence as its subject, before its verb ("Officials", "Shares" are no name the lexicons know).
    // (Initials before a modal are a disclaimer's as often: "BGR may receive a commission".)
    || (openedSentence.has(name) && !lowerWords.has(name.toLowerCase()) && (isKnownName(name) || (/^\p{Lu}{2,4}$/u.test(name) && !isCommonAcronym(name, allText)))
      && (seen.get(name) ?? []).some((o) => o.atStart && VERB_AFTER.test(o.after.replace(AND_NAME, '')) && (isKnownName(name) || !MODAL_AFTER.test(o.after))));
  for (const name of initialOnly) if (known(name)) counts.set(name, (counts.get(name) ?? 0) + 1);

  // A planet is no short form of the probe or lander named after it ("Jupiter" of "Galileo Jupiter").
  for (const name of [...counts.keys()]) if (isHeavenly(name)) counts.delete(name);
  // A model or an edition of a product ("MacBook Pro", "Chromecast Ultra", "Premiere Edition", "Apple Vision Pro") and its
  // short forms ("MacBook", "Vision Pro"), taken out before the maker's name ("Apple") could be folded into it; a one-word
  // stem named more often than the model is the maker's ("Twitter" of "Twitter Lite").
  // A model named only with its model year ("the 2021 Ford Mustang Mach-E"), taken out before its maker ("Ford said") is folded into it.
  for (const name of [...counts.keys()]) if (name.includes(' ') && seen.get(name)?.length && seen.get(name)!.every((o) => isModelYearMention(o.lead, o.after))) counts.delete(name);
  for (const name of [...counts.keys()]) {
    if (!MODEL_SUFFIX.test(name)) continue;
    const suffix = name.slice(name.lastIndexOf(' '));
    const stem = name.slice(0, -suffix.length);
    const words = name.split(' ');
    const n = counts.get(name)!;
    counts.delete(name);
    for (let i = 1; i < words.length - 1; i++) counts.delete(words.slice(i).join(' '));
    for (let i = 1; i < words.length - 1; i++) counts.delete(words.slice(i, -1).join(' '));
    if (stem.includes(' ') || (counts.get(stem) ?? 0) <= n) counts.delete(stem);
    counts.delete(suffix.trim());
  }
  // "SWITZERLAND" in a heading is "Switzerland".
  for (const name of [...counts.keys()]) {
    if (!/^[\p{Lu} ]{4,}$/u.test(name)) continue;
    const plain = name.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
    if (plain === name || !counts.has(plain)) continue;
    counts.set(plain, counts.get(plain)! + counts.get(name)!);
    counts.delete(name);
  }
  // "Browns-Steelers", "Israel-Hamas": two names the text (or the lexicon) knows on their own, joined by a hyphen, name a match,
  // a rivalry or a war between them, not a third actor ("Hewlett-Packard", "Coca-Cola": the parts are no names of their own).
  for (const name of [...counts.keys()]) {
    const parts = /^(\p{Lu}[\p{L}.]+)-(\p{Lu}[\p{L}.]+)$/u.exec(name);
    if (parts && parts.slice(1, 3).every((p) => counts.has(p) || isPlaceName(p) || GAZETTEER_ORGANIZATIONS.has(p.toLowerCase()))) counts.delete(name);
  }
  // "Black Friday", "Cyber Monday": a day's name is a date, not an actor.
  for (const name of [...counts.keys()]) {
    const words = name.split(' ');
    if (words.length === 2 && DAY_NAME.test(words[0]!) && WEEKDAY.test(words[1]!)) counts.delete(name);
  }
  const speakers = new Set(extraNames);
  const aliases = mergeForms(counts, bracketed, isPlaceName, (w) => lowerWords.has(w.toLowerCase()), (n) => titledPeople.has(n), (n) => speakers.has(n));
  // "Angie" of "Angie’s List" ("Angie’s net loss"): the owner alone is the joined name's short form (possessiveTitles).
  for (const name of [...counts.keys()]) {
    const owner = /^(\p{Lu}\p{Ll}+)[’']s \p{Lu}/u.exec(name)?.[1];
    if (!owner || !counts.has(owner) || !possessiveTitle(owner, name.slice(owner.length + 3))) continue;
    counts.set(name, counts.get(name)! + counts.get(owner)!);
    counts.delete(owner);
    aliases.set(name, new Set([...(aliases.get(name) ?? []), owner, ...(aliases.get(owner) ?? [])]));
    aliases.delete(owner);
  }
  // "Qinghai" and "Qinghai province" are one place.
  for (const [full, bare] of placeForms) {
    if (!counts.has(full)) continue;
    if (counts.has(bare)) {
      counts.set(full, counts.get(full)! + counts.get(bare)!);
      counts.delete(bare);
    }
    aliases.set(full, new Set([...(aliases.get(full) ?? []), bare, ...(aliases.get(bare) ?? [])]));
    aliases.delete(bare);
  }
  // One word shaped like an adjective of nationality ("Swedish", "Ecuadorean", "Americans") that no longer name
  // took as its short form ("Meridian" of "Meridian Pharma") is an adjective.
  for (const name of [...counts.keys()]) if (!name.includes(' ') && DEMONYM_SHAPE.test(name) && !PLACES_LIKE.test(name)) counts.delete(name);
  // "South Korean", "South Dakotans": a place's name with a demonym's ending.
  for (const name of [...counts.keys()]) if (/[^s]ns?$/.test(name) && isPlaceName(name.replace(/ns?$/, ''))) counts.delete(name);
  // People of a place or a creed, in the plural: "New Yorkers", "New Zealanders", "African Americans", "Tunisian Islamists".
  for (const name of [...counts.keys()]) {
    const words = name.split(' ');
    if (words.length > 1 && /s$/.test(name) && ((/ers$/.test(name) && isPlaceName(name.slice(0, -3))) || words.every((w) => DEMONYM.test(w) || DEMONYM_SHAPE.test(w)))) counts.delete(name);
  }
  // Names every mention of which is a product's ("Dreamliner jets") or a title among works of its kind ("franchises such as Tomb Raider"), a class named by an acronym ("SUVs"), a work, a plan or a planet.
  for (const name of [...counts.keys()]) {
    const occurrences = [name, ...(aliases.get(name) ?? [])].flatMap((f) => seen.get(f) ?? []);
    // (A name the article calls a product, "a product called WibiData", is one however it acts — unless it speaks, as a
    // company does, or the text also calls it a company.)
    const calledProduct = occurrences.some((o) => isCalledProduct(o.lead)) && !occurrences.some((o) => SPEECH_AFTER.test(o.after) || KIND_AFTER.test(o.after)) && !extraNames.includes(name) && !GAZETTEER_ORGANIZATIONS.has(name.toLowerCase());
    // ("Apple iPhone 7, 32GB – Black (Renewed)", "DualShock Controller in Crystal": a colour alone is a model's, not a name.)
    const colour = COLOUR.test(name) && !extraNames.includes(name) && !trusted.includes(name);
    if (colour || calledProduct || (occurrences.length && occurrences.every((o) => o.product || o.work)) || isCommonAcronym(name, allText) || isKnownProduct(name) || isCamelProduct(name, occurrences, allText) || isAcronymNoun(name, occurrences) || isWorkName(name) || terms.has(name)) counts.delete(name);
    // A title the page sets in italics ("<i>The Phantom Menace</i>"), not a periodical's, a person's or a place's.
    else if (!extraNames.includes(name) && isItalicWork([name, ...(aliases.get(name) ?? [])], occurrences, italics, hasOrgWord, (w) => genderOfGivenName(w) !== null, isPlaceName)) counts.delete(name);
    // A piece of a longer italic title ("Tomb Raider" of "<em>Rise of the Tomb Raider</em>").
    else if (!extraNames.includes(name) && !trusted.includes(name) && isItalicTitleFragment([name, ...(aliases.get(name) ?? [])], occurrences, italics, hasOrgWord)) counts.delete(name);
  }
  for (const t of trusted) if (!counts.has(t) && isTrustedName(t)) counts.set(t, 1);
  const trustedSet = new Set(trusted);
  const people = new Set(extraNames);
  const paragraphs = sentences.length;
  const pageWords = allText.split(/\s+/).length;
  return [...counts.entries()]
    .map(([name, mentions]) => {
      const forms = [name, ...(aliases.get(name) ?? [])];
      const occurrences = forms.flatMap((f) => seen.get(f) ?? []);
      // (The words around every mention speak when no single mention's did: "singer Lorde", "from prison in Rochdale".)
      const type = entityType(name, people, typeHints.get(name) ?? contextType(name, occurrences), lowerWords);
      const thing = namesNoActor(name, occurrences, { type, speaker: forms.some((f) => people.has(f)), trusted: trustedSet.has(name), titled: forms.some((f) => titledPeople.has(f)), anchored: forms.length > 1 });
      return {
        thing,
        name, type, mentions, aliases: withBareDomain(name, [...(aliases.get(name) ?? [])]),
        signals: salienceSignals(name, forms, type, occurrences, { title, paragraphs, words: pageWords, trusted: trustedSet.has(name), speaker: forms.some((f) => people.has(f)), lowerWords }),
      };
    })
    // A product, a feature or a work in a person's or an organisation's shape, that no mention shows acting (entity-evidence.ts).
    .filter(({ thing }) => !thing)
    .map(({ thing: _thing, ...c }) => c)
    .sort((a, b) => b.mentions - a.mentions || Number(trustedSet.has(b.name)) - Number(trustedSet.has(a.name)) || a.name.localeCompare(b.name));
}

const ARTICLE_OPENER = /^(?:The|A|An) /;
// The last word of a column's or a newsletter's name.
const COLUMN_KICKER = /\s(?:Beat|Essay|Column|Diary|Blog|Notebook|Briefing|Dispatch|Digest|Roundup|Explainer|Memo|Sketch|Takeaways?|Newsletter)$/;
// A capitalised pronoun, preposition or verb form opening a run inside a sentence opens a work's title, whose words are
// not names: "It Happened One Night" (not "Happened One Night"), "Being John Malkovich", "From Dictatorship to Democracy:
// A Conceptual Framework for Liberation". (Not "The": "The New York Times" opens a name.)
// (Not "No", "All", "Of": "the No Lean Season program", "All Nippon Airways", "Of Montreal".)
const TITLE_OPENER = /^(?:It|From|Being|Into|With|Without|When|Why|How|What|Where|Who|Is|Are|Was|Do|Does|Did|Will|Can|My|Your|Our|His|Her|Their|We|You|They|He|She|I|Me|Let|Get|Make|Take|Give|Find|If|This|That) \p{Lu}/u;
// The rest of such a title: capitalised words, the small words of a title and a colon before a subtitle.
const TITLE_REST = /^(?:(?::| (?:to|for|the|of|and|a|an|in|on|at|by|with|from|vs\.?|v\.))* \p{Lu}[\p{L}\p{N}’'-]*)*/u;

/** "Edmunds.com" is also "Edmunds": the name without its domain is a shorter form of it. */
function withBareDomain(name: string, aliases: string[]): string[] {
  const bare = /^(\p{Lu}[\p{L}\p{N}-]+)\.(?:com|net|org|co\.uk|io)$/iu.exec(name)?.[1];
  return bare && !aliases.includes(bare) ? [...aliases, bare] : aliases;
}

/** A JSON-LD `about` that is a name, not a sentence of description ("He was beloved by Neil Gaiman and …") or a tag ("sport"). */
function isTrustedName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 8 && /\p{Lu}/u.test(name) && !/[?!;]|[.,]\s/.test(name) && words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w) && w !== 'and').length <= 1;
}

// A finite verb after a sentence's subject: "Apple releases", "GM hires", "Obama kicks off", "Boeing won", "Apple will" (not
// "CPI rose", "GDP grew": an index's moves are left out, as in ACTION_AFTER).
const VERB_AFTER = /^ (?:(?:also|now|then|later|quickly|recently|again) )?(?:[\p{Ll}]{2,}(?<!ss|us|is|ics)s|[\p{Ll}]{2,}ed|won|sold|built|led|spoke|took|made|got|gave|bought|sought|said|told|has|had|is|was|will|would|can|could|may|might|must|should|won['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t)\b/u;
const MODAL_AFTER = /^ (?:may|might|can|could|would|should|must)\b/;
// "Amazon and Meta also reported results": a second name joined to the subject, before the verb.
const AND_NAME = /^ (?:and|&) \p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)?(?= )/u;
// Verbs of speech right after a sentence's subject: "Womply said", "Acme told Reuters".
const SPEECH_AFTER = /^ (?:said|says|told|announced|confirmed|declined|denied|explained|responded)\b/;
// A company's or an agency's act right after its name ("Sbarro filed for bankruptcy", "Chiquita agreed to merge", "Metro-North
// plans …"); a market's moves ("rose", "fell") are left out: "Nikkei rose" is an index.
const ACTION_AFTER = /^ (?:files|filed|plans|planned|agreed|agrees|posted|posts|launched|launches|unveiled|unveils|acquired|acquires|bought|buys|sued|sues|rejected|rejects|combines|combined|merged|hired|fired|settled|settles|delays|delayed|vows|vowed|warned|warns|cuts|slashed|slashes|recalled|recalls)\b/;
// A common noun's ending, which an act may follow as well ("Management agreed", "Security fired", "Leadership plans").
const ABSTRACT_NOUN = /(?:ment|ance|ence|ity|ship|ism|ure|age|ion|ery|ness|dom|hood|ure)$/;
// ("added", "noted", "wrote", "reported" also open a heading: "Correction added Nov. 18: …".)
const INITIALS_AMPERSAND = /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u;

/**
 * A one-word name opening its sentence whose sentence says it is a name: an apposition of its kind ("Womply, a startup
 * based in …"), a possessive ("Nintendo's president"), a speech verb ("Fitbit said"), or initials joined by an ampersand
 * ("AT&T and Verizon cut prices"). Not a common word capitalised: one the article writes in lower case, a common noun
 * ("Square's"), a plural ("Officials said", "Analysts say") or a function word ("Its", "Today's").
 */
function namesItself(name: string, after: string, lowerWords: ReadonlySet<string>): boolean {
  if (INITIALS_AMPERSAND.test(name)) return true;
  const lower = name.toLowerCase();
  if (!/^\p{Lu}[\p{L}-]+$/u.test(name) || /s$/.test(name) || COMMON.has(name) || NOT_ENTITIES.has(name) || FURNITURE.has(name) || lowerWords.has(lower) || COMMON_NOUNS.has(lower)) return false;
  // (An apposition of its kind outweighs an adverb's or a participle's shape: "Womply, a startup", "Tilted, a game studio".)
  if (KIND_AFTER.test(after)) return true;
  // (A relative clause of a person or an actor after it names it too: "Liverpool, who drew with Brighton, are second".)
  return !COMMON_FORM.test(name) && !VERB_FORM.test(name) && (/^[’']s\s/.test(after) || /^, who\b/.test(after) || SPEECH_AFTER.test(after) || (ACTION_AFTER.test(after) && !ABSTRACT_NOUN.test(name) && genderOfGivenName(name) === null));
}

// Words that open a sentence as often as a name does: a verb form ("Following", "Dubbed") or a word the article writes in lower case.
function mayBeCommon(word: string, lowerWords: ReadonlySet<string>): boolean {
  return isVerbForm(word) || isLeadingKind(word) || lowerWords.has(word.toLowerCase());
}
const LIST_LABEL = /(?:\d|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last|Winner|Runner-up)\)?:\s*$/;
const VERB_FORM = /^\p{Lu}[\p{Ll}-]{2,}(?:ing|ed|ly)$/u;
/**
 * "United Nations", "United Airlines", "Advanced Micro Devices", "Armed Forces": an adjective in -ed opening a sentence is the
 * name's own first word when the rest is no name the text writes alone and reads as no name by itself (two words or more,
 * a plural, an organisation's word), or when the lexicon knows the whole name. ("Following Calder", "Asked Smith": cut.)
 */
// The adjectives in -ed that open institutions' and companies' names (a verb opening a changelog's line, "Added Rabbits", is none).
const NAME_ADJECTIVE = /^(?:United|Advanced|Allied|Applied|Armed|Associated|Consolidated|Integrated|Federated|Amalgamated|Affiliated|Combined|Automated|Accredited|Chartered|Licensed|Registered)$/;
function opensOwnName(name: string, rest: string, restKnown: boolean): boolean {
  if (GAZETTEER_ORGANIZATIONS.has(name.toLowerCase())) return true;
  return !restKnown && NAME_ADJECTIVE.test(name.slice(0, name.indexOf(' '))) && (rest.includes(' ') || /\p{Ll}s$/u.test(rest) || hasOrgWord(rest));
}

/** "Following", "Asked", "Finally": a verb's or an adverb's form — not a given name of that shape ("Ahmed", "Emily", "Alfred"). */
function isVerbForm(word: string): boolean {
  return VERB_FORM.test(word) && genderOfGivenName(word) === null;
}


/**
 * The sentences of a paragraph as names are read from them: a sentence that a middle initial ended
 * ("… driven by Jonathan P." + "Blair, 29, …") joins the next one; credit lines and timestamps are
 * dropped, and a reporter's biography among the `closing` paragraphs; a hover card glued into the text ("Ilhan OmarIlhan OmarHillicon Valley: … MORE") is cut out.
 */
function entitySentences(paragraph: readonly Sentence[], closing = false): string[] {
  if (closing && paragraph.length && isStaffBiography(paragraph[0]!.text)) return [];
  // An entry of a reference list ("Moerman, D. E. (1998). Native American Ethnobotany. Portland: Timber Press."): its
  // authors and publishers are the sources of the page, not its news.
  const whole = paragraph.map((s) => s.text).join(' ');
  if (REFERENCE_ENTRY.test(whole) || (whole.length <= 400 && JOURNAL_CITATION.test(whole))) return [];
  const out: string[] = [];
  for (const s of paragraph) {
    const last = out[out.length - 1];
    if (last !== undefined && /\b\p{Lu}\p{Ll}+ \p{Lu}\.$/u.test(last) && /^\p{Lu}\p{Ll}+\b/u.test(s.text)) out[out.length - 1] = `${last} ${s.text}`;
    else out.push(s.text);
  }
  // A line of links or contacts ("Hillicon Valley: … | Senators call for … | …", "1625 K Street | 202-628-8500 tel | …") is furniture.
  return out.map(cutHoverCards).filter((t) => !isCreditSentence(t) && !isListing(t) && !TIMESTAMP_LINE.test(t) && !PROMO_LINE.test(t) && !isTitleCaseHeading(t) && (t.match(/ \| /g)?.length ?? 0) < 2);
}

/**
 * A paragraph that is a label, not a sentence: a few words and no stop ("DCR Post Here", "Pioneer Power Meters", "Tacx NEO
 * Smart 2017 Edition", "Frequently Asked Questions:"), as a table's cells, a list of products or a heading give them.
 */
export function isLabelLine(text: string): boolean {
  // (An aside in brackets may close it: "Coros Linx Smart Helmet (what I use)".)
  let t = text.trim();
  const aside = t.endsWith(')') ? /\s*\([^()]*\)$/u.exec(t) : null;
  if (aside && /\p{L}/u.test(t.slice(0, aside.index))) t = t.slice(0, aside.index);
  // ("[Engadget]", "(AP)": an outlet credited in brackets for the excerpt around it names a source, not a cell; "— Robert
  // Maguire (@RobertMaguire_) November 18, 2019" signs an embedded post.)
  // ("Saying it to Irritate?": a heading may ask, "When in Doubt, Leave it Out" leave a title's small words in lower case.)
  if (/[.!…"”’)\]]$/.test(t) || /^[[(—–-]/.test(t)) return false;
  const words = t.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  if (t.endsWith('?')) return words.length >= 2 && words.length <= 6 && lower.every((w) => HEADING_SMALL.test(w));
  return words.length >= 1 && words.length <= 6 && (lower.length <= 1 || lower.every((w) => HEADING_SMALL.test(w)));
}

// The small words a heading in title case leaves in lower case.
const HEADING_SMALL = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|it|is|vs\.?)[,:]?$/;
const REFERENCE_ENTRY = /^\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\. ?){1,3}.{0,200}\((?:19|20)\d{2}[a-z]?\)\./u;
// A journal reference in the medical style, its year, volume and pages run together ("Ruskin KJ, Hueske-Kraus D. Curr Opin
// Anaesthesiol. 2015; 28: 685-690.", "Lancet 2019;393(10170):447-92"): a short paragraph holding one is a note's entry, whose
// authors and journal are the page's sources.
const JOURNAL_CITATION = /\b(?:19|20)\d{2}[a-z]?\s?;\s?\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?[eS]?\d{1,6}(?:[-–]\d{1,6})?\b(?!\s?(?:a\.m|p\.m|am|pm)\b)/u;

// A date heading each entry of a list ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL June 10 -- …").
const LIST_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/g;

/**
 * A schedule or a table run into one sentence (tour dates, fixtures): three dated entries or more, and hardly a word
 * in lower case. Its venues and towns are where things happen, not what the article is about.
 */
function isListing(text: string): boolean {
  if ((text.match(LIST_DATE)?.length ?? 0) < 3) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length / 4;
}

/**
 * A schedule written one entry a line ("June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL" over "June 14 -- Ameris Bank
 * Amphitheatre, Alpharetta, GA"): three paragraphs or more in a row, each a dated entry hardly written in lower case — the listing
 * isListing reads when the lines run into one sentence. A timeline of prose ("June 10 — The council voted to …") is not one.
 */
function scheduleLines(sentences: readonly Sentence[][]): Set<number> {
  const entry = sentences.map((p) => {
    const text = p.map((s) => s.text).join(' ');
    if ((text.match(LIST_DATE)?.length ?? 0) !== 1 || text.length > 200) return false;
    const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    return words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length / 4;
  });
  const out = new Set<number>();
  for (let i = 0; i < entry.length; ) {
    let j = i;
    while (j < entry.length && entry[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out.add(k);
    i = j === i ? i + 1 : j;
  }
  return out;
}

// "Follow Newsbeat on Instagram, Facebook…", "Join our Space Forums…", "Sign up for…": the page's calls to action; a feed's
// footers and links ("Read more of this story at Slashdot.", "» E-Mail This", "Continue reading…", "Read full article >>",
// "From the archives: Batman vs. Superman - …"); a related headline's link ("Transfer deadline day – live!", "Storm hits
// coast – video").
const PROMO_LINE = /^(?:(?:Follow|Join|Sign up|Subscribe|Download|Listen to|Like us|Read more|Read (?:the )?(?:full|whole|rest of the) (?:article|story|post)|Continue reading|[»›]?\s*E-?[Mm]ail [Tt]his|The post .{1,200} appeared first on)\b|From the archives:)|\s[–—-] (?:live!?|video|audio|report|podcast|in pictures|as it happened)$/;
// "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET".
const TIMESTAMP_LINE = /\b(?:published|updated|posted)\b.{0,40}\b\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)/i;

/**
 * Removes a card of links glued to the name it repeats, up to its "MORE" link: "Rep. Ilhan OmarIlhan OmarHillicon Valley: … MORE (D-Minn.)"
 * → "Rep. Ilhan Omar (D-Minn.)", "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor … MORE" → "Gov. Kristi Noem".
 */
function cutHoverCards(text: string): string {
  return text.includes(' MORE') ? text.replace(/(\p{Lu}\p{Ll}+)((?: \p{Lu}[\p{L}-]+)+)\1(?=[\s\p{Lu}]).*? MORE\b/gu, '$1$2') : text;
}


function countKnown(sentences: readonly Sentence[][], names: readonly string[]): Entity[] {
  const unique = [...new Set(names)];
  const text = sentences.map((p) => p.map((s) => s.text).join(' ')).join('\n');
  return unique
    .map((name) => {
      const surname = name.split(' ').pop()!;
      const hits = text.split(name).length - 1;
      const surnameOnly = name.includes(' ') ? text.split(surname).length - 1 - hits : 0;
      return { name, type: entityType(name, new Set(names), undefined), mentions: Math.max(1, hits + surnameOnly), aliases: [] as string[] };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
