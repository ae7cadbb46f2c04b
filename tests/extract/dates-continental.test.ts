import { describe, expect, it } from 'vitest';
import { continentalLanguage, continentalWhat, findContinentalDates } from '../../src/extract/dates-continental.ts';

// Publication: Monday 4 May 2015.
const PUB = new Date('2015-05-04T00:00:00Z');
const dates = (s: string, lang: 'fr' | 'es' | 'pt' | 'it' | 'de', pub: Date | null = PUB) => findContinentalDates(s, pub, lang).map((d) => [d.text, 'date' in d ? d.date : null]);

describe('continental dates', () => {
  it('reads the page language only for the five continental languages', () => {
    expect(continentalLanguage('fr-FR')).toBe('fr');
    expect(continentalLanguage('pt-BR')).toBe('pt');
    expect(continentalLanguage('en')).toBeNull();
    expect(continentalLanguage(null)).toBeNull();
  });

  it('reads full dates in each order', () => {
    expect(dates('Le texte a été adopté le 30 avril 2015.', 'fr')).toEqual([['30 avril 2015', '2015-04-30']]);
    expect(dates('La manifestation aura lieu le 1er mai.', 'fr')).toEqual([['1er mai', '2015-05-01']]);
    expect(dates('El acuerdo se firmó el 15 de marzo de 2019.', 'es')).toEqual([['15 de marzo de 2019', '2019-03-15']]);
    expect(dates('Das Gesetz trat am 3. März 2020 in Kraft.', 'de')).toEqual([['3. März 2020', '2020-03-03']]);
    expect(dates('Il decreto è stato firmato il 22 aprile 2017.', 'it')).toEqual([['22 aprile 2017', '2017-04-22']]);
    expect(dates('Le projet a été adopté lors d’un vote solennel, mardi 5 mai.', 'fr')).toEqual([['mardi 5 mai', '2015-05-05']]);
  });

  it('reads months and years after a preposition, not counts', () => {
    expect(dates('O projeto foi aprovado em abril.', 'pt')).toEqual([['abril', '2015-04']]);
    expect(dates('Desembarcó en Italia en noviembre de 1998.', 'es')).toEqual([['noviembre de 1998', '1998-11']]);
    expect(dates('Die Firma wurde seit 2010 geführt.', 'de')).toEqual([['2010', '2010']]);
    expect(dates('La guerre a fait plus de 2000 morts depuis 2015.', 'fr')).toEqual([['2015', '2015']]);
  });

  it('resolves weekdays and yesterday against publication, not habits', () => {
    expect(dates('Les députés ont voté samedi.', 'fr')).toEqual([['samedi', '2015-05-02']]);
    expect(dates('El ministro habló el lunes.', 'es')).toEqual([['lunes', '2015-05-04']]);
    expect(dates('Die Polizei hat am Dienstag berichtet.', 'de')).toEqual([['Dienstag', '2015-04-28']]);
    expect(dates('O governo anunciou na segunda-feira.', 'pt')).toEqual([['segunda-feira', '2015-05-04']]);
    expect(dates('Le vote aura lieu mardi prochain.', 'fr')).toEqual([['mardi', '2015-05-05']]);
    expect(dates('Il ministro ha parlato ieri.', 'it')).toEqual([['ieri', '2015-05-03']]);
    expect(dates('Le marché se tient le samedi.', 'fr')).toEqual([]);
    expect(dates('Los lunes cierra el museo.', 'es')).toEqual([]);
    expect(dates('Les députés ont voté samedi.', 'fr', null)).toEqual([]);
  });

  it('reads a schedule line as days to come', () => {
    expect(dates('1a etapa: 10 de março – Interlagos 2a etapa: 8 de abril – Curitiba', 'pt', new Date('2018-01-22T00:00:00Z'))).toEqual([
      ['10 de março', '2018-03-10'],
      ['8 de abril', '2018-04-08'],
    ]);
  });
});

describe('continental dates in digits (session 17)', () => {
  it('reads a day first, with dots or slashes, and what its clause says in the language', () => {
    expect(dates('Bis zum 01.01.2019 können Versicherte wechseln.', 'de')).toEqual([['01.01.2019', '2019-01-01']]);
    expect(dates('Le contrat signé le 5/4/2018 prévoit une hausse.', 'fr')).toEqual([['5/4/2018', '2018-04-05']]);
    expect(continentalWhat('Bis zum 01.01.2019 können Versicherte wechseln.', '01.01.2019', 'de')).toBe('können Versicherte wechseln');
    // Counter-case: a version number.
    expect(dates('Version 1.2.2019 ist da.', 'de')).toEqual([]);
  });
});
