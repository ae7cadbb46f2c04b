import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { bylineNames, looksLikeHandle, visibleByline } from '../../src/extract/bylines.ts';
import { extractMetadata } from '../../src/extract/metadata.ts';

const PAGE = 'https://news.example/a/story';
const meta = (head: string, body = '') => extractMetadata(load(`<html><head>${head}</head><body>${body}</body></html>`), PAGE);
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('bylineNames', () => {
  it.each([
    ['a plain name', 'Ann Lee', ['Ann Lee']],
    ['a "By" prefix', 'By Ann Lee', ['Ann Lee']],
    ['"Posted by" and "Written by"', 'Written by Ann Lee', ['Ann Lee']],
    ['a French "Par"', 'Par Sébastien Farcis', ['Sébastien Farcis']],
    ['a German "Von" before a full name', 'Von Anna Schmidt', ['Anna Schmidt']],
    ['a "Text:" label in Russian', 'Текст: Лида Буслаева', ['Лида Буслаева']],
    ['"A and B"', 'By Eleanor Voss and Martin Kerr', ['Eleanor Voss', 'Martin Kerr']],
    ['"A, B"', 'Stella Kim, Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['a CJK list comma', '山田太郎、鈴木花子', ['山田太郎', '鈴木花子']],
    ['"A, B and C"', 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', ['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER']],
    ['"A y B" between full names', 'Ana García y Pedro López', ['Ana García', 'Pedro López']],
    ['co-authors in parentheses, in French', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['a date glued to the name', 'by Lucas Nolan22 Dec 2016', ['Lucas Nolan']],
    ['a weekday and date after the name', 'Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', ['Joe Wee']],
    ['an ISO date after a dash', 'FEDERICA LUSIARDI - 2019-04-10', ['FEDERICA LUSIARDI']],
    ['a role after a comma', 'By STEVE PEOPLES, AP National Political Writer', ['STEVE PEOPLES']],
    ['a role glued to the name', 'Ben Silverman Games Editor', ['Ben Silverman']],
    ['an affiliation after an "and" list', 'By MEG KINNARD and ERRIN HAINES, Associated Press', ['MEG KINNARD', 'ERRIN HAINES']],
    ['one word of affiliation after a full name', 'Sandee LaMotte, CNN', ['Sandee LaMotte']],
    ['a publication after a comma', 'By Jane Doe, The Washington Post', ['Jane Doe']],
    ['a news desk after a comma', 'Jane Doe, Bloomberg News', ['Jane Doe']],
    ['"for" and the publication', 'Jane Doe for The Guardian', ['Jane Doe']],
    ['a bio sentence after the name', 'Jane Doe is a staff writer at Wired', ['Jane Doe']],
    ['a role between two authors', 'By Jane Doe, Senior Reporter, and John Roe', ['Jane Doe', 'John Roe']],
    ['name particles', 'Mary de la Cruz and Ludwig van Beethoven', ['Mary de la Cruz', 'Ludwig van Beethoven']],
    ['an affiliation after a full stop', 'Finian Cunningham. Sputnik International', ['Finian Cunningham']],
    ['a site after a bar', 'Amy Kuperinsky | NJ Advance Media for NJ.com', ['Amy Kuperinsky']],
    ['a domain after a comma', 'Troy L. Smith, Cleveland.com', ['Troy L. Smith']],
    ['degrees', 'Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein']],
    ['a URL in parentheses', 'Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['an e-mail and a handle', 'Jane Doe jdoe@news.example @janedoe', ['Jane Doe']],
    ['a "Follow" button', 'Jane Doe Follow', ['Jane Doe']],
    ['"Analysis by" and a hyphenated role', 'Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['a later line that is not a name', 'By Kelli Miller\nWebMD Health News', ['Kelli Miller']],
    ['an editor credited on the next line', 'Written by Rob Ewaschuk\nEdited by Betsy Beyer', ['Rob Ewaschuk']],
    ['a "By" alone on its line', 'By\n\t\tScott Cunningham', ['Scott Cunningham']],
    ['a date line before the name line', 'March 25, 2015\nBy Nathan Willis', ['Nathan Willis']],
  ])('reads %s', (_name, raw, expected) => {
    expect(bylineNames(raw)).toEqual(expected);
  });

  it.each([
    ['"Mac & i" (a magazine, not two people)', 'Mac & i', ['Mac & i']],
    ['"Theresa May" (a month word ending a two-word name)', 'Theresa May 12 July 2019', ['Theresa May']],
    ['a name with an initial', 'Nelson D. Schwartz', ['Nelson D. Schwartz']],
    ['a generational suffix after a comma', 'By Harry Connick, Jr. and Ann Lee', ['Harry Connick Jr.', 'Ann Lee']],
    ['a parenthesised middle name', 'Bruno (Henrique Zecchin) Rodrigues', ['Bruno (Henrique Zecchin) Rodrigues']],
    ['a name in a script without case', '肖春芳', ['肖春芳']],
    ['a Spanish name joined by "y"', 'José Ortega y Gasset', ['José Ortega y Gasset']],
    ['an institution with "for"', 'Organization for Transformative Works', ['Organization for Transformative Works']],
  ])('keeps %s whole', (_name, raw, expected) => {
    expect(bylineNames(raw)).toEqual(expected);
  });

  it.each([
    ['an update note', 'Last Updated: January 7, 2025'],
    ['a date line', 'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm'],
    ['a follow button', 'Follow Author'],
    ['a sign-in box', 'Sign In| Sign Up| Subscribe\nMy WebMD'],
    ['a URL', 'http://www.liberation.fr/auteur/2005-afp'],
    ['a default CMS account', 'admin'],
    ['a lowercase sentence', 'view my complete profile'],
    ['a desk credit', 'Our Foreign Staff'],
    ['a staff credit', 'Staff Reports'],
    ['an editorial credit', 'The Editorial Board'],
    ['a lower-case credit', 'From staff reports'],
  ])('names nobody in %s', (_name, raw) => {
    expect(bylineNames(raw)).toEqual([]);
  });

  it('inverts Dublin Core "Surname, Given" when asked', () => {
    expect(bylineNames('Jong, Michiel de', { lastFirst: true })).toEqual(['Michiel de Jong']);
    expect(bylineNames('Kooman, F.', { lastFirst: true })).toEqual(['F. Kooman']);
  });

  it('drops the site name given as an affiliation', () => {
    expect(bylineNames('Jill Disis, CNN Business', { siteName: 'CNN' })).toEqual(['Jill Disis']);
    expect(bylineNames('Kevin Johnson and Kevin McCoy USA TODAY', { siteName: 'USA TODAY' })).toEqual(['Kevin Johnson', 'Kevin McCoy']);
  });

  it.each([
    ['@jdoe', true],
    ['CC7567', true],
    ['mcupdate', true],
    ['Ann Lee', false],
    ['肖春芳', false],
    ['AFP', false],
  ])('looksLikeHandle(%j) is %s', (name, expected) => {
    expect(looksLikeHandle(name)).toBe(expected);
  });
});

describe('visibleByline', () => {
  const visible = (body: string) => visibleByline(load(`<html><body>${body}</body></html>`));

  it.each([
    ['a name and a role in separate blocks', '<div class="author"><a>Ben Silverman</a><div class="author-title">Games Editor</div></div>', ['Ben Silverman']],
    ['a name and a desk after <br>', '<div class="author_fmt">By <a rel="author">Brenda Goodman, MA</a><br>WebMD Health News</div>', ['Brenda Goodman']],
    ['an [itemprop=name] inside the byline', '<li class="byline" itemprop="author"><span itemprop="name">Ann Lee</span><span>Updated 3pm</span></li>', ['Ann Lee']],
    ['the author-marked name inside a byline, not the publication beside it', '<div class="byline"><span class="author">Tom Davies</span> <span class="publication">Associated Press</span></div>', ['Tom Davies']],
    ['the next candidate when the first names nobody', '<div class="author-details">Last Updated: January 7, 2025</div><p class="byline">By Ann Lee</p>', ['Ann Lee']],
  ])('reads %s', (_name, body, expected) => {
    expect(visible(body)).toEqual(expected);
  });

  it.each([
    ['a login box whose id says "authorization"', '<div id="authorization"><a>Sign In</a>| <a>Sign Up</a><div>My WebMD</div></div>'],
    ['an author box in the comments', '<div class="comments"><span class="comment-author">Sallie Goetsch</span></div>'],
    ['a "Follow Author" button', '<form class="follow-author-form"><button>Follow Author</button></form><div class="follow-author">Follow Author</div>'],
  ])('ignores %s', (_name, body) => {
    expect(visible(body)).toEqual([]);
  });
});

describe('extractMetadata: authors, by order of trust', () => {
  it('prefers JSON-LD to <meta> and <meta> to the visible byline', () => {
    const body = '<p class="byline">By Visible Person</p>';
    expect(meta(ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ld Person' } }) + '<meta name="author" content="Meta Person">', body).authors).toEqual(['Ld Person']);
    expect(meta('<meta name="author" content="Meta Person">', body).authors).toEqual(['Meta Person']);
    expect(meta('', body).authors).toEqual(['Visible Person']);
  });

  it('reads article:author before <meta name=author>, and skips a profile URL there', () => {
    expect(meta('<meta name="author" content="Meta Person"><meta property="article:author" content="Og Person">').authors).toEqual(['Og Person']);
    expect(meta('<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Meta Person">').authors).toEqual(['Meta Person']);
  });

  it('reads a property= tag before a name= tag of the same key', () => {
    expect(meta('<meta name="DC.creator" content="Name Author"><meta property="dc:creator" content="Property Author">').authors).toEqual(['Property Author']);
  });

  it('reads several Dublin Core creators written "Surname, Given"', () => {
    expect(meta('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">').authors).toEqual(['F. Kooman', 'Michiel de Jong']);
  });

  it('lets an account name yield to a person named later, and keeps it when nobody is', () => {
    expect(meta(ld({ '@type': 'NewsArticle', creator: 'CC7567' }), '<span class="author-name">James Akinaka</span>').authors).toEqual(['James Akinaka']);
    expect(meta(ld({ '@type': 'NewsArticle', author: 'mcupdate' })).authors).toEqual(['mcupdate']);
  });

  it('drops an Organization listed beside a Person in JSON-LD author', () => {
    const m = meta(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Organization', name: 'Daily Example' }] }));
    expect(m.authors).toEqual(['Ann Lee']);
  });

  it('drops the site name after a comma in <meta name=author>', () => {
    expect(meta('<meta property="og:site_name" content="Business Insider"><meta name="author" content="Tanza Loudenback, Business Insider">').authors).toEqual(['Tanza Loudenback']);
  });
});
