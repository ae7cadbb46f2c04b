import { describe, expect, it } from 'vitest';
import { contextType, entityType } from '../../src/extract/entity-types.ts';
import { genderOfGivenName, isGivenName } from '../../src/extract/given-names.ts';

// Typing a name by its shape and by the lexicon of places and organisations (src/extract/gazetteer.ts).
describe('entityType', () => {
  const none = new Set<string>();

  it.each([
    ['Khartoum', 'place'],
    ['Punjab', 'place'],
    ['Czech Republic', 'place'],
    ['El Paso', 'place'],
    ['Wells Fargo', 'organization'],
    ['Home Depot', 'organization'],
    ['Los Angeles Lakers', 'organization'],
    ['Pittsburgh Steelers', 'organization'],
    ['Islamic State', 'organization'],
    ['Osun State', 'place'],
  ] as const)('knows %s is a %s', (name, type) => {
    expect(entityType(name, none, undefined)).toBe(type);
  });

  it.each([
    'Mitch McConnell',
    'Kathleen DelGiorno',
    'Sarah Shirazi-Beechey',
    'Patrick Liu-Shiu-Cheong',
    "Kathleen O'Hara",
    'Chris RuiWen Kuo',
    'George R.R. Martin',
  ])('types %s as a person: a known given name before surname shapes', (name) => {
    expect(entityType(name, none, undefined)).toBe('person');
  });

  it.each(['MacBook Air', 'KeyBank', 'PlutoPete', 'Agence France-Presse', 'Take-Two Interactive'])('keeps %s, a brand shape, out of people', (name) => {
    expect(entityType(name, none, undefined)).not.toBe('person');
  });

  it('lets a person hint keep a city-named person a person', () => {
    expect(entityType('Florence', none, 'person')).toBe('person');
  });

  it.each(['Jamie McMurray', 'Aden O\'Hara', 'Kairi Thomas-Brooks', 'T.J. Carrie', 'Massimo D\'Alema'])('reads %s as a person by its surname or initials', (name) => {
    expect(entityType(name, none, undefined)).toBe('person');
  });

  it('reads a name of words the page also writes in lower case as a title or a brand, not a person', () => {
    const lower = new Set(['simple', 'dollar', 'space', 'pirate', 'empire', 'will']);
    expect(entityType('Simple Dollar', none, undefined, lower)).toBe('organization');
    expect(entityType('Space Pirate Empire', none, undefined, lower)).toBe('organization');
    // A surname the page never writes in lower case keeps a person.
    expect(entityType('Will Smith', none, undefined, lower)).toBe('person');
  });

  it('types a company by a legal form in mixed case, its trade, its partners or a paper’s word for daily', () => {
    for (const n of ['Harwick Plc', 'Dongmun Electronics', 'Marlow Associates', 'Hanbit Ilbo', 'Kita Shimbun']) expect(entityType(n, none, undefined)).toBe('organization');
  });

  it('types a maker, a body, a club or an institution by its word, and a given name with a prefix’s capital as a person', () => {
    for (const n of ['Sikorsky Aircraft', 'National Guard', 'Bletchley Park Trust', 'Dick Clark Productions', 'Sky Sports', 'Doobie Brothers', 'Amnesty International', 'Virginia Tech', 'Dundee United', 'Bristol Rovers', 'University College Cork', 'University of New Haven', 'Athletic Bilbao', 'Inter Milan']) expect(entityType(n, none, undefined)).toBe('organization');
    for (const n of ['LeBron James', 'DeMar DeRozan', 'DeAndre Jordan']) expect(entityType(n, none, undefined)).toBe('person');
  });

  it('keeps a speaker’s name joining two with "and" an organisation', () => {
    expect(entityType('Customs and Border Protection', new Set(['Customs and Border Protection']), undefined)).toBe('organization');
  });

  it('lets the kind the text gives a name decide a name of no given name, not one of a known given name', () => {
    expect(entityType('Verdens Gang', none, 'organization')).toBe('organization');
    expect(entityType('Blue Origin', none, 'organization')).toBe('organization');
    expect(entityType('Maria Lopez', none, 'organization')).toBe('person');
  });

  // Session 16 (review rev2 E3): particles, joined or hyphened, inside people's names.
  it.each(['Bashar al-Assad', 'Ayman al-Zawahiri', 'Abdel Fattah al-Sisi', 'Neil deGrasse Tyson', 'Kevin deGroot', 'Tim duPont', 'Ben du Toit',
    'Peter ter Horst', 'Jean MacDonald', 'Ronald MacLeod', 'Ursula von der Leyen', 'Robert De Niro', 'Mohammed bin Salman'])('types %s, a name with a particle, as a person', (name) => {
    expect(entityType(name, none, undefined)).toBe('person');
  });

  it.each(['Ansar al-Sharia', 'Jabhat al-Nusra', 'MacBook Air', 'Apple MacBook', 'iPhone Pro'])('keeps %s, a group or a brand, out of people', (name) => {
    expect(entityType(name, none, undefined)).not.toBe('person');
  });

  // Review rev1 kind 5, rev2 E3/E4: firms, groups and places shaped as people's names.
  it.each([
    ['General Mills', 'organization'], ['General Dynamics', 'organization'], ['Electronic Arts', 'organization'], ['Morgan Stanley', 'organization'],
    ['Ferrari', 'organization'], ['Doctors Without Borders', 'organization'], ['New Order', 'organization'], ['Monte Carlo', 'place'],
    ['Port Madison Indian Reservation', 'place'], ['Trump', 'person'], ['Merkel', 'person'], ['Biden', 'person'],
    ['Blue Origin', 'organization'], ['Air Astana', 'organization'], ['Live Nation', 'organization'], ['Balmond Studio', 'organization'],
    ['Michael Bloomberg', 'person'],
  ] as const)('types %s as a %s', (name, type) => {
    expect(entityType(name, none, undefined)).toBe(type);
  });

  it.each(['Tiger Woods', 'Magic Johnson', 'Damarious Randall', 'Kentavious Caldwell-Pope', 'Crystal Palmer', 'Dominic Raab', 'Will Smith', 'Newton Minow'])('keeps %s a person', (name) => {
    expect(entityType(name, none, undefined)).toBe('person');
  });
});

// The words around a name's mentions (lead: up to 24 characters before, after: up to 40 after).
describe('contextType', () => {
  const m = (lead: string, after: string) => ({ lead, after });

  it('reads a relative named in an apposition as a person', () => {
    expect(contextType('Schweabe', [m("Chief Seattle's father, ", ', was Suquamish.')])).toBe('person');
  });

  it('reads a count before a name written once and things after it as a brand’s, not people who follow a person', () => {
    expect(contextType('Trump', [m('plus 21 ', ' cards known as the Major')])).toBe('organization');
    expect(contextType('Trump', [m('as 500 ', ' supporters gathered')])).toBeUndefined();
    expect(contextType('Trump', [m('plus 21 ', ' cards known'), m('', ' said on Monday')])).toBeUndefined();
  });

  it('reads a place from its preposition or a settlement’s noun', () => {
    expect(contextType('Rochdale', [m('released from prison in ', ' last week.')])).toBe('place');
    expect(contextType('Omaha', [m('was arrested near ', '.')])).toBe('place');
    expect(contextType('New Lanark', [m('conservation village of ', ' is a World Heritage')])).toBe('place');
    expect(contextType('Sirte', [m('the Libyan city of ', '.')])).toBe('place');
  });

  it('does not read a place from a stake, a bug or a noun after the name', () => {
    expect(contextType('Uber', [m('Google invested in ', ' last year.')])).toBeUndefined();
    expect(contextType('Chrome', [m('A bug in ', ' let attackers in.')])).toBeUndefined();
    expect(contextType('Instagram', [m('at least in ', ' and the WhatsApp cases')])).toBeUndefined();
    expect(contextType('Overcast', [m('functionality in ', ' 1.0 and you chose')])).toBeUndefined();
  });

  it('reads a person from a calling, a possessive of kin or body, a relative clause or a human act', () => {
    expect(contextType('Lingard', [m('', ' bursts down the left before')])).toBe('person');
    expect(contextType('Lorde', [m('the singer ', ' played two sets')])).toBe('person');
    expect(contextType('Trump', [m('', '’s speech drew boos.')])).toBe('person');
    expect(contextType('Katz', [m('', ', a former company director, was charged.')])).toBe('person');
    expect(contextType('Hardman', [m('Sam ', ', 32, of Fairfax was arrested')])).toBe('person');
  });

  it('reads an organisation from a kind noun before it or in an apposition, and says nothing when cues disagree', () => {
    expect(contextType('Verdens Gang', [m('the Norwegian newspaper ', ' reported')])).toBe('organization');
    expect(contextType('Blue Origin', [m('', ', a rocket company owned by Jeff Bezos')])).toBe('organization');
    expect(contextType('Netscape', [m('for companies, such as ', ', who would commercialize'), m('When AOL (', '’s parent company) greatly')])).toBeUndefined();
    expect(contextType('Taliban', [m('his government and the ', ', who have long refused'), m('', ' members were released in Doha')])).toBe('organization');
    // A company's goal is no footballer's.
    expect(contextType('Apple', [m('', '’s goal for the Vision Pro is clearly')])).toBeUndefined();
  });

  it('reads a publication from whom a writer writes for, a company from a giant of a trade, a place from a journey\'s end', () => {
    expect(contextType('Ars Technica', [m('Kyle Orland, reporting for ', ':')])).toBe('organization');
    expect(contextType('Atlas Obscura', [m('Jane Roe, writing for ', ', visited')])).toBe('organization');
    expect(contextType('Fidelity', [m('the mutual fund giant ', ' sold')])).toBe('organization');
    // A giant tree is no company.
    expect(contextType('Tāne Mahuta', [m('to see the giant ', ' in the forest')])).toBeUndefined();
    expect(contextType('Cornwall', [m('She moved to ', ' last year.')])).toBe('place');
    expect(contextType('Rochdale', [m('later relocated to ', '.')])).toBe('place');
    // Selling or writing to a name makes no place of it.
    expect(contextType('Oracle', [m('sold its unit to ', '.')])).toBeUndefined();
    expect(contextType('Barrow', [m('sent the letter to ', ' on Friday.')])).toBeUndefined();
  });
});

describe('entityType: places of a head word, trades, initials', () => {
  const none = new Set<string>();
  it('types a head word of a known place as a place, not an institution of it', () => {
    expect(entityType('Old City of Mosul', none, undefined)).toBe('place');
    expect(entityType('Gulf of Mexico', none, undefined)).toBe('place');
    expect(entityType('State of Israel', none, undefined)).toBe('place');
    expect(entityType('Bank of England', none, undefined)).toBe('organization');
  });
  it('types a carrier, a lender or a publisher by its word, and a given name of two initials as a person', () => {
    expect(entityType('Virgin Mobile', none, undefined)).toBe('organization');
    expect(entityType('Quicken Loans', none, undefined)).toBe('organization');
    expect(entityType('Strange Animal Publications', none, undefined)).toBe('organization');
    expect(entityType('CJ DeBose', none, undefined)).toBe('person');
    expect(entityType('TJ Holmes', none, undefined)).toBe('person');
    expect(entityType('GE Vernova', none, undefined)).toBe('organization');
  });
});

describe('entityType: groups, counted names, products and firms (session 15)', () => {
  const none = new Set<string>();
  it('types a plural noun "of" a cause as a group, even when it speaks', () => {
    expect(entityType('Guardians of Peace', new Set(['Guardians of Peace']), 'organization')).toBe('organization');
    expect(entityType('Friends of the Earth', none, undefined)).toBe('organization');
    expect(entityType('Francis of Assisi', new Set(['Francis of Assisi']), undefined)).toBe('person');
    expect(entityType('Isles of Scilly', none, 'place')).toBe('place');
  });
  it('types a name ending in a number word as a group, a product word after a maker as no person', () => {
    expect(entityType('Big Four', none, undefined)).toBe('organization');
    expect(entityType('Big Ten', none, undefined)).toBe('organization');
    expect(entityType('Tacx Flux Smart', none, undefined)).toBe('organization');
    expect(entityType('Coros Linx Smart Helmet', none, undefined)).toBe('organization');
    expect(entityType('Elizabeth Smart', none, undefined)).toBe('person');
    expect(entityType('Max Verstappen', none, undefined)).toBe('person');
  });
  it('lets a speaker of no given name that the text calls a firm be one', () => {
    expect(entityType('Big Machine', new Set(['Big Machine']), 'organization')).toBe('organization');
    expect(entityType('Bukola Saraki', new Set(['Bukola Saraki']), undefined)).toBe('person');
    expect(entityType('Mark Cuban', new Set(['Mark Cuban']), 'organization')).toBe('person');
  });
});

describe('contextType: firms (session 15)', () => {
  const m = (lead: string, after: string) => ({ lead, after });
  it('reads a firm from money, a survey or a post it is the source of', () => {
    expect(contextType('Andreessen Horowitz', [m('grabbed $50 million from ', '. Bankoff has')])).toBe('organization');
    expect(contextType('Piper Jaffray', [m('a new survey from ', '. Apple is')])).toBe('organization');
    expect(contextType('Miller Tabak', [m('equity strategist at ', ', says the')])).toBe('organization');
    expect(contextType('D.A. Davidson', [m('managing director at the ', ' brokerage.')])).toBe('organization');
    expect(contextType('T. Rowe Price', [m('from Battery Ventures, ', ', City Investment')])).toBe('organization');
    expect(contextType('Big Machine', [m('her former record label, ', ', which owns')])).toBe('organization');
  });
  it('not a person by a given name, a single word, an apposition or a phrase before the subject', () => {
    expect(contextType('Mark Cuban', [m('got $5 million from ', '.')])).toBeUndefined();
    expect(contextType('Peter Thiel', [m('$2 million from ', ' last year')])).toBeUndefined();
    expect(contextType('Bezos', [m('$1 billion from ', '.')])).toBeUndefined();
    expect(contextType('Han Dong-hoon', [m('People Power Party, ', ', the leader')])).toBeUndefined();
    expect(contextType('Tāne Mahuta', [m('In the band, ', ' played the drums')])).toBeUndefined();
  });
});

describe('isGivenName', () => {
  it('knows given names of no gender the lexicon tags otherwise, without giving them one', () => {
    expect(isGivenName('Mark')).toBe(true);
    expect(genderOfGivenName('Mark')).toBeNull();
    expect(isGivenName('Matt')).toBe(true);
    expect(isGivenName('Andreessen')).toBe(false);
    expect(isGivenName('Piper')).toBe(false);
  });
});

describe('entityType: a trade\'s word (session 15)', () => {
  it('types a name ending in a trade as an organisation', () => {
    const none = new Set<string>();
    expect(entityType('Clever Training', none, undefined)).toBe('organization');
    expect(entityType('Pixar Animation', none, undefined)).toBe('organization');
    expect(entityType('Intuitive Machines', none, undefined)).toBe('organization');
    expect(entityType('Ulta Beauty', none, undefined)).toBe('organization');
    expect(entityType('Ryan Browning', none, undefined)).toBe('person');
  });
});

describe('entityType: places, landmarks, brands and surnames (session 15, types2)', () => {
  const none = new Set<string>();
  const m = (lead: string, after: string) => ({ lead, after });
  it('reads "Mt."/"St." as no honorific: a saint\'s or a fort\'s place, a firm after "Mt."', () => {
    expect(entityType('St. Louis', none, undefined)).toBe('place');
    expect(entityType('Fort Worth', none, undefined)).toBe('place');
    expect(entityType('Mt. Gox', none, undefined)).toBe('organization');
    expect(entityType('Mt. Everest', none, 'place')).toBe('place');
    expect(entityType('Fort Worth Police Department', none, undefined)).toBe('organization');
    expect(entityType('Kevin St. John', none, undefined)).toBe('person');
  });
  it('types a landmark\'s head word as a place, unless a given name opens two words', () => {
    expect(entityType('Eiffel Tower', none, undefined)).toBe('place');
    expect(entityType('Oak Court Mall', none, undefined)).toBe('place');
    expect(entityType('Stamford Bridge', none, undefined)).toBe('place');
    expect(entityType('John Tower', none, undefined)).toBe('person');
  });
  it('types a shop\'s trade word and a known brand inside a name as an organisation', () => {
    expect(entityType('Sbarro Pizza', none, undefined)).toBe('organization');
    expect(entityType('Google Testing', none, undefined)).toBe('organization');
    expect(entityType('Amazon Alexa', none, undefined)).toBe('organization');
    expect(entityType('Hasbro Gaming', none, undefined)).toBe('organization');
    expect(entityType('Apple Martin', none, 'person')).toBe('person');
    expect(entityType('Michael Dell', none, undefined)).toBe('person');
  });
  it('types one word the lexicon knows as a surname a person, unless the text says otherwise', () => {
    expect(entityType('Putin', none, undefined)).toBe('person');
    expect(entityType('Obama', none, undefined)).toBe('person');
    expect(entityType('Smith', none, 'organization')).toBe('organization');
    expect(entityType('Boeing', none, undefined)).toBe('organization');
  });
  it('reads a firm from a failure, a kind noun\'s last part, a bankruptcy filing; a place from "-based"', () => {
    expect(contextType('Mt. Gox', [m('bankrupt ', ' still has')])).toBe('organization');
    expect(contextType('Sbarro', [m('Pizza-maker ', ' filing')])).toBe('organization');
    expect(contextType('Gox', [m('the bitcoin exchange ', ' halted')])).toBe('organization');
    expect(contextType('Sbarro', [m('', ' files for bankruptcy again')])).toBe('organization');
    expect(contextType('Lowe', [m('Rival ', '\'s was also lower')])).toBe('organization');
    expect(contextType('Charlotte', [m('', '-based Chiquita')])).toBe('place');
    expect(contextType('Detroit', [m('bankrupt ', ' said')])).toBeUndefined();
    expect(contextType('Mt. Everest', [m('the first to climb ', ' without oxygen')])).toBe('place');
    expect(contextType('Mt. Rainier', [m('on the slopes of ', '.')])).toBe('place');
    expect(contextType('Mt. Gox', [m('trading on ', '.')])).toBeUndefined();
    expect(contextType('Sacramento Bee', [m('', '-based McClatchy')])).toBeUndefined();
  });
});

describe('session 16: possessive names', () => {
  it('types a name with a possessive inside an organisation, or a place by its head', () => {
    expect(entityType('Angie’s List', new Set(), undefined)).toBe('organization');
    expect(entityType('Martha’s Vineyard', new Set(), undefined)).toBe('place');
    expect(entityType('Fisherman’s Terminal', new Set(), undefined)).toBe('place');
  });
});
