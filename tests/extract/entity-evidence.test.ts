import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/extract/entities.ts';
import { namesNoActor } from '../../src/extract/entity-evidence.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const names = (paragraphs: string[], speakers: string[] = []) => findEntities(paragraphs.map(splitSentences), [], null, speakers).map((e) => e.name);
const mention = (lead: string, after: string) => ({ lead, after });
const person = { type: 'person' as const, speaker: false, trusted: false, titled: false, anchored: false };

describe('names of things that no mention shows acting (entity-evidence.ts)', () => {
  it('leaves out a product, a feature or a standard with its cue word last, unless it acts', () => {
    const out = names(['Zorvex unveiled a laptop with Face ID, Apple Pay support and a Smart Keyboard Folio for $179.', 'Orla Quint, head of Vexa Games, said the Neural Engine was fast.']);
    for (const thing of ['Face ID', 'Apple Pay', 'Smart Keyboard Folio', 'Neural Engine']) expect(out).not.toContain(thing);
    expect(out).toEqual(expect.arrayContaining(['Orla Quint', 'Vexa Games']));
    // Counter-cases: a shop that speaks, an institution's word inside the name.
    expect(names(['The Apple Store said on Monday it would close early.'])).toContain('Apple Store');
    expect(names(['Fans bought it on the Epic Games Store, Orla Quint said.'])).toContain('Epic Games Store');
  });

  it('leaves out a person-shaped name written after an article that acts nowhere, not a person that speaks or is titled', () => {
    const out = names(['The new laptop keeps the Touch Bar, and the Touch Bar replaces the function keys.', 'Voss Lindqvist, chief executive of Orvane, said sales rose.']);
    expect(out).not.toContain('Touch Bar');
    expect(out).toContain('Voss Lindqvist');
    expect(namesNoActor('Touch Bar', [mention('keeps the ', ', and'), mention('and the ', ' replaces the function keys.')], person)).toBe(true);
    // Counter-cases: a source cited, a team in the plural, a place's name inside, a noun the name modifies.
    expect(namesNoActor('Argus Leader', [mention('according to the ', '.')], person)).toBe(false);
    expect(namesNoActor('Nittany Lions', [mention('beat the ', ' on Saturday')], person)).toBe(false);
    expect(namesNoActor('Gallup Korea', [mention('the ', ' poll showed')], person)).toBe(false);
    expect(namesNoActor('Gush Etzion', [mention('visited the ', ' settlement bloc')], person)).toBe(false);
    expect(namesNoActor('Sundar Pichai', [mention('the ', ' said')], person)).toBe(false);
    // (A movement's, a campaign's or a paper's head; a known place inside: organisations written after "the".)
    for (const org of ['Sunrise Movement', 'Lincoln Project', 'Mac Observer', 'Christian Science Monitor', 'Sacramento Bee', 'Human Rights Watch']) {
      expect(namesNoActor(org, [mention('outside the ', ' on Monday')], person)).toBe(false);
    }
    expect(namesNoActor('Magic Leap', [mention('', ' raised $500 million')], { ...person, type: 'organization' })).toBe(false);
  });

  it('leaves out a name the text calls a kind of thing, or that one plays or installs, not a person who was something', () => {
    expect(namesNoActor('Fallen Order', [mention('', ' finds a reason'), mention('', ' is a confident, focused game whose')], person)).toBe(true);
    expect(namesNoActor('Dolby Atmos', [mention('adds support for ', ' and')], person)).toBe(true);
    expect(namesNoActor('Damarious Randall', [mention('as ', ' was ejected mid-way through the game')], person)).toBe(false);
    expect(namesNoActor('Vexa Quint', [mention('', ' is a game developer who')], person)).toBe(false);
    expect(namesNoActor('Orla Quint', [mention('', ' played the lead'), mention('', ' said')], person)).toBe(false);
  });

  it('leaves out the tail of a name holding a model number, not a score\'s team', () => {
    const out = names(['The iPhone 11 Pro Max costs $1,099, and Resident Evil 2 Remake is out.', 'The GTX 1660 Ti Laptop is fast.']);
    for (const piece of ['Pro Max', 'Remake', 'Ti Laptop']) expect(out).not.toContain(piece);
  });

  it('leaves out a colour named alone, not a surname folded into a person\'s name', () => {
    expect(names(['Apple iPhone 7, GSM Unlocked, 32GB – Black (Renewed) costs $200 at Zorvex Labs.'])).not.toContain('Black');
    expect(names(['Jack Black starred in the film.', 'Black said he loved it.'], ['Jack Black'])).toContain('Jack Black');
  });
});

describe('standards and matches', () => {
  it('leaves out connectors and display standards, not the companies behind them', () => {
    const out = names(['The Zorvex laptop has two USB-C ports, one USB-A port and MagSafe charging, Zorvex Labs said.']);
    for (const thing of ['USB-C', 'USB-A', 'MagSafe']) expect(out).not.toContain(thing);
    expect(out).toContain('Zorvex Labs');
  });

  it('leaves out two names joined by a hyphen when each is a name on its own, not a compound name', () => {
    expect(names(['The Browns-Steelers game ended in a brawl. The Browns won, and the Steelers lost.'])).not.toContain('Browns-Steelers');
    expect(names(['Hewlett-Packard said on Monday that Coca-Cola would buy its servers.']).sort()).toEqual(['Coca-Cola', 'Hewlett-Packard']);
  });
});

describe('a known maker\'s model', () => {
  it('leaves out a model after a maker the lexicons know though the page never names the maker alone', () => {
    const out = names(['The car supports Apple Music, and the Ford Focus costs less, Orla Quint said.']);
    expect(out).not.toContain('Apple Music');
    expect(out).not.toContain('Ford Focus');
    // (A brand of its own in camel case after the maker's name is a company the maker owns.)
    expect(names(['The model was tested by OpenAI and Google DeepMind on shared indicators.'])).toContain('Google DeepMind');
    // Counter-cases: an institution's word after the maker, a person named after it.
    expect(names(['Amazon Web Services said on Monday it would cut prices.'])).toContain('Amazon Web Services');
  });
});

describe('modifiers glued to a name', () => {
  it('strips a sentence-opening modifier, a past title and a day\'s name from the name after it', () => {
    expect(names(['Several Microsoft executives left, and Microsoft said so.'])).toEqual(['Microsoft']);
    expect(names(['Recent Samsung phones sold well.'])).toEqual(['Samsung']);
    expect(names(['Then-President Barack Obama signed the bill.'])).toEqual(['Barack Obama']);
    expect(names(['Former Google CEO Eric Schmidt said the deal was good.']).sort()).toEqual(['Eric Schmidt', 'Google']);
    expect(names(['Black Friday Apple deals are here.'])).toEqual(['Apple']);
    expect(names(['Top Pentagon officials met on Monday, the Pentagon said.'])).toEqual(['Pentagon']);
    expect(names(['Everyone\'s list starts with Zorvex Labs.'])).toEqual(['Zorvex Labs']);
    expect(names(['Tags: Orvane Systems'])).not.toContain('Tags');
  });

  it('keeps a name that opens with such a word', () => {
    expect(names(['Top Gear returned to the BBC on Sunday.'])).toContain('Top Gear');
    expect(names(['Top Gear presenters said the BBC was wrong.'])).toContain('Top Gear');
  });
});
