import { describe, expect, it } from 'vitest';
import { entityType } from '../../src/extract/entity-types.ts';

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
});
